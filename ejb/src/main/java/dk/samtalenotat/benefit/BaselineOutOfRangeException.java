package dk.samtalenotat.benefit;

import jakarta.ejb.ApplicationException;

/** A baseline outside 1..600 minutes per note; nothing is changed. */
@ApplicationException(rollback = true)
public class BaselineOutOfRangeException extends RuntimeException {

  public BaselineOutOfRangeException(int minutes) {
    super(
        "baseline of "
            + minutes
            + " minutes per note is outside "
            + BenefitBaseline.MIN_MINUTES
            + ".."
            + BenefitBaseline.MAX_MINUTES);
  }
}
