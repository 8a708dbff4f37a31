package dk.samtalenotat.conversation;

/**
 * No conversation with that id that the caller may see. Deliberately the same whether it does not
 * exist or belongs to someone else, so that ids reveal nothing.
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class ConversationNotFoundException extends RuntimeException {

  public ConversationNotFoundException(long id) {
    super("no conversation " + id + " for this caller");
  }
}
