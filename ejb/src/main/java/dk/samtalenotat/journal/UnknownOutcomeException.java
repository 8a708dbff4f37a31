package dk.samtalenotat.journal;

/**
 * The note may have arrived: the request was sent but no clear answer came back (a read timeout, a
 * 5xx after the create was sent). The next attempt must ask the case system first.
 */
public final class UnknownOutcomeException extends JournalException {

  private static final long serialVersionUID = 1L;

  public UnknownOutcomeException(String message) {
    this(message, null);
  }

  public UnknownOutcomeException(String message, Throwable cause) {
    super(message, cause);
  }
}
