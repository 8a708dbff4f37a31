package dk.samtalenotat.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;

/** Makes and opens data keys with the tenants' key-encryption keys. */
@ApplicationScoped
public class DataKeys {

  private KeyEncryptionKeys keks;

  protected DataKeys() {}

  @Inject
  public DataKeys(KeyEncryptionKeys keks) {
    this.keks = Objects.requireNonNull(keks);
  }

  /** A fresh data key for one object of the tenant, wrapped with the tenant's current KEK. */
  public DataKey create(String tenant) {
    var key = DataKey.generate();
    return new DataKey(key, keks.wrap(tenant, key));
  }

  /**
   * Opens a stored data key.
   *
   * @throws CryptoException when it cannot be unwrapped (its KEK version is destroyed, or it is not
   *     the tenant's)
   */
  public DataKey open(String tenant, WrappedKey wrapped) {
    return new DataKey(keks.unwrap(tenant, wrapped), wrapped);
  }

  /**
   * The same data key wrapped with the tenant's current KEK; the content it protects is not
   * touched. Returns {@code wrapped} itself when it is already current.
   */
  public WrappedKey rewrap(String tenant, WrappedKey wrapped) {
    if (wrapped.kekVersion() == keks.currentVersion(tenant)) {
      return wrapped;
    }
    return keks.wrap(tenant, keks.unwrap(tenant, wrapped));
  }

  public int currentVersion(String tenant) {
    return keks.currentVersion(tenant);
  }
}
