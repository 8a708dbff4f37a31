package dk.samtalenotat.conversation;

/** The text given is not a CPR number; {@link #problem()} says why. */
@jakarta.ejb.ApplicationException(rollback = true)
public class InvalidCprException extends IllegalArgumentException {

  private final Cpr.Problem problem;

  public InvalidCprException(Cpr.Problem problem) {
    super("invalid CPR number: " + problem);
    this.problem = problem;
  }

  public Cpr.Problem problem() {
    return problem;
  }
}
