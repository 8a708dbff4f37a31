package dk.samtalenotat.transcript.whisper;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Turns a WAV file (PCM, 16-bit, any rate, any number of channels) into the 16 kHz mono float
 * samples whisper.cpp wants, reading the file as a stream: only the result is held in memory.
 */
public final class WavDecoder {

  /** The sample rate whisper.cpp works at. */
  public static final int TARGET_RATE = 16_000;

  private static final int CHUNK_FRAMES = 8192;

  private WavDecoder() {}

  /** The input is not WAV PCM 16-bit; the message says what it is and what to do. */
  public static class UnsupportedFormatException extends Exception {
    public UnsupportedFormatException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Decodes and resamples; downsampling averages the source samples that fall in each target sample
   * (a crude low-pass against aliasing), upsampling interpolates linearly.
   */
  public static float[] decode(InputStream wav) throws IOException, UnsupportedFormatException {
    InputStream in = wav.markSupported() ? wav : new BufferedInputStream(wav);
    AudioFileFormat fileFormat;
    AudioInputStream audio;
    try {
      fileFormat = AudioSystem.getAudioFileFormat(in);
      audio = AudioSystem.getAudioInputStream(in);
    } catch (UnsupportedAudioFileException e) {
      throw new UnsupportedFormatException(
          "the audio is not a WAV file; convert it to WAV PCM 16-bit (for example with"
              + " 'ffmpeg -i in -ar 16000 -ac 1 -c:a pcm_s16le out.wav')",
          e);
    }
    AudioFormat format = audio.getFormat();
    if (fileFormat.getType() != AudioFileFormat.Type.WAVE
        || !AudioFormat.Encoding.PCM_SIGNED.equals(format.getEncoding())
        || format.getSampleSizeInBits() != 16) {
      throw new UnsupportedFormatException(
          "the audio is "
              + fileFormat.getType()
              + " "
              + format
              + "; convert it to WAV PCM 16-bit (for example with"
              + " 'ffmpeg -i in -ar 16000 -ac 1 -c:a pcm_s16le out.wav')",
          null);
    }
    try (audio) {
      return resample(audio, format);
    }
  }

  private static float[] resample(AudioInputStream audio, AudioFormat format) throws IOException {
    int channels = format.getChannels();
    int frameSize = format.getFrameSize();
    boolean bigEndian = format.isBigEndian();
    int sourceRate = Math.round(format.getSampleRate());
    long frames = audio.getFrameLength();
    Sink sink =
        new Sink(
            sourceRate,
            frames == AudioSystem.NOT_SPECIFIED
                ? TARGET_RATE * 60
                : (int) Math.min(Integer.MAX_VALUE - 8, frames * TARGET_RATE / sourceRate + 2));
    byte[] buffer = new byte[CHUNK_FRAMES * frameSize];
    int filled = 0;
    int read;
    while ((read = audio.read(buffer, filled, buffer.length - filled)) != -1) {
      filled += read;
      int whole = filled / frameSize;
      for (int f = 0; f < whole; f++) {
        int base = f * frameSize;
        float sum = 0;
        for (int c = 0; c < channels; c++) {
          int lo = buffer[base + 2 * c + (bigEndian ? 1 : 0)] & 0xff;
          int hi = buffer[base + 2 * c + (bigEndian ? 0 : 1)];
          sum += (short) ((hi << 8) | lo) / 32768f;
        }
        sink.accept(sum / channels);
      }
      int rest = filled - whole * frameSize;
      System.arraycopy(buffer, whole * frameSize, buffer, 0, rest);
      filled = rest;
    }
    return sink.finish();
  }

  /** Collects mono samples at the source rate and emits them at {@link #TARGET_RATE}. */
  private static final class Sink {
    private final int sourceRate;
    private float[] out;
    private int size;
    private long sourceIndex;
    // Downsampling: running sum of the source samples in the current target sample.
    private double sum;
    private int count;
    private long currentTarget;
    // Upsampling: the previous source sample.
    private float previous;

    Sink(int sourceRate, int expected) {
      this.sourceRate = sourceRate;
      this.out = new float[Math.max(16, expected)];
    }

    void accept(float sample) {
      if (sourceRate == TARGET_RATE) {
        emit(sample);
      } else if (sourceRate > TARGET_RATE) {
        long target = sourceIndex * TARGET_RATE / sourceRate;
        if (target != currentTarget && count > 0) {
          emit((float) (sum / count));
          sum = 0;
          count = 0;
        }
        currentTarget = target;
        sum += sample;
        count++;
      } else {
        // Target samples k with position k * sourceRate / TARGET_RATE in (index - 1, index].
        if (sourceIndex == 0) {
          emit(sample);
        } else {
          long k = (long) size;
          while (true) {
            double position = (double) k * sourceRate / TARGET_RATE;
            if (position > sourceIndex) {
              break;
            }
            double t = position - (sourceIndex - 1);
            emit((float) (previous + (sample - previous) * t));
            k++;
          }
        }
        previous = sample;
      }
      sourceIndex++;
    }

    float[] finish() {
      if (sourceRate > TARGET_RATE && count > 0) {
        emit((float) (sum / count));
      }
      return Arrays.copyOf(out, size);
    }

    private void emit(float sample) {
      if (size == out.length) {
        out = Arrays.copyOf(out, out.length + out.length / 2 + 16);
      }
      out[size++] = sample;
    }
  }
}
