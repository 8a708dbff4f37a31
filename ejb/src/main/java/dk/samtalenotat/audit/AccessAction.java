package dk.samtalenotat.audit;

/** What was done with personal data (domain.md, "Access log"). */
public enum AccessAction {
  /** Shown on a screen or returned by an API. */
  READ,
  /** A list or search; the entry holds the criterion. */
  SEARCH,
  CREATE,
  CHANGE,
  /** The caseworker approved the note. */
  APPROVE,
  /** Handed to another caseworker. */
  HAND_OVER,
  /** Processed by the application itself (speech-to-text, drafting). */
  PROCESS,
  /** Left the application in an export or an access request. */
  EXPORT,
  DELETE
}
