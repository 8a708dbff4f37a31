package dk.samtalenotat.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** WAV files for tests: a canonical 44-byte header and silence, or a header changed on purpose. */
public final class TestWav {

  private TestWav() {}

  /** 16 kHz mono 16-bit PCM with {@code dataBytes} bytes of silence. */
  public static byte[] pcm(int dataBytes) {
    return build(1, 1, 16_000, 16, dataBytes, dataBytes);
  }

  /**
   * A WAV file as a writer might get it wrong.
   *
   * @param claimedData the length the data chunk claims
   * @param dataBytes the bytes of audio the file really holds after the header
   */
  public static byte[] build(
      int formatTag, int channels, int rate, int bits, long claimedData, int dataBytes) {
    int block = channels * (bits / 8);
    ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + dataBytes);
    b.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16);
    b.putShort((short) formatTag).putShort((short) channels).putInt(rate).putInt(rate * block);
    b.putShort((short) block).putShort((short) bits);
    b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt((int) claimedData);
    return b.array();
  }
}
