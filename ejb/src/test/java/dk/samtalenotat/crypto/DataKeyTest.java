package dk.samtalenotat.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
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

  @Test
  void wrappedKeysCompareByContent() {
    WrappedKey a = new WrappedKey(2, new byte[] {1, 2, 3});
    assertEquals(a, WrappedKey.of(2, a.base64()));
    assertNotEquals(a, new WrappedKey(3, new byte[] {1, 2, 3}));
    assertThrows(IllegalArgumentException.class, () -> new WrappedKey(0, new byte[1]));
  }
}
