package dk.samtalenotat.conversation;

/** The citizen has a standing refusal to be recorded: no audio or transcript was taken. */
@jakarta.ejb.ApplicationException(rollback = true)
public class RecordingRefusedException extends RuntimeException {

  public RecordingRefusedException(long conversationId) {
    super("the citizen of conversation " + conversationId + " refuses to be recorded");
  }
}
