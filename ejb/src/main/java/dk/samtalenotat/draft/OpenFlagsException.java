package dk.samtalenotat.draft;

/**
 * Approval refused: the current draft version has facts the transcript does not support that the
 * caseworker has neither corrected nor confirmed.
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class OpenFlagsException extends RuntimeException {

  private final long open;

  public OpenFlagsException(int versionNo, long open) {
    super("draft version " + versionNo + " has " + open + " unresolved flag(s)");
    this.open = open;
  }

  /** How many flags are unresolved. */
  public long open() {
    return open;
  }
}
