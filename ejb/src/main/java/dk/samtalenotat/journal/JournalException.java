package dk.samtalenotat.journal;

/**
 * A case system did not take a note or did not answer. The subclass says what the outbox may do:
 * give up ({@link PermanentJournalException}), try again later ({@link TransientJournalException})
 * or ask first whether the note arrived ({@link UnknownOutcomeException}).
 */
public abstract sealed class JournalException extends Exception
    permits PermanentJournalException, TransientJournalException, UnknownOutcomeException {

  private static final long serialVersionUID = 1L;

  protected JournalException(String message, Throwable cause) {
    super(message, cause);
  }
}
