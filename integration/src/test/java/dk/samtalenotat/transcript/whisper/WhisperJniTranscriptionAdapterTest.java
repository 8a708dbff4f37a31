package dk.samtalenotat.transcript.whisper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.transcript.AudioSource;
import dk.samtalenotat.transcript.SpeechToTextException;
import dk.samtalenotat.transcript.UndecodableAudioException;
import dk.samtalenotat.transcript.decoding.FfmpegDecoder;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What can be checked without a model file: the native library is never loaded here. */
class WhisperJniTranscriptionAdapterTest {

  @TempDir Path dir;

  private static final AudioSource AUDIO =
      new AudioSource() {
        @Override
        public String fileName() {
          return "a.wav";
        }

        @Override
        public String contentType() {
          return "audio/wav";
        }

        @Override
        public long size() {
          return 4;
        }

        @Override
        public InputStream open() {
          return new ByteArrayInputStream(new byte[] {1, 2, 3, 4});
        }
      };

  @Test
  void unavailableWithoutAModelPath() {
    WhisperJniTranscriptionAdapter adapter = new WhisperJniTranscriptionAdapter(null, 0);
    assertEquals("whisper-jni", adapter.engineName());
    assertFalse(adapter.available());
    SpeechToTextException e =
        assertThrows(SpeechToTextException.class, () -> adapter.transcribe(AUDIO, "da"));
    assertFalse(e.transient_());
    assertTrue(e.getMessage().contains("no whisper model file is configured"), e.getMessage());
  }

  @Test
  void unavailableAndClearWhenTheModelFileIsMissing() {
    Path missing = dir.resolve("ggml-da-large.bin");
    WhisperJniTranscriptionAdapter adapter = new WhisperJniTranscriptionAdapter(missing, 2);
    assertFalse(adapter.available());
    SpeechToTextException e =
        assertThrows(SpeechToTextException.class, () -> adapter.transcribe(AUDIO, "da"));
    assertFalse(e.transient_());
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
  }

  @Test
  void audioThatCannotBeDecodedIsRefusedBeforeTheModelLoads() throws Exception {
    // Any file makes the adapter available; decoding comes before native code. Four bytes that
    // claim to be WAV are not PCM, so ffmpeg gets them and says it cannot read them.
    Path model = java.nio.file.Files.write(dir.resolve("model.bin"), new byte[] {0});
    WhisperJniTranscriptionAdapter adapter = new WhisperJniTranscriptionAdapter(model, 1);
    assertTrue(adapter.available());
    SpeechToTextException e =
        assertThrows(UndecodableAudioException.class, () -> adapter.transcribe(AUDIO, "da"));
    assertFalse(e.transient_());
    assertTrue(e.getMessage().contains("a.wav (audio/wav) cannot be decoded"), e.getMessage());
  }

  @Test
  void withoutFfmpegOnlyWavPcmIsDecodedAndTheMessageSaysWhatToInstall() throws Exception {
    Path model = java.nio.file.Files.write(dir.resolve("model.bin"), new byte[] {0});
    WhisperJniTranscriptionAdapter adapter =
        new WhisperJniTranscriptionAdapter(
            model, 1, new FfmpegDecoder(dir.resolve("no-ffmpeg").toString()));
    SpeechToTextException e =
        assertThrows(UndecodableAudioException.class, () -> adapter.transcribe(AUDIO, "da"));
    assertTrue(e.getMessage().contains("Debian package ffmpeg"), e.getMessage());
  }

  @Test
  void aFileThatIsNoModelGivesAPermanentErrorNotACrash() throws Exception {
    Path notAModel = java.nio.file.Files.write(dir.resolve("bad.bin"), new byte[] {1, 2, 3, 4});
    byte[] wav = WavDecoderTest.sineWav(16000, 1, 16, 0.5, 440);
    AudioSource audio =
        new AudioSource() {
          @Override
          public String fileName() {
            return "tone.wav";
          }

          @Override
          public String contentType() {
            return "audio/wav";
          }

          @Override
          public long size() {
            return wav.length;
          }

          @Override
          public InputStream open() {
            return new ByteArrayInputStream(wav);
          }
        };
    try (WhisperJniTranscriptionAdapter adapter =
        new WhisperJniTranscriptionAdapter(notAModel, 1)) {
      SpeechToTextException e =
          assertThrows(SpeechToTextException.class, () -> adapter.transcribe(audio, "da"));
      assertFalse(e.transient_());
      // Either the model is refused or, on a platform without the native library, the library.
      assertTrue(e.getMessage().contains("whisper.cpp"), e.getMessage());
    }
  }
}
