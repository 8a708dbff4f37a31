package dk.samtalenotat.journal;

/** The case system refused the note, and will again: the caseworker must act. */
public final class PermanentJournalException extends JournalException {

  private static final long serialVersionUID = 1L;

  private final JournalFailure failure;

  public PermanentJournalException(JournalFailure failure, String message) {
    this(failure, message, null);
  }

  public PermanentJournalException(JournalFailure failure, String message, Throwable cause) {
    super(message, cause);
    this.failure = failure;
  }

  public JournalFailure failure() {
    return failure;
  }
}
