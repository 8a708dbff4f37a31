package dk.samtalenotat.conversation;

/** The caseworker acted on a draft version that has been superseded in the meantime. */
@jakarta.ejb.ApplicationException(rollback = true)
public class StaleDraftException extends RuntimeException {

  public StaleDraftException(int basedOn, int current) {
    super("draft version " + basedOn + " is not the current one (" + current + ")");
  }
}
