package dk.samtalenotat.journal;

import java.util.Optional;

/**
 * Port: journalises a note in the tenant's case system. An adapter never repeats a create on its
 * own; the outbox decides, and asks {@link #find} first whenever an earlier attempt may have
 * arrived.
 */
public interface Journal {

  /** The case system's name, as stored in receipts ("sbsys", "momentum", "sf2900"). */
  String system();

  /** One name per remote endpoint, for its circuit breaker. */
  String endpoint();

  /** Where the case system is reached, for the record of processing. */
  default String address() {
    return endpoint();
  }

  /**
   * Whether {@link #deliver} and {@link #find} first look the citizen up in the case system (to
   * check the case against the citizen): such look-ups go into the access log.
   */
  default boolean looksUpCitizen() {
    return false;
  }

  /**
   * Hands the note over, with its idempotency key. An adapter that can look the citizen up checks
   * first that the case is one of the citizen's open cases, and refuses with {@link
   * JournalFailure#CASE_NOT_CITIZENS} or {@link JournalFailure#CASE_CLOSED}, sending nothing, when
   * it is not.
   *
   * @throws PermanentJournalException when the case system refused it for good
   * @throws TransientJournalException when the note surely did not arrive and may later
   * @throws UnknownOutcomeException when the note may have arrived
   */
  Delivery deliver(JournalNote note) throws JournalException;

  /**
   * Whether a note with the note's idempotency key arrived in the case system.
   *
   * @return {@link Delivery.Stored} with the receipt when it is stored, {@link Delivery.Accepted}
   *     when it arrived and its receipt is still to come; empty when the case system is sure it did
   *     not arrive
   * @throws JournalException when the case system cannot answer
   */
  Optional<Delivery> find(JournalNote note) throws JournalException;
}
