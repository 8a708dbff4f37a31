package dk.samtalenotat.journal;

/** A confirmation of manual journalising the service cannot take: the caseworker corrects it. */
@jakarta.ejb.ApplicationException(rollback = true)
public class ManualReceiptException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What is wrong, each with a Danish text {@code journal.manual.CODE}. */
  public enum Reason {
    DOCUMENT_MISSING,
    TOO_LONG
  }

  private final Reason reason;

  public ManualReceiptException(Reason reason) {
    super(reason.name());
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
