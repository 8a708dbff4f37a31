package dk.samtalenotat.retention;

import dk.samtalenotat.journal.JournalReceipt;
import java.time.Instant;

/**
 * A deletion-evidence row as the compliance officer's export shows it, with the journal receipt of
 * its conversation: where the note lives on (null when it was never journalised: expired, refused,
 * a destroyed upload). The conversation is null for a key-encryption key version.
 */
public record DeletionRecord(
    long id,
    Long conversationId,
    String objectId,
    ObjectType objectType,
    RetentionRule rule,
    Instant scheduledAt,
    Instant executedAt,
    Actor.Executor executor,
    String executorUser,
    String ciphertextSha256,
    boolean late,
    JournalReceipt receipt) {

  public DeletionRecord(
      long id,
      Long conversationId,
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
        executedAt.isAfter(scheduledAt.plusSeconds(3600)),
        null);
  }

  /** The same row with its conversation's receipt. */
  public DeletionRecord withReceipt(JournalReceipt journalReceipt) {
    return new DeletionRecord(
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
        late,
        journalReceipt);
  }
}
