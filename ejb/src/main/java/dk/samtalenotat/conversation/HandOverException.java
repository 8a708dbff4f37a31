package dk.samtalenotat.conversation;

/** The chosen colleague cannot take over the conversation; nothing was changed. */
@jakarta.ejb.ApplicationException(rollback = true)
public class HandOverException extends RuntimeException {

  public HandOverException() {
    super("the colleague cannot take over the conversation");
  }
}
