package dk.samtalenotat.quality;

import dk.samtalenotat.crypto.CryptoException;
import dk.samtalenotat.crypto.KeyEncryptionKeys;
import dk.samtalenotat.crypto.WrappedKey;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/**
 * One key-encryption key per tenant, made at random and held in memory for the length of a run: the
 * harness builds the conversation and transcript entities as the application does, which encrypt
 * their content, but keeps nothing. Keys are never rotated or destroyed here.
 */
final class MemoryKeys implements KeyEncryptionKeys {

  private final Map<String, SecretKey> keks = new HashMap<>();
  private final Map<String, SecretKey> lookup = new HashMap<>();

  @Override
  public int currentVersion(String tenant) {
    return 1;
  }

  @Override
  public synchronized WrappedKey wrap(String tenant, SecretKey dataKey) {
    try {
      Cipher c = Cipher.getInstance("AESWrap");
      c.init(Cipher.WRAP_MODE, kek(tenant));
      return new WrappedKey(1, c.wrap(dataKey));
    } catch (GeneralSecurityException e) {
      throw new CryptoException("wrap failed", e);
    }
  }

  @Override
  public synchronized SecretKey unwrap(String tenant, WrappedKey wrapped) {
    try {
      Cipher c = Cipher.getInstance("AESWrap");
      c.init(Cipher.UNWRAP_MODE, kek(tenant));
      return (SecretKey) c.unwrap(wrapped.bytes(), "AES", Cipher.SECRET_KEY);
    } catch (GeneralSecurityException e) {
      throw new CryptoException("unwrap failed", e);
    }
  }

  @Override
  public int rotate(String tenant) {
    throw new UnsupportedOperationException("the harness never rotates keys");
  }

  @Override
  public void destroy(String tenant, int version) {
    throw new UnsupportedOperationException("the harness never destroys keys");
  }

  @Override
  public int destroyAll(String tenant) {
    throw new UnsupportedOperationException("the harness never destroys keys");
  }

  /** Keys in memory are always there. */
  @Override
  public void checkReadable() {}

  @Override
  public synchronized SecretKey lookupKey(String tenant) {
    return lookup.computeIfAbsent(tenant, t -> generate("HmacSHA256", 256));
  }

  private SecretKey kek(String tenant) {
    return keks.computeIfAbsent(tenant, t -> generate("AES", 256));
  }

  private static SecretKey generate(String algorithm, int bits) {
    try {
      KeyGenerator g = KeyGenerator.getInstance(algorithm);
      g.init(bits);
      return g.generateKey();
    } catch (GeneralSecurityException e) {
      throw new CryptoException(algorithm + " key generation failed", e);
    }
  }
}
