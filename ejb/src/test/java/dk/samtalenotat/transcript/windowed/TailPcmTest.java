package dk.samtalenotat.transcript.windowed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TailPcmTest {

  private static byte[] pcm(int bytes) {
    byte[] b = new byte[bytes];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i * 7 + i / 256);
    }
    return b;
  }

  @Test
  void countsEverythingAndKeepsFromTheGivenTimeOnWhateverTheWritesCut() throws Exception {
    byte[] all = pcm(3 * PcmAudio.RATE * 2); // 3 s
    TailPcm tail = new TailPcm(1_000);
    int[] sizes = {1, 31_999, 2, 5_000, 10, 1};
    int at = 0;
    for (int i = 0; at < all.length; i++) {
      int n = Math.min(sizes[i % sizes.length], all.length - at);
      if (n == 1) {
        tail.write(all[at]);
      } else {
        tail.write(all, at, n);
      }
      at += n;
    }
    assertEquals(all.length, tail.byteLength());
    assertEquals(3_000, tail.durationMillis());
    long from = tail.offsetOf(1_500);
    try (InputStream in = tail.open(from, 16_000)) {
      assertArrayEquals(
          Arrays.copyOfRange(all, (int) from, (int) from + 16_000), in.readAllBytes());
    }
  }

  @Test
  void audioBeforeTheKeptPartOrPastTheEndIsRefused() {
    TailPcm tail = new TailPcm(1_000);
    byte[] all = pcm(2 * PcmAudio.RATE * 2);
    tail.write(all, 0, all.length);
    assertThrows(IllegalArgumentException.class, () -> tail.open(tail.offsetOf(500), 100));
    assertThrows(IllegalArgumentException.class, () -> tail.open(tail.offsetOf(1_900), 64_000));
  }

  @Test
  void anOddByteCutOffMidSampleIsNoAudio() {
    TailPcm tail = new TailPcm(0);
    tail.write(new byte[33], 0, 33);
    assertEquals(32, tail.byteLength());
  }
}
