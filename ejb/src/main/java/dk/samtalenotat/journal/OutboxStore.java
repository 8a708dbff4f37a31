package dk.samtalenotat.journal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What {@link OutboxProcessor} needs from storage. Each method is its own transaction, so an
 * outcome is committed before the next call to a case system.
 */
public interface OutboxStore {

  /**
   * An entry due for a try, with its tenant.
   *
   * @param correlationId the id of the request that approved the note, or null: the try runs under
   *     it
   */
  record Due(long entryId, String tenantCvr, String correlationId) {}

  /**
   * A claimed try.
   *
   * @param outcomeUnknown whether an earlier try may have arrived: ask the case system first
   * @param attempt the number of this try, 1 for the first
   */
  record Work(long entryId, JournalNote note, boolean outcomeUnknown, int attempt) {}

  /** Entries due at {@code now}, oldest first. */
  List<Due> due(Instant now, int limit);

  /**
   * Claims the entry for one try, if it is still due: counts the attempt and marks the outcome
   * unknown until it is recorded, and makes the entry due again at {@code leaseEnd} should this
   * node die during the try. Empty when another node claimed it or it is no longer due.
   */
  Optional<Work> claim(long entryId, Instant now, Instant leaseEnd);

  /** The note is in the case system: store the receipt, the conversation is JOURNALISED. */
  void stored(long entryId, JournalReceipt receipt);

  /**
   * The case system took the note and confirms it later; unless the receipt comes first, the case
   * system is asked about it at {@code askAt}.
   */
  void accepted(long entryId, String transactionId, Instant askAt);

  /** Entries still waiting for their receipt whose time to ask has come, oldest first. */
  List<Due> awaitingReceipt(Instant now, int limit);

  /**
   * Claims an entry waiting for its receipt for one question to the case system, as {@link #claim}
   * does for a delivery; {@link Work#attempt()} is the number of this question, 1 for the first.
   */
  Optional<Work> claimReceiptQuery(long entryId, Instant now, Instant leaseEnd);

  /**
   * Still no receipt: ask again at {@code askAt}; with {@code attention} the conversation is marked
   * for its owner's and the administrator's attention with the reason.
   */
  void stillAwaiting(long entryId, Instant askAt, boolean attention, String reason);

  /**
   * The case system does not know the transaction: the note did not arrive after all and is sent
   * again (with the same idempotency key) at {@code at}.
   */
  void notArrived(long entryId, Instant at, String reason);

  /** Try again at {@code at}; {@code outcomeUnknown} when the try may have arrived. */
  void retryLater(long entryId, Instant at, boolean outcomeUnknown, String error);

  /** Not tried (the endpoint's breaker is open): due again at {@code at}, nothing else changes. */
  void postpone(long entryId, Instant at, String reason);

  /** Given up: the conversation is JOURNAL_FAILED with the reason. */
  void failed(long entryId, JournalFailure failure, String error);

  /**
   * The try looks the entry's citizen up in the case system (named {@code system}) to check the
   * case: written to the access log with the citizen's keyed hash. Nothing to do where no access
   * log is kept.
   */
  default void citizenLookedUp(long entryId, String system) {}
}
