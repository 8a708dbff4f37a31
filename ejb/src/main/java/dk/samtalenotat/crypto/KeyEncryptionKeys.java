package dk.samtalenotat.crypto;

import javax.crypto.SecretKey;

/**
 * The tenants' key-encryption keys (KEKs), kept in a key store the application never copies them
 * out of: a PKCS#12 file ({@link Pkcs12KeyEncryptionKeys}) locally, an HSM through PKCS#11 in
 * production. Everything above this interface only asks for data keys to be wrapped and unwrapped,
 * so an HSM implementation can keep the KEKs non-extractable.
 *
 * <p>Tenants are named by their CVR number. A tenant's first KEK (version 1) is created on first
 * use.
 */
public interface KeyEncryptionKeys {

  /** The version new data keys of the tenant are wrapped with. */
  int currentVersion(String tenant);

  /** Wraps a data key with the tenant's current KEK. */
  WrappedKey wrap(String tenant, SecretKey dataKey);

  /**
   * Unwraps a data key with the KEK version it was wrapped with.
   *
   * @throws CryptoException when that version does not exist (any more) or the wrapped key is not
   *     the tenant's
   */
  SecretKey unwrap(String tenant, WrappedKey wrapped);

  /**
   * Adds a new KEK version for the tenant and makes it current. Existing data keys stay readable
   * with their old version until they are re-wrapped ({@link DataKeys#rewrap}).
   *
   * @return the new version
   */
  int rotate(String tenant);

  /**
   * Destroys an old KEK version once nothing is wrapped with it any more. This is what makes
   * content unrecoverable also from database backups: a backup still holds the wrapped data keys of
   * content deleted since, but not the KEK that could unwrap them.
   *
   * @throws IllegalArgumentException for the current version
   */
  void destroy(String tenant, int version);

  /**
   * Destroys every key of a tenant that leaves the installation: all its KEK versions and its
   * look-up key. Every data key wrapped by them, in the database and in every backup of it, can no
   * longer be opened, and no stored look-up hash can be linked to a CPR number again. The tenant
   * must never be used again (a later use would create new keys).
   *
   * @return how many keys were destroyed
   */
  int destroyAll(String tenant);

  /**
   * The tenant's key for keyed look-up hashes ({@link CprHasher}). Never rotated: a new key would
   * make every stored hash unfindable.
   */
  SecretKey lookupKey(String tenant);

  /**
   * Checks that the key store can be opened as it stands now (the node's readiness), without
   * creating, changing or caching a key.
   *
   * @throws CryptoException when it cannot
   */
  void checkReadable();
}
