package dk.samtalenotat.web.saml;

/** A SAML message refused by one named check; {@link #getMessage()} is for the log only. */
public class SamlRejectedException extends Exception {

  private static final long serialVersionUID = 1L;

  private final SamlCheck check;

  public SamlRejectedException(SamlCheck check, String detail) {
    super(check.eventId() + " " + check.rule() + (detail == null ? "" : ": " + detail));
    this.check = check;
  }

  public SamlRejectedException(SamlCheck check, String detail, Throwable cause) {
    super(check.eventId() + " " + check.rule() + (detail == null ? "" : ": " + detail), cause);
    this.check = check;
  }

  public SamlCheck check() {
    return check;
  }
}
