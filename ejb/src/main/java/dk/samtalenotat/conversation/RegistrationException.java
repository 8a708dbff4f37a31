package dk.samtalenotat.conversation;

/** A registration was refused; {@link #problem()} names the field and rule for the screen. */
@jakarta.ejb.ApplicationException(rollback = true)
public class RegistrationException extends RuntimeException {

  /** What is wrong. */
  public enum Problem {
    CPR_FORMAT,
    CPR_DATE,
    TYPE_MISSING,
    FORM_MISSING,
    TIME_MISSING,
    TIME_IN_FUTURE,
    CONSENT_MISSING,
    CONSENT_CONTRADICTORY,
    PARTICIPANT_INCOMPLETE,
    /** A participant's name with markup or an invisible character, or too long (SpeakerName). */
    PARTICIPANT_NAME_INVALID,
    /** The citizen has a standing refusal: register the conversation as declined. */
    CITIZEN_REFUSES_RECORDING
  }

  private final java.util.List<Problem> problems;

  public RegistrationException(Problem problem) {
    this(java.util.List.of(problem));
  }

  /** Every rule the registration breaks, so that the form can mark all of them at once. */
  public RegistrationException(java.util.List<Problem> problems) {
    super("registration refused: " + problems);
    this.problems = java.util.List.copyOf(problems);
  }

  /** The first problem. */
  public Problem problem() {
    return problems.get(0);
  }

  public java.util.List<Problem> problems() {
    return problems;
  }
}
