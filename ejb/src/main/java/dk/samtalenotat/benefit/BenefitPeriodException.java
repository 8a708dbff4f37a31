package dk.samtalenotat.benefit;

import jakarta.ejb.ApplicationException;

/** The period asked for cannot be reported; the screen says why in Danish. */
@ApplicationException(rollback = true)
public class BenefitPeriodException extends RuntimeException {

  /** What is wrong with the period. */
  public enum Problem {
    REVERSED,
    TOO_LONG
  }

  private final Problem problem;

  public BenefitPeriodException(Problem problem) {
    super("benefit figures period: " + problem);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
