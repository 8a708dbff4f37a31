package dk.samtalenotat.conversation;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A line of the caseworker's conversation list; the CPR number is masked. */
public record ConversationSummary(
    long id,
    ConversationState state,
    ConversationType type,
    ConversationForm form,
    LocalDateTime conversationTime,
    String maskedCpr,
    String caseReference,
    Problem problem)
    implements Serializable {

  static ConversationSummary of(Conversation c) {
    return new ConversationSummary(
        c.getId(),
        c.getState(),
        c.getType(),
        c.getForm(),
        c.getConversationTime(),
        c.getCitizen().masked(),
        c.getCaseReference(),
        c.getProblem());
  }
}
