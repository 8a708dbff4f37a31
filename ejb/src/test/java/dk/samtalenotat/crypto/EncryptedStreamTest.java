package dk.samtalenotat.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Random;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class EncryptedStreamTest {

  private static final int CHUNK = 100;
  private static final int SEALED_CHUNK = 12 + CHUNK + 16;
  private final SecretKey key = DataKey.generate();

  private byte[] encrypt(byte[] plain, String objectId) throws IOException {
    return encrypt(plain, objectId, CHUNK, 157);
  }

  /**
   * Encrypts in writes of odd sizes up to {@code largestWrite}, so chunk boundaries fall inside.
   */
  private byte[] encrypt(byte[] plain, String objectId, int chunkSize, int largestWrite)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream enc = new EncryptingOutputStream(out, key, objectId, chunkSize)) {
      int pos = 0;
      int step = 1;
      while (pos < plain.length) {
        int n = Math.min(step, plain.length - pos);
        enc.write(plain, pos, n);
        pos += n;
        step = step * 3 % largestWrite + 1;
      }
    }
    return out.toByteArray();
  }

  private byte[] decrypt(byte[] sealed, String objectId) throws IOException {
    try (InputStream in =
        new DecryptingInputStream(new ByteArrayInputStream(sealed), key, objectId)) {
      return in.readAllBytes();
    }
  }

  private static byte[] random(int n) {
    byte[] b = new byte[n];
    new Random(n).nextBytes(b);
    return b;
  }

  @Test
  void roundTripsAtEveryLengthAroundChunkBoundaries() throws IOException {
    for (int n : new int[] {0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 7}) {
      byte[] plain = random(n);
      byte[] sealed = encrypt(plain, "audio:x");
      assertArrayEquals(plain, decrypt(sealed, "audio:x"), "length " + n);
      int chunks = n == 0 ? 1 : (n + CHUNK - 1) / CHUNK;
      assertEquals(8 + chunks * (12 + 16) + n, sealed.length, "length " + n);
    }
  }

  @Test
  void singleByteReadsAndTheDefaultChunkSizeWork() throws IOException {
    byte[] plain = random(200_000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream enc = new EncryptingOutputStream(out, key, "audio:y")) {
      enc.write(plain);
    }
    try (InputStream in =
        new DecryptingInputStream(new ByteArrayInputStream(out.toByteArray()), key, "audio:y")) {
      assertEquals(plain[0] & 0xff, in.read());
      assertEquals(10, in.skip(10));
      byte[] rest = in.readAllBytes();
      assertArrayEquals(Arrays.copyOfRange(plain, 11, plain.length), rest);
      assertEquals(-1, in.read());
    }
  }

  @Test
  void buffersGrowAcrossTheDefaultChunkSizeWithoutLosingAByte() throws IOException {
    int chunk = StreamFormat.DEFAULT_CHUNK_SIZE;
    int first = StreamFormat.FIRST_BUFFER;
    for (int n :
        new int[] {
          0, 1, first - 1, first, first + 1, 12_000, chunk - 1, chunk, chunk + 1, 3 * chunk + 7
        }) {
      byte[] plain = random(n);
      byte[] sealed = encrypt(plain, "audio:z", chunk, 20_011);
      int chunks = n == 0 ? 1 : (n + chunk - 1) / chunk;
      assertEquals(8 + chunks * (12 + 16) + n, sealed.length, "length " + n);
      assertArrayEquals(plain, decrypt(sealed, "audio:z"), "length " + n);
    }
  }

  @Test
  void aSmallObjectTakesBuffersOfAboutItsSizeNotOfAWholeChunk() throws IOException {
    // A recording's 3-second chunk, 12 KB, there and back: about 330 KB allocated when each
    // stream's two buffers were a whole chunk (64 KiB) each, about 150 KB now (the cipher's own
    // buffering of a chunk it authenticates included).
    var threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    byte[] plain = random(12_000);
    decrypt(encrypt(plain, "warm-up"), "warm-up");
    long before = threads.getCurrentThreadAllocatedBytes();
    ByteArrayOutputStream out = new ByteArrayOutputStream(13_000);
    try (OutputStream enc = new EncryptingOutputStream(out, key, "audio:small")) {
      enc.write(plain);
    }
    byte[] back;
    try (InputStream in =
        new DecryptingInputStream(
            new ByteArrayInputStream(out.toByteArray()), key, "audio:small")) {
      back = in.readNBytes(plain.length + 1);
    }
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertArrayEquals(plain, back);
    assertTrue(allocated < 192 * 1024, "allocated " + allocated + " bytes");
  }

  @Test
  void streamsOfAnySizePassThroughFixedBuffers() throws Exception {
    // 64 MiB through a counting sink and back, without ever holding it: memory stays flat.
    long size = 64L * 1024 * 1024 + 5;
    MessageDigest plainHash = MessageDigest.getInstance("SHA-256");
    MessageDigest roundTripHash = MessageDigest.getInstance("SHA-256");
    java.io.PipedInputStream pipeIn = new java.io.PipedInputStream(1 << 16);
    java.io.PipedOutputStream pipeOut = new java.io.PipedOutputStream(pipeIn);
    Thread writer =
        new Thread(
            () -> {
              try (OutputStream enc = new EncryptingOutputStream(pipeOut, key, "audio:big")) {
                byte[] block = new byte[8192];
                Random r = new Random(1);
                long left = size;
                while (left > 0) {
                  r.nextBytes(block);
                  int n = (int) Math.min(block.length, left);
                  plainHash.update(block, 0, n);
                  enc.write(block, 0, n);
                  left -= n;
                }
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    writer.start();
    long read = 0;
    try (InputStream dec = new DecryptingInputStream(pipeIn, key, "audio:big")) {
      byte[] buffer = new byte[10_000];
      int n;
      while ((n = dec.read(buffer)) > 0) {
        roundTripHash.update(buffer, 0, n);
        read += n;
      }
    }
    writer.join();
    assertEquals(size, read);
    assertArrayEquals(plainHash.digest(), roundTripHash.digest());
  }

  @Test
  void anotherObjectIdOrKeyDoesNotDecrypt() throws IOException {
    byte[] sealed = encrypt(random(250), "audio:a");
    assertDamaged(() -> decrypt(sealed, "audio:b"));
    byte[] other = sealed.clone();
    assertDamaged(
        () ->
            new DecryptingInputStream(
                    new ByteArrayInputStream(other), DataKey.generate(), "audio:a")
                .readAllBytes());
  }

  @Test
  void aChangedByteAnywhereIsDetected() throws IOException {
    byte[] sealed = encrypt(random(250), "audio:a");
    for (int i = 0; i < sealed.length; i += 7) {
      byte[] changed = sealed.clone();
      changed[i] ^= 0x40;
      assertDamaged(() -> decrypt(changed, "audio:a"));
    }
  }

  @Test
  void truncationIsDetectedAtChunkBoundariesAndInsideChunks() throws IOException {
    byte[] sealed = encrypt(random(3 * CHUNK + 7), "audio:a");
    // Cut after the header, after each whole chunk, and inside chunks.
    for (int keep :
        new int[] {
          0,
          4,
          8,
          8 + SEALED_CHUNK,
          8 + 2 * SEALED_CHUNK,
          8 + 3 * SEALED_CHUNK,
          8 + 20,
          8 + SEALED_CHUNK + 50,
          sealed.length - 1
        }) {
      byte[] cut = Arrays.copyOf(sealed, keep);
      assertDamaged(() -> decrypt(cut, "audio:a"));
    }
    // A stream of exactly full chunks: dropping the whole last chunk is noticed too.
    byte[] full = encrypt(random(2 * CHUNK), "audio:a");
    assertEquals(8 + 2 * SEALED_CHUNK, full.length);
    assertDamaged(() -> decrypt(Arrays.copyOf(full, full.length - SEALED_CHUNK), "audio:a"));
  }

  @Test
  void reorderedRepeatedAndAppendedChunksAreDetected() throws IOException {
    byte[] sealed = encrypt(random(3 * CHUNK + 7), "audio:a");
    byte[] swapped = sealed.clone();
    System.arraycopy(sealed, 8 + SEALED_CHUNK, swapped, 8, SEALED_CHUNK);
    System.arraycopy(sealed, 8, swapped, 8 + SEALED_CHUNK, SEALED_CHUNK);
    assertDamaged(() -> decrypt(swapped, "audio:a"));

    byte[] repeated = sealed.clone();
    System.arraycopy(sealed, 8, repeated, 8 + SEALED_CHUNK, SEALED_CHUNK);
    assertDamaged(() -> decrypt(repeated, "audio:a"));

    byte[] appended = Arrays.copyOf(sealed, sealed.length + SEALED_CHUNK);
    System.arraycopy(sealed, 8, appended, sealed.length, SEALED_CHUNK);
    assertDamaged(() -> decrypt(appended, "audio:a"));
  }

  @Test
  void notAnEncryptedStream() {
    assertDamaged(() -> decrypt("RIFF....WAVEfmt ".getBytes(), "audio:a"));
    assertDamaged(() -> decrypt(new byte[0], "audio:a"));
  }

  private interface Read {
    Object run() throws IOException;
  }

  private static void assertDamaged(Read read) {
    IOException e = assertThrows(IOException.class, read::run);
    assertInstanceOf(CryptoException.class, e.getCause(), e.toString());
  }
}
