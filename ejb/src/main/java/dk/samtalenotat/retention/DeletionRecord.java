package dk.samtalenotat.retention;

import java.time.Instant;

/** A deletion-evidence row as the compliance officer's export shows it. */
public record DeletionRecord(
    long id,
    long conversationId,
    String objectId,
    ObjectType objectType,
    RetentionRule rule,
    Instant scheduledAt,
    Instant executedAt,
    Actor.Executor executor,
    String executorUser,
    String ciphertextSha256,
    boolean late) {

  public DeletionRecord(
      long id,
      long conversationId,
      String objectId,
      ObjectType objectType,
      RetentionRule rule,
      Instant scheduledAt,
      Instant executedAt,
      Actor.Executor executor,
      String executorUser,
      String ciphertextSha256) {
    this(
        id,
        conversationId,
        objectId,
        objectType,
        rule,
        scheduledAt,
        executedAt,
        executor,
        executorUser,
        ciphertextSha256,
        // A sweep runs every few minutes; an hour past the schedule means it was not kept.
        executedAt.isAfter(scheduledAt.plusSeconds(3600)));
  }
}
