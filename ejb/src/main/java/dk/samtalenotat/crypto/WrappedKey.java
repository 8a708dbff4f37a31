package dk.samtalenotat.crypto;

import java.util.Arrays;
import java.util.Base64;

/**
 * A data key as it is stored: encrypted (wrapped) under one version of the tenant's key-encryption
 * key. Kept on the row that owns the content; deleting it is what makes the content unreadable.
 *
 * @param kekVersion which version of the tenant's key-encryption key wrapped it
 * @param bytes the wrapped key
 */
public record WrappedKey(int kekVersion, byte[] bytes) {

  public WrappedKey {
    if (kekVersion < 1) {
      throw new IllegalArgumentException("key-encryption key versions start at 1");
    }
    bytes = bytes.clone();
  }

  /** Reads a wrapped key stored as Base64 text. */
  public static WrappedKey of(int kekVersion, String base64) {
    return new WrappedKey(kekVersion, Base64.getDecoder().decode(base64));
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The wrapped key as Base64 text, the form the database columns hold. */
  public String base64() {
    return Base64.getEncoder().encodeToString(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WrappedKey w && w.kekVersion == kekVersion && Arrays.equals(w.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return 31 * kekVersion + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "WrappedKey[kekVersion=" + kekVersion + "]";
  }
}
