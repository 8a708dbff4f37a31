package dk.samtalenotat.compliance;

/**
 * An access request export was asked for without a purpose (or with one longer than {@value
 * ComplianceDocuments#PURPOSE_MAX} characters): every export of a citizen's data is logged with why
 * it was made.
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class MissingPurposeException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public MissingPurposeException() {
    super("an access request export needs a stated purpose");
  }
}
