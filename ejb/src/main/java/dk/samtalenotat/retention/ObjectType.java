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
  KEY_VERSION
}
