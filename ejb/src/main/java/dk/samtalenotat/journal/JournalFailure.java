package dk.samtalenotat.journal;

/**
 * Why a note could not be journalised, as the caseworker sees it: each code has a Danish text
 * ({@code journal.failure.CODE}) that says what to do.
 */
public enum JournalFailure {
  /** The case is closed (SBSYS 409). Pick another case. */
  CASE_CLOSED,
  /** No such case, or not the citizen's. Pick another case. */
  CASE_NOT_FOUND,
  /**
   * The case is not among the citizen's cases in the case system's own look-up: another citizen's,
   * or none. Checked before the first delivery and on resend; nothing was sent.
   */
  CASE_NOT_CITIZENS,
  /** No case chosen and none could be found for the citizen. */
  NO_CASE,
  /** The case system rejected the note's content (validation error, 4xx). */
  INVALID,
  /** The receiver rejected the note in its business receipt (AFVIST). */
  REJECTED,
  /** The receiver could not process the note (FEJLET, transport FEJL). */
  RECEIVER_FAILED,
  /** Authentication or authorisation failed: the administrator must fix the configuration. */
  NOT_AUTHORISED,
  /** No case system is configured for the municipality. */
  NOT_CONFIGURED,
  /** The case system did not answer through all retries. */
  UNREACHABLE
}
