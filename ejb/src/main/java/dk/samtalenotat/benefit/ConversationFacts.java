package dk.samtalenotat.benefit;

import dk.samtalenotat.conversation.ConversationState;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * The metadata of one conversation that the benefit figures count: no content, no citizen, no
 * caseworker. Read straight from the database as a projection.
 *
 * @param team the owner's team at registration, or null
 * @param conversationTime when it took place (Danish time, as entered); decides the month
 * @param endedAt when it ended, recorded at approval; null before
 * @param draftChangedShare the share of the first generated draft changed before approval, 0..1
 */
public record ConversationFacts(
    String team,
    LocalDateTime conversationTime,
    ConversationState state,
    Instant endedAt,
    Instant approvedAt,
    Instant journalisedAt,
    int regenerations,
    int transcriptionFailures,
    int draftFailures,
    int journalFailures,
    Double draftChangedShare) {

  /** The citizen declined to be recorded, at registration or later. */
  public boolean declined() {
    return state == ConversationState.DECLINED;
  }
}
