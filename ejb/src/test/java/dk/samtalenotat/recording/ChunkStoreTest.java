package dk.samtalenotat.recording;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.crypto.DataKey;
import dk.samtalenotat.crypto.TestKeys;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChunkStoreTest {

  @TempDir Path dir;

  private final DataKey key = TestKeys.throwaway();
  private final String upload = UUID.randomUUID().toString();

  private static byte[] bytes(int n, int seed) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  private static String sha(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }

  private long files() throws IOException {
    if (!Files.exists(dir.resolve(upload))) {
      return 0;
    }
    try (Stream<Path> s = Files.list(dir.resolve(upload))) {
      return s.count();
    }
  }

  @Test
  void aChunkIsStoredEncryptedAndReadBack() throws Exception {
    ChunkStore store = new ChunkStore(dir);
    byte[] chunk = bytes(150_000, 1);
    ChunkStore.StoredChunk stored =
        store.write(upload, 7, sha(chunk), new ByteArrayInputStream(chunk), 1_000_000, key);
    assertEquals(150_000, stored.size());
    assertEquals(sha(chunk), stored.sha256());
    byte[] onDisk = Files.readAllBytes(dir.resolve(upload).resolve(stored.fileName()));
    assertEquals(sha(onDisk), stored.ciphertextSha256());
    assertFalse(
        new String(onDisk, java.nio.charset.StandardCharsets.ISO_8859_1)
            .contains(
                new String(
                    java.util.Arrays.copyOfRange(chunk, 1000, 1100),
                    java.nio.charset.StandardCharsets.ISO_8859_1)),
        "plaintext on disk");
    try (InputStream in = store.open(upload, 7, stored.fileName(), key)) {
      assertArrayEquals(chunk, in.readAllBytes());
    }
  }

  @Test
  void aWrongChecksumIsRefusedAndLeavesNothing() throws Exception {
    ChunkStore store = new ChunkStore(dir);
    byte[] chunk = bytes(5000, 2);
    byte[] damaged = chunk.clone();
    damaged[100] ^= 1;
    ChunkRejectedException e =
        assertThrows(
            ChunkRejectedException.class,
            () ->
                store.write(upload, 0, sha(chunk), new ByteArrayInputStream(damaged), 10_000, key));
    assertEquals(ChunkRejectedException.Reason.CHECKSUM_MISMATCH, e.reason());
    assertEquals(0, files());
  }

  @Test
  void tooLargeAndEmptyChunksAreRefusedAndLeaveNothing() throws Exception {
    ChunkStore store = new ChunkStore(dir);
    byte[] chunk = bytes(5000, 3);
    assertEquals(
        ChunkRejectedException.Reason.TOO_LARGE,
        assertThrows(
                ChunkRejectedException.class,
                () ->
                    store.write(upload, 0, sha(chunk), new ByteArrayInputStream(chunk), 4999, key))
            .reason());
    assertEquals(
        ChunkRejectedException.Reason.EMPTY,
        assertThrows(
                ChunkRejectedException.class,
                () ->
                    store.write(
                        upload,
                        0,
                        sha(new byte[0]),
                        new ByteArrayInputStream(new byte[0]),
                        10,
                        key))
            .reason());
    assertEquals(0, files());
  }

  @Test
  void aChunkFileOpenedAsAnotherSequenceNumberFailsToDecrypt() throws Exception {
    ChunkStore store = new ChunkStore(dir);
    byte[] chunk = bytes(3000, 4);
    ChunkStore.StoredChunk stored =
        store.write(upload, 1, sha(chunk), new ByteArrayInputStream(chunk), 10_000, key);
    Path moved = dir.resolve(upload).resolve(stored.fileName().replaceFirst("^1-", "2-"));
    Files.copy(dir.resolve(upload).resolve(stored.fileName()), moved);
    // The stream reports the failed authentication as an IOException, as a reader expects.
    assertThrows(
        IOException.class,
        () -> {
          try (InputStream in = store.open(upload, 2, moved.getFileName().toString(), key)) {
            in.readAllBytes();
          }
        });
  }

  @Test
  void deletingAnUploadRemovesEveryFileAndHashesWhatWent() throws Exception {
    ChunkStore store = new ChunkStore(dir);
    for (int seq = 0; seq < 3; seq++) {
      byte[] chunk = bytes(2000, seq);
      store.write(upload, seq, sha(chunk), new ByteArrayInputStream(chunk), 10_000, key);
    }
    assertTrue(store.exists(upload));
    String hash = store.deleteAll(upload);
    assertEquals(64, hash.length());
    assertFalse(store.exists(upload));
    // Gone already: the hash of nothing, no failure.
    assertEquals(sha(new byte[0]), store.deleteAll(upload));
  }

  @Test
  void pathsOutsideTheStoreAreRefused() {
    ChunkStore store = new ChunkStore(dir);
    assertThrows(IllegalArgumentException.class, () -> store.exists("../../etc"));
    assertThrows(IllegalArgumentException.class, () -> store.open(upload, 0, "../x.chunk", key));
  }
}
