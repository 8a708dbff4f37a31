package dk.samtalenotat.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * What the benefit figures count of a conversation: when it ended, was approved and journalised,
 * how often each step failed or was redone, how much of the draft was changed, the documentation
 * time and the draft's rating. Nothing personal. Recorded on the {@link Conversation} as things
 * happen and copied whole into its {@link PurgedConversation} when the row is purged, so the two
 * map the same columns in one place.
 */
@Embeddable
public class ConversationMetrics {

  @Column(name = "ended_at")
  Instant endedAt;

  @Column(name = "approved_at")
  Instant approvedAt;

  /** When the case system's receipt was first stored. */
  @Column(name = "journalised_at")
  Instant journalisedAt;

  /** Fresh drafts the caseworker asked for. */
  @Column(name = "regenerations", nullable = false)
  int regenerations;

  @Column(name = "transcription_failures", nullable = false)
  int transcriptionFailures;

  @Column(name = "draft_failures", nullable = false)
  int draftFailures;

  @Column(name = "journal_failures", nullable = false)
  int journalFailures;

  /** Share (0..1) of the first generated draft's words the caseworker changed before approval. */
  @Column(name = "draft_changed_share")
  Double draftChangedShare;

  /** The caseworker's active time on the review screen until approval; null when not measured. */
  @Column(name = "documentation_seconds")
  Integer documentationSeconds;

  /** The caseworker's optional 1-5 verdict on the draft at approval. */
  @Column(name = "draft_rating")
  Integer draftRating;

  protected ConversationMetrics() {}

  /**
   * Metrics given whole: for the demo's made-up history and for tests. The failure counts are zero.
   */
  public static ConversationMetrics of(
      Instant endedAt,
      Instant approvedAt,
      Instant journalisedAt,
      int regenerations,
      Double draftChangedShare,
      Integer documentationSeconds,
      Integer draftRating) {
    ConversationMetrics m = new ConversationMetrics();
    m.endedAt = endedAt;
    m.approvedAt = approvedAt;
    m.journalisedAt = journalisedAt;
    m.regenerations = regenerations;
    m.draftChangedShare = draftChangedShare;
    m.documentationSeconds = documentationSeconds;
    m.draftRating = draftRating;
    return m;
  }

  /** A copy, so that a purged conversation's record does not share the live entity's instance. */
  ConversationMetrics copy() {
    ConversationMetrics m =
        of(
            endedAt,
            approvedAt,
            journalisedAt,
            regenerations,
            draftChangedShare,
            documentationSeconds,
            draftRating);
    m.transcriptionFailures = transcriptionFailures;
    m.draftFailures = draftFailures;
    m.journalFailures = journalFailures;
    return m;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public Instant getJournalisedAt() {
    return journalisedAt;
  }

  public int getRegenerations() {
    return regenerations;
  }

  public int getTranscriptionFailures() {
    return transcriptionFailures;
  }

  public int getDraftFailures() {
    return draftFailures;
  }

  public int getJournalFailures() {
    return journalFailures;
  }

  public Double getDraftChangedShare() {
    return draftChangedShare;
  }

  public Integer getDocumentationSeconds() {
    return documentationSeconds;
  }

  public Integer getDraftRating() {
    return draftRating;
  }
}
