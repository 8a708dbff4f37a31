package dk.samtalenotat.retention;

/** What is destroyed: content, each with its own data key, and what holds the keys. */
public enum ObjectType {
  AUDIO,
  TRANSCRIPT,
  DRAFT_VERSION,
  /**
   * A conversation's row with its sealed CPR number and personal fields and its data key, once its
   * content is gone and the grace period has passed.
   */
  CONVERSATION,
  /** A version of a tenant's key-encryption key, in the key store. */
  KEY_VERSION,
  /**
   * A municipality's employee as the installation knew them (name, team, roles), deleted when the
   * municipality is offboarded; the access log keeps the pseudonymous user key.
   */
  USER,
  /** A recorder device's credential (its token's hash), deleted when the municipality leaves. */
  DEVICE_CREDENTIAL,
  /** A version of a municipality's note template, deleted when the municipality leaves. */
  TEMPLATE_VERSION,
  /**
   * A version of a municipality's settings (with its sealed secrets), its retention settings or a
   * benefit baseline, deleted when the municipality leaves.
   */
  SETTINGS
}
