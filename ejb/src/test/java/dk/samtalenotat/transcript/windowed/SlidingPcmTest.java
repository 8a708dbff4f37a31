package dk.samtalenotat.transcript.windowed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SlidingPcmTest {

  /** One second of PCM. */
  private static final int SECOND = PcmAudio.RATE * PcmAudio.BYTES_PER_SAMPLE;

  private static byte[] audio(int seconds) {
    byte[] b = new byte[seconds * SECOND];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i * 31 + i / 7);
    }
    return b;
  }

  @Test
  void keepsTheAudioFromThePointOnAndDropsWhatIsBeforeIt() throws Exception {
    byte[] all = audio(40);
    SlidingPcm pcm = new SlidingPcm(5_000);
    for (int from = 0; from < all.length; from += 4096) {
      pcm.write(all, from, Math.min(4096, all.length - from));
    }
    assertEquals(40_000, pcm.durationMillis());
    assertEquals(35 * SECOND, pcm.heldBytes());
    try (InputStream in = pcm.open(10L * SECOND, 5L * SECOND)) {
      assertArrayEquals(Arrays.copyOfRange(all, 10 * SECOND, 15 * SECOND), in.readAllBytes());
    }
    pcm.keepFrom(30_000);
    assertEquals(10 * SECOND, pcm.heldBytes());
    assertThrows(IllegalArgumentException.class, () -> pcm.open(20L * SECOND, SECOND));
    try (InputStream in = pcm.open(30L * SECOND, 10L * SECOND)) {
      assertArrayEquals(Arrays.copyOfRange(all, 30 * SECOND, 40 * SECOND), in.readAllBytes());
    }
    pcm.keepFrom(10_000);
    assertEquals(10 * SECOND, pcm.heldBytes(), "the point never moves back");
    assertThrows(
        IllegalArgumentException.class, () -> pcm.open(35L * SECOND, 6L * SECOND), "not yet");
  }

  @Test
  void tellsOnceWhenTheAudioReachesAPoint() {
    SlidingPcm pcm = new SlidingPcm(0);
    AtomicInteger told = new AtomicInteger();
    pcm.whenAtLeast(2_000, told::incrementAndGet);
    pcm.write(new byte[SECOND], 0, SECOND);
    assertEquals(0, told.get());
    pcm.write(new byte[SECOND], 0, SECOND);
    assertEquals(1, told.get());
    pcm.write(new byte[SECOND], 0, SECOND);
    assertEquals(1, told.get(), "once");
    pcm.whenAtLeast(1_000, told::incrementAndGet);
    assertEquals(2, told.get(), "at once when already there");
  }

  @Test
  void readsAcrossItsBlocksWhereverTheWritesAndTheKeptPointFall() throws Exception {
    byte[] all = audio(23);
    Random random = new Random(7);
    SlidingPcm pcm = new SlidingPcm(1_337);
    long kept = 1_337L * SECOND / 1000;
    int at = 0;
    while (at < all.length) {
      int n = Math.min(1 + random.nextInt(3 * SECOND), all.length - at);
      pcm.write(all, at, n);
      at += n;
      if (random.nextInt(3) == 0) {
        long millis = (long) at * 1000 / SECOND - random.nextInt(4_000);
        pcm.keepFrom(millis);
        kept = Math.max(kept, millis * SECOND / 1000);
      }
      long held = Math.max(0, at - kept);
      assertEquals(held, pcm.heldBytes());
      assertTrue(
          pcm.allocatedBytes() <= held + 2L * SlidingPcm.BLOCK,
          "a block before the kept point and one being filled at most: " + pcm.allocatedBytes());
      if (held > 2) {
        long from = kept + random.nextInt((int) held / 2) / 2 * 2;
        long length = (at - from) / 2 * 2;
        try (InputStream in = pcm.open(from, length)) {
          assertArrayEquals(
              Arrays.copyOfRange(all, (int) from, (int) (from + length)),
              in.readAllBytes(),
              "at " + at);
        }
      }
    }
  }
}
