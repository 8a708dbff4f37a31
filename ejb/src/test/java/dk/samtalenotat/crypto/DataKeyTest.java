package dk.samtalenotat.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DataKeyTest {

  private final DataKey key = new DataKey(DataKey.generate(), null);

  @Test
  void recordsRoundTripAndEachEncryptionUsesAFreshNonce() {
    byte[] plain = "Borgeren fortalte om sin sygdom.".getBytes(StandardCharsets.UTF_8);
    byte[] first = key.encrypt("transcript:1", plain);
    byte[] second = key.encrypt("transcript:1", plain);
    assertFalse(java.util.Arrays.equals(first, second));
    assertArrayEquals(plain, key.decrypt("transcript:1", first));
    assertEquals(1 + 12 + plain.length + 16, first.length);
    assertArrayEquals(new byte[0], key.decrypt("x", key.encrypt("x", new byte[0])));
  }

  @Test
  void textsRoundTripAndDoNotShowThePlaintext() {
    String sealed = key.seal("draft-version:7", "Aftale: Borgeren søger tre stillinger om ugen.");
    assertFalse(sealed.contains("stillinger"));
    assertEquals(
        "Aftale: Borgeren søger tre stillinger om ugen.", key.open("draft-version:7", sealed));
  }

  @Test
  void anotherObjectIdDoesNotDecrypt() {
    String sealed = key.seal("transcript:1:segment:1", "hemmeligt");
    assertThrows(CryptoException.class, () -> key.open("transcript:1:segment:2", sealed));
    assertThrows(CryptoException.class, () -> key.open("transcript:2:segment:1", sealed));
  }

  @Test
  void anotherKeyDoesNotDecrypt() {
    String sealed = key.seal("a", "hemmeligt");
    DataKey other = new DataKey(DataKey.generate(), null);
    assertThrows(CryptoException.class, () -> other.open("a", sealed));
  }

  @Test
  void everyChangedByteIsDetected() {
    byte[] record = key.encrypt("a", "hemmeligt".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < record.length; i++) {
      byte[] changed = record.clone();
      changed[i] ^= 0x01;
      assertThrows(CryptoException.class, () -> key.decrypt("a", changed), "byte " + i);
    }
    byte[] cut = java.util.Arrays.copyOf(record, record.length - 1);
    assertThrows(CryptoException.class, () -> key.decrypt("a", cut));
    assertThrows(CryptoException.class, () -> key.open("a", "not base64 ***"));
    assertThrows(
        CryptoException.class,
        () -> key.open("a", Base64.getEncoder().encodeToString(new byte[5])));
  }

  /** The key reuses one cipher for its records: every record still opens with its own nonce. */
  @Test
  void oneKeyOpensManyRecordsFromManyThreadsAtOnce() throws Exception {
    int threads = 8;
    int records = 200;
    String[] sealed = new String[records];
    for (int i = 0; i < records; i++) {
      sealed[i] = key.seal("transcript:1:segment:" + i, "Segment " + i + " sagt af borgeren.");
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> opened = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        opened.add(
            pool.submit(
                () -> {
                  start.await();
                  int count = 0;
                  for (int n = 0; n < records; n++) {
                    int i = (n + offset * 17) % records;
                    assertEquals(
                        "Segment " + i + " sagt af borgeren.",
                        key.open("transcript:1:segment:" + i, sealed[i]));
                    count++;
                  }
                  return count;
                }));
      }
      start.countDown();
      for (Future<Integer> f : opened) {
        assertEquals(records, f.get(30, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A refused record leaves the reused cipher fit for the next, and never opens another's. */
  @Test
  void aRefusedRecordDoesNotDisturbTheNextAndAnotherKeysRecordStaysRefused() {
    DataKey other = new DataKey(DataKey.generate(), null);
    String mine = key.seal("a", "hemmeligt");
    String theirs = other.seal("a", "andet");
    assertEquals("hemmeligt", key.open("a", mine));
    assertThrows(CryptoException.class, () -> key.open("a", theirs));
    assertThrows(CryptoException.class, () -> key.open("b", mine));
    assertEquals("hemmeligt", key.open("a", mine));
    assertEquals("andet", other.open("a", theirs));
    assertThrows(CryptoException.class, () -> other.open("a", mine));
    byte[] record = key.encrypt("a", "hemmeligt".getBytes(StandardCharsets.UTF_8));
    record[record.length - 1] ^= 0x01;
    assertThrows(CryptoException.class, () -> key.decrypt("a", record));
    assertEquals("hemmeligt", key.open("a", mine));
  }

  @Test
  void wrappedKeysCompareByContent() {
    WrappedKey a = new WrappedKey(2, new byte[] {1, 2, 3});
    assertEquals(a, WrappedKey.of(2, a.base64()));
    assertNotEquals(a, new WrappedKey(3, new byte[] {1, 2, 3}));
    assertThrows(IllegalArgumentException.class, () -> new WrappedKey(0, new byte[1]));
  }
}
