package dk.samtalenotat.conversation;

/** A conversation was asked to move to a state its life cycle does not allow from where it is. */
@jakarta.ejb.ApplicationException(rollback = true)
public class IllegalTransitionException extends IllegalStateException {

  private final ConversationState from;
  private final ConversationState to;

  public IllegalTransitionException(
      long conversationId, ConversationState from, ConversationState to) {
    super("conversation " + conversationId + " cannot move from " + from + " to " + to);
    this.from = from;
    this.to = to;
  }

  public ConversationState from() {
    return from;
  }

  public ConversationState to() {
    return to;
  }
}
