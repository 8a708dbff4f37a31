package dk.samtalenotat.transcript.whisper;

import dk.samtalenotat.transcript.AudioSource;
import dk.samtalenotat.transcript.SegmentData;
import dk.samtalenotat.transcript.SpeechToText;
import dk.samtalenotat.transcript.SpeechToTextException;
import dk.samtalenotat.transcript.decoding.FfmpegDecoder;
import io.github.givimad.whisperjni.WhisperContext;
import io.github.givimad.whisperjni.WhisperFullParams;
import io.github.givimad.whisperjni.WhisperJNI;
import io.github.givimad.whisperjni.WhisperSamplingStrategy;
import io.github.givimad.whisperjni.WhisperState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Adapter for whisper.cpp inside the JVM (whisper-jni), with a ggml model file the administrator
 * puts on disk, for example a Danish fine-tuned Whisper converted to ggml. Nothing is ever
 * downloaded. The native library and the model are loaded at the first transcription, not before,
 * so a server without the engine configured never touches native code.
 *
 * <p>The model is loaded once and shared; each transcription gets its own whisper state, so several
 * can run at once. Not a CDI bean: {@code ConfiguredSpeechToText} creates it.
 */
public class WhisperJniTranscriptionAdapter implements SpeechToText, AutoCloseable {

  private static final Logger LOG =
      Logger.getLogger(WhisperJniTranscriptionAdapter.class.getName());

  private static boolean libraryLoaded;

  private final Path modelPath;
  private final int threads;
  private final FfmpegDecoder ffmpeg;
  private WhisperJNI whisper;
  private WhisperContext context;

  /**
   * @param modelPath the ggml model file, or null when none is configured
   * @param threads CPU threads per transcription; 0 or less picks one per core, at most 4
   */
  public WhisperJniTranscriptionAdapter(Path modelPath, int threads) {
    this(modelPath, threads, FfmpegDecoder.fromEnvironment());
  }

  /**
   * @param ffmpeg decodes what is not WAV PCM
   */
  public WhisperJniTranscriptionAdapter(Path modelPath, int threads, FfmpegDecoder ffmpeg) {
    this.modelPath = modelPath;
    this.threads = threads > 0 ? threads : Math.min(4, Runtime.getRuntime().availableProcessors());
    this.ffmpeg = ffmpeg;
  }

  @Override
  public String engineName() {
    return "whisper-jni";
  }

  @Override
  public boolean available() {
    return modelPath != null && Files.isRegularFile(modelPath) && Files.isReadable(modelPath);
  }

  @Override
  public List<SegmentData> transcribe(AudioSource audio, String language)
      throws SpeechToTextException {
    if (modelPath == null) {
      throw new SpeechToTextException("no whisper model file is configured", false);
    }
    if (!available()) {
      throw new SpeechToTextException(
          "the whisper model file " + modelPath + " does not exist or cannot be read", false);
    }
    float[] samples = decode(audio);
    if (samples.length == 0) {
      return List.of();
    }
    String lang = language == null || language.isBlank() ? "da" : language;
    WhisperContext ctx = context();
    WhisperFullParams params = new WhisperFullParams(WhisperSamplingStrategy.GREEDY);
    params.language = lang;
    params.translate = false;
    params.nThreads = threads;
    params.printProgress = false;
    params.printRealtime = false;
    params.printTimestamps = false;
    params.printSpecial = false;
    try (WhisperState state = whisper.initState(ctx)) {
      int result = whisper.fullWithState(ctx, state, params, samples, samples.length);
      if (result != 0) {
        throw new SpeechToTextException("whisper.cpp failed with code " + result, false);
      }
      int n = whisper.fullNSegmentsFromState(state);
      List<SegmentData> segments = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        String text = whisper.fullGetSegmentTextFromState(state, i);
        if (text == null || text.isBlank()) {
          continue;
        }
        // whisper.cpp counts time in units of 10 ms.
        long start = Math.max(0, whisper.fullGetSegmentTimestamp0FromState(state, i) * 10);
        long end = Math.max(start, whisper.fullGetSegmentTimestamp1FromState(state, i) * 10);
        segments.add(new SegmentData(start, end, null, lang, text));
      }
      return List.copyOf(segments);
    }
  }

  /**
   * WAV PCM is decoded in Java; everything else (MP3, M4A/AAC, Ogg/Opus, WebM/Opus, other WAV) by
   * the machine's ffmpeg.
   */
  private float[] decode(AudioSource audio) throws SpeechToTextException {
    if ("audio/wav".equals(audio.contentType())) {
      try (InputStream in = audio.open()) {
        return WavDecoder.decode(in);
      } catch (WavDecoder.UnsupportedFormatException e) {
        LOG.fine(() -> audio.fileName() + " is not 16-bit PCM; ffmpeg decodes it");
      } catch (IOException e) {
        throw new SpeechToTextException("could not read the audio " + audio.fileName(), true, e);
      }
    }
    try (InputStream in = audio.open()) {
      return ffmpeg.decode(in, audio.fileName() + " (" + audio.contentType() + ")");
    } catch (IOException e) {
      throw new SpeechToTextException("could not read the audio " + audio.fileName(), true, e);
    }
  }

  private synchronized WhisperContext context() throws SpeechToTextException {
    if (context == null) {
      loadLibrary();
      whisper = new WhisperJNI();
      try {
        context = whisper.initNoState(modelPath);
      } catch (IOException | RuntimeException e) {
        throw new SpeechToTextException(
            "whisper.cpp could not load the model " + modelPath + ": " + e.getMessage(), false, e);
      }
      if (context == null) {
        throw new SpeechToTextException("whisper.cpp could not load the model " + modelPath, false);
      }
      LOG.info(() -> "whisper.cpp loaded model " + modelPath + ", " + threads + " threads");
    }
    return context;
  }

  private static synchronized void loadLibrary() throws SpeechToTextException {
    if (libraryLoaded) {
      return;
    }
    try {
      WhisperJNI.loadLibrary();
      libraryLoaded = true;
    } catch (IOException | UnsatisfiedLinkError e) {
      throw new SpeechToTextException(
          "the whisper.cpp native library cannot be loaded on "
              + System.getProperty("os.name")
              + "/"
              + System.getProperty("os.arch")
              + ": "
              + e.getMessage(),
          false,
          e);
    }
  }

  /** Frees the model. */
  @Override
  public synchronized void close() {
    if (context != null) {
      context.close();
      context = null;
    }
  }
}
