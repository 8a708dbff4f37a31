package dk.samtalenotat.retention;

/** An administrator asked to keep content longer than its cap allows; nothing was changed. */
@jakarta.ejb.ApplicationException(rollback = true)
public class RetentionAboveCapException extends RuntimeException {

  private final ObjectType type;
  private final int capDays;

  public RetentionAboveCapException(ObjectType type, int capDays) {
    super(type + " may be kept at most " + capDays + " days");
    this.type = type;
    this.capDays = capDays;
  }

  public ObjectType type() {
    return type;
  }

  public int capDays() {
    return capDays;
  }
}
