package dk.samtalenotat.conversation;

import dk.samtalenotat.crypto.CprHasher;
import dk.samtalenotat.crypto.DataKey;
import dk.samtalenotat.crypto.DataKeys;
import dk.samtalenotat.crypto.WrappedKey;

/**
 * A citizen's CPR number as a conversation stores it: encrypted with the conversation's own data
 * key, and the tenant's keyed hash of it, by which a citizen's conversations are found without the
 * number being readable in the database.
 *
 * @param cpr the number itself, for the conversation in memory
 * @param hash the keyed hash ({@link CprHasher})
 * @param ciphertext the number encrypted, bound to the hash
 * @param key the data key, wrapped
 * @param dataKey the same data key, open: the conversation seals its other personal fields with it
 */
public record SealedCpr(Cpr cpr, String hash, String ciphertext, WrappedKey key, DataKey dataKey) {

  /** Encrypts the number for a new conversation of the tenant. */
  public static SealedCpr seal(Cpr cpr, String tenantCvr, DataKeys keys, CprHasher hasher) {
    String hash = hasher.hash(tenantCvr, cpr.digits());
    DataKey key = keys.create(tenantCvr);
    return new SealedCpr(cpr, hash, key.seal(objectId(hash), cpr.digits()), key.wrapped(), key);
  }

  /** Never the number: this may end up in a log. */
  @Override
  public String toString() {
    return "SealedCpr[" + cpr + "]";
  }

  /** Binding the ciphertext to the hash keeps it from being moved to another citizen's row. */
  static String objectId(String hash) {
    return "cpr:" + hash;
  }
}
