package dk.samtalenotat.journal;

/**
 * The case the caseworker chose is not one of the citizen's open cases in the case system's own
 * look-up; nothing was queued or sent. {@link #check()} says which it is, for the Danish message.
 * The transaction is kept: nothing was changed, and the look-up's access log entry must stay.
 */
@jakarta.ejb.ApplicationException(rollback = false)
public class CaseCheckException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final CaseCheck check;

  public CaseCheckException(CaseCheck check) {
    super("case check: " + check);
    this.check = check;
  }

  public CaseCheck check() {
    return check;
  }
}
