package dk.samtalenotat.retention;

/** The kinds of content that are destroyed, each with its own data key. */
public enum ObjectType {
  AUDIO,
  TRANSCRIPT,
  DRAFT_VERSION
}
