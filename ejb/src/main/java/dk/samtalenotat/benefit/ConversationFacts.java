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
 * @param documentationSeconds the caseworker's active time on the review screen until approval
 * @param draftRating the caseworker's 1-5 rating of the draft at approval, or null
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
    Double draftChangedShare,
    Integer documentationSeconds,
    Integer draftRating) {

  /** Facts without documentation time or rating. */
  public ConversationFacts(
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
    this(
        team,
        conversationTime,
        state,
        endedAt,
        approvedAt,
        journalisedAt,
        regenerations,
        transcriptionFailures,
        draftFailures,
        journalFailures,
        draftChangedShare,
        null,
        null);
  }

  /** The facts a purged conversation's record keeps, as the figures read them from the database. */
  public static ConversationFacts of(dk.samtalenotat.conversation.PurgedConversation r) {
    return new ConversationFacts(
        r.getTeam(),
        r.getConversationTime(),
        r.getFinalState(),
        r.getEndedAt(),
        r.getApprovedAt(),
        r.getJournalisedAt(),
        r.getRegenerations(),
        r.getTranscriptionFailures(),
        r.getDraftFailures(),
        r.getJournalFailures(),
        r.getDraftChangedShare(),
        r.getDocumentationSeconds(),
        r.getDraftRating());
  }

  /** The citizen declined to be recorded, at registration or later. */
  public boolean declined() {
    return state == ConversationState.DECLINED;
  }
}
