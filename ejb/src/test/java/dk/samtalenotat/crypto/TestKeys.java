package dk.samtalenotat.crypto;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/** Key-encryption keys held in memory, for tests that need encryption but no key store file. */
public final class TestKeys implements KeyEncryptionKeys {

  private final Map<String, List<SecretKey>> keks = new HashMap<>();
  private final Map<String, SecretKey> lookup = new HashMap<>();

  public static DataKeys dataKeys() {
    return new DataKeys(new TestKeys());
  }

  public DataKeys asDataKeys() {
    return new DataKeys(this);
  }

  public CprHasher hasher() {
    return new CprHasher(this);
  }

  /** A data key nobody can unwrap again: for objects whose decryption a test does not need. */
  public static DataKey throwaway() {
    return new DataKey(DataKey.generate(), new WrappedKey(1, new byte[40]));
  }

  @Override
  public synchronized int currentVersion(String tenant) {
    return versions(tenant).size();
  }

  @Override
  public synchronized WrappedKey wrap(String tenant, SecretKey dataKey) {
    int v = currentVersion(tenant);
    try {
      Cipher c = Cipher.getInstance("AESWrap");
      c.init(Cipher.WRAP_MODE, versions(tenant).get(v - 1));
      return new WrappedKey(v, c.wrap(dataKey));
    } catch (GeneralSecurityException e) {
      throw new CryptoException("wrap", e);
    }
  }

  @Override
  public synchronized SecretKey unwrap(String tenant, WrappedKey wrapped) {
    List<SecretKey> v = versions(tenant);
    SecretKey kek = wrapped.kekVersion() <= v.size() ? v.get(wrapped.kekVersion() - 1) : null;
    if (kek == null) {
      throw new CryptoException("no version " + wrapped.kekVersion());
    }
    try {
      Cipher c = Cipher.getInstance("AESWrap");
      c.init(Cipher.UNWRAP_MODE, kek);
      return (SecretKey) c.unwrap(wrapped.bytes(), "AES", Cipher.SECRET_KEY);
    } catch (GeneralSecurityException e) {
      throw new CryptoException("unwrap", e);
    }
  }

  @Override
  public synchronized int rotate(String tenant) {
    versions(tenant).add(DataKey.generate());
    return currentVersion(tenant);
  }

  @Override
  public synchronized void destroy(String tenant, int version) {
    versions(tenant).set(version - 1, null);
  }

  @Override
  public synchronized int destroyAll(String tenant) {
    List<SecretKey> v = keks.remove(tenant);
    int n = v == null ? 0 : (int) v.stream().filter(k -> k != null).count();
    return n + (lookup.remove(tenant) == null ? 0 : 1);
  }

  /** Keys in memory are always there. */
  @Override
  public void checkReadable() {}

  @Override
  public synchronized SecretKey lookupKey(String tenant) {
    return lookup.computeIfAbsent(
        tenant,
        t -> {
          try {
            return KeyGenerator.getInstance("HmacSHA256").generateKey();
          } catch (GeneralSecurityException e) {
            throw new CryptoException("hmac", e);
          }
        });
  }

  private List<SecretKey> versions(String tenant) {
    return keks.computeIfAbsent(
        tenant,
        t -> {
          List<SecretKey> list = new ArrayList<>();
          list.add(DataKey.generate());
          return list;
        });
  }
}
