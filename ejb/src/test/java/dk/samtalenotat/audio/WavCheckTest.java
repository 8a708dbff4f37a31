package dk.samtalenotat.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.audio.AudioRejectedException.Reason;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WavCheckTest {

  /** Checks the file fed in pieces of {@code piece} bytes; null when it passes. */
  private static Reason check(byte[] file, int piece) {
    WavCheck check = new WavCheck();
    try {
      for (int i = 0; i < file.length; i += piece) {
        check.update(file, i, Math.min(piece, file.length - i));
      }
      check.finish(file.length);
      return null;
    } catch (AudioRejectedException e) {
      return e.reason();
    }
  }

  /** The same answer whether the bytes come all at once, one by one or in odd pieces. */
  private static Reason check(byte[] file) {
    Reason whole = check(file, Math.max(1, file.length));
    assertEquals(whole, check(file, 1), "fed byte by byte");
    assertEquals(whole, check(file, 7), "fed in pieces of 7");
    return whole;
  }

  @Test
  void aCanonicalPcmFilePasses() {
    assertEquals(null, check(TestWav.pcm(3200)));
    assertEquals(null, check(TestWav.build(3, 2, 48_000, 32, 9600, 9600)), "float stereo");
    assertEquals(null, check(TestWav.build(7, 1, 8000, 8, 800, 800)), "mu-law telephone");
  }

  @Test
  void aTruncatedHeaderIsRefused() {
    byte[] wav = TestWav.pcm(3200);
    for (int cut : new int[] {12, 20, 30, 40, 43}) {
      assertEquals(Reason.WAV_HEADER_TRUNCATED, check(Arrays.copyOf(wav, cut)), "cut at " + cut);
    }
  }

  @Test
  void zeroChannelsAreRefused() {
    assertEquals(Reason.WAV_NO_CHANNELS, check(TestWav.build(1, 0, 16_000, 16, 3200, 3200)));
  }

  @Test
  void aDataLengthTheFileDoesNotHoldIsRefused() {
    assertEquals(
        Reason.WAV_LENGTH_MISMATCH, check(TestWav.build(1, 1, 16_000, 16, 10_000_000, 3200)));
    assertEquals(Reason.WAV_LENGTH_MISMATCH, check(TestWav.build(1, 1, 16_000, 16, 3201, 3200)));
  }

  @Test
  void aFormatWhosePartsDoNotFitIsRefused() {
    assertEquals(Reason.WAV_BAD_FORMAT, check(TestWav.build(1, 1, 0, 16, 3200, 3200)), "0 Hz");
    assertEquals(Reason.WAV_BAD_FORMAT, check(TestWav.build(1, 1, 16_000, 12, 3200, 3200)));
    byte[] wrongBlock = TestWav.pcm(3200);
    wrongBlock[32] = 4; // block align 4 for mono 16-bit
    assertEquals(Reason.WAV_BAD_FORMAT, check(wrongBlock));
  }

  @Test
  void theLengthPlaceholdersOfStreamingWritersMeanToTheEnd() {
    assertEquals(null, check(TestWav.build(1, 1, 16_000, 16, 0xFFFFFFFFL, 3200)), "ffmpeg");
    assertEquals(null, check(TestWav.build(1, 1, 16_000, 16, 0x7FFFF000L, 3200)), "espeak-ng");
    assertEquals(null, check(TestWav.build(1, 1, 16_000, 16, 0, 3200)));
    assertEquals(Reason.EMPTY, check(TestWav.build(1, 1, 16_000, 16, 0xFFFFFFFFL, 0)));
  }

  @Test
  void otherChunksBeforeTheAudioAreSkippedWithTheirPadding() {
    byte[] wav = TestWav.pcm(3200);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(wav, 0, 36); // RIFF header and fmt
    out.writeBytes(chunk("LIST", 13)); // odd: one byte of padding follows
    out.writeBytes(chunk("bext", 602));
    out.write(wav, 36, wav.length - 36);
    assertEquals(null, check(out.toByteArray()));

    ByteArrayOutputStream lying = new ByteArrayOutputStream();
    lying.write(wav, 0, 36);
    lying.writeBytes(Arrays.copyOf(chunk("LIST", 1_000_000), 100));
    assertEquals(Reason.WAV_HEADER_TRUNCATED, check(lying.toByteArray()));
  }

  @Test
  void audioBeforeItsFormatIsRefused() {
    byte[] wav = TestWav.pcm(16);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(wav, 0, 12);
    out.write(wav, 36, wav.length - 36); // data first
    out.write(wav, 12, 24); // then fmt
    assertEquals(Reason.WAV_BAD_FORMAT, check(out.toByteArray()));
  }

  @Test
  void whatIsNoRiffWaveFileIsLeftToTheFormatCheck() {
    assertEquals(null, check("OggS and more bytes here".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(null, check("RIFF".getBytes(StandardCharsets.US_ASCII)), "too short to tell");
    WavCheck check = new WavCheck();
    byte[] ogg = "OggS and more bytes".getBytes(StandardCharsets.US_ASCII);
    check.update(ogg, 0, ogg.length);
    assertTrue(check.notWav());
  }

  private static byte[] chunk(String id, int length) {
    ByteBuffer b = ByteBuffer.allocate(8 + length + (length & 1)).order(ByteOrder.LITTLE_ENDIAN);
    b.put(id.getBytes(StandardCharsets.US_ASCII)).putInt(length);
    return b.array();
  }
}
