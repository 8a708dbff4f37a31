package dk.samtalenotat.transcript.whisper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

class WavDecoderTest {

  /** A WAV file made in memory: a sine of the given frequency, the same on every channel. */
  static byte[] sineWav(int rate, int channels, int bits, double seconds, double hz)
      throws IOException {
    int frames = (int) Math.round(rate * seconds);
    int bytesPerSample = bits / 8;
    ByteBuffer data =
        ByteBuffer.allocate(frames * channels * bytesPerSample).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < frames; i++) {
      double v = 0.5 * Math.sin(2 * Math.PI * hz * i / rate);
      for (int c = 0; c < channels; c++) {
        if (bits == 16) {
          data.putShort((short) Math.round(v * 32767));
        } else {
          data.put((byte) Math.round(v * 127));
        }
      }
    }
    AudioFormat format = new AudioFormat(rate, bits, channels, bits > 8, false);
    AudioInputStream stream =
        new AudioInputStream(new ByteArrayInputStream(data.array()), format, frames);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AudioSystem.write(stream, AudioFileFormat.Type.WAVE, out);
    return out.toByteArray();
  }

  @Test
  void sixteenKilohertzMonoPassesThroughUnchanged() throws Exception {
    float[] samples = WavDecoder.decode(new ByteArrayInputStream(sineWav(16000, 1, 16, 1, 440)));
    assertEquals(16000, samples.length);
    assertEquals(0.5 * Math.sin(2 * Math.PI * 440 * 100 / 16000), samples[100], 1e-4);
  }

  @Test
  void stereoAt44100IsMixedAndDownsampled() throws Exception {
    float[] samples = WavDecoder.decode(new ByteArrayInputStream(sineWav(44100, 2, 16, 2, 300)));
    assertEquals(32000, samples.length, 2);
    float peak = 0;
    for (float s : samples) {
      peak = Math.max(peak, Math.abs(s));
    }
    // A 300 Hz tone keeps its level through the averaging filter.
    assertEquals(0.5, peak, 0.02);
  }

  @Test
  void telephoneAudioAt8000IsUpsampled() throws Exception {
    float[] samples = WavDecoder.decode(new ByteArrayInputStream(sineWav(8000, 1, 16, 1, 200)));
    assertEquals(16000, samples.length, 2);
    // Even samples fall on source samples; odd ones lie halfway between two.
    double s10 = 0.5 * Math.sin(2 * Math.PI * 200 * 10 / 8000.0);
    double s11 = 0.5 * Math.sin(2 * Math.PI * 200 * 11 / 8000.0);
    assertEquals(s10, samples[20], 1e-4);
    assertEquals((s10 + s11) / 2, samples[21], 1e-4);
  }

  @Test
  void eightBitWavNeedsConversion() {
    WavDecoder.UnsupportedFormatException e =
        assertThrows(
            WavDecoder.UnsupportedFormatException.class,
            () -> WavDecoder.decode(new ByteArrayInputStream(sineWav(16000, 1, 8, 0.1, 440))));
    assertTrue(e.getMessage().contains("convert it to WAV PCM 16-bit"), e.getMessage());
  }

  @Test
  void somethingElseNeedsConversion() {
    byte[] mp3ish = {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64, 0, 0, 0, 0, 0, 0, 0, 0};
    WavDecoder.UnsupportedFormatException e =
        assertThrows(
            WavDecoder.UnsupportedFormatException.class,
            () -> WavDecoder.decode(new ByteArrayInputStream(mp3ish)));
    assertTrue(e.getMessage().contains("not a WAV file"), e.getMessage());
  }
}
