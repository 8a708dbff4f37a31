package dk.samtalenotat.journal;

/** The note surely did not arrive (no connection, 429, a 5xx on a read) and may if tried later. */
public final class TransientJournalException extends JournalException {

  private static final long serialVersionUID = 1L;

  public TransientJournalException(String message) {
    this(message, null);
  }

  public TransientJournalException(String message, Throwable cause) {
    super(message, cause);
  }
}
