package dk.samtalenotat.journal;

/**
 * What the case system's own look-up says of a case reference for a citizen: whether a note about
 * that citizen may go there. A note goes only into one of the citizen's open cases; anything else
 * stops journalising before anything is sent.
 */
public enum CaseCheck {
  /** One of the citizen's cases, open. */
  CITIZENS_OPEN_CASE,
  /** One of the citizen's cases, but closed. */
  CLOSED,
  /** Not among the citizen's cases: another citizen's, or no such case. */
  NOT_CITIZENS;

  /** The failure that stops journalising, or null when the note may go. */
  public JournalFailure failure() {
    return switch (this) {
      case CITIZENS_OPEN_CASE -> null;
      case CLOSED -> JournalFailure.CASE_CLOSED;
      case NOT_CITIZENS -> JournalFailure.CASE_NOT_CITIZENS;
    };
  }
}
