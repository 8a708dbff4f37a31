package dk.samtalenotat.journal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Works off the outbox: one try per due entry, and the rules that make a note arrive exactly once.
 *
 * <ul>
 *   <li>A try is claimed (and committed) before the case system is called; should the node die
 *       during the call, the entry comes back after the lease with its outcome unknown.
 *   <li>When an earlier try may have arrived, the case system is asked for the idempotency key
 *       first; a create is never blindly repeated.
 *   <li>Transient failures wait with exponential back-off and count against the endpoint's circuit
 *       breaker; after {@code maxAttempts} the note fails visibly (JOURNAL_FAILED), never silently.
 *   <li>Permanent failures fail at once, with the reason the caseworker needs.
 * </ul>
 *
 * Plain Java: the container wiring is in {@link JournalWorker}, storage behind {@link OutboxStore}.
 */
public final class OutboxProcessor {

  private static final Logger LOG = Logger.getLogger(OutboxProcessor.class.getName());

  private final OutboxStore store;
  private final Function<String, Optional<Journal>> journals;
  private final Function<String, CircuitBreaker> breakers;
  private final Backoff backoff;
  private final int maxAttempts;
  private final Duration lease;
  private final Clock clock;

  /**
   * @param journals the case system of a tenant, by CVR
   * @param breakers the breaker of an endpoint, by {@link Journal#endpoint()}
   * @param lease how long a claimed try may take before another node takes it over
   */
  public OutboxProcessor(
      OutboxStore store,
      Function<String, Optional<Journal>> journals,
      Function<String, CircuitBreaker> breakers,
      Backoff backoff,
      int maxAttempts,
      Duration lease,
      Clock clock) {
    this.store = store;
    this.journals = journals;
    this.breakers = breakers;
    this.backoff = backoff;
    this.maxAttempts = maxAttempts;
    this.lease = lease;
    this.clock = clock;
  }

  /** Tries every due entry once; returns how many were tried. */
  public int runOnce(int batch) {
    List<OutboxStore.Due> due = store.due(clock.instant(), batch);
    int tried = 0;
    for (OutboxStore.Due d : due) {
      try {
        if (process(d)) {
          tried++;
        }
      } catch (RuntimeException e) {
        // One broken entry must not stop the others; it comes back after its lease.
        LOG.log(Level.SEVERE, "journal entry " + d.entryId() + " could not be processed", e);
      }
    }
    return tried;
  }

  /** One try of one entry; false when it was not tried (claimed elsewhere, breaker open). */
  boolean process(OutboxStore.Due due) {
    long id = due.entryId();
    Optional<Journal> configured = journals.apply(due.tenantCvr());
    if (configured.isEmpty()) {
      store.failed(id, JournalFailure.NOT_CONFIGURED, "no case system configured for the tenant");
      return true;
    }
    Journal journal = configured.get();
    CircuitBreaker breaker = breakers.apply(journal.endpoint());
    if (!breaker.tryAcquire()) {
      store.postpone(id, breaker.retryAt(), "circuit open for " + journal.endpoint());
      return false;
    }
    Instant now = clock.instant();
    Optional<OutboxStore.Work> claimed = store.claim(id, now, now.plus(lease));
    if (claimed.isEmpty()) {
      breaker.success();
      return false;
    }
    OutboxStore.Work work = claimed.get();
    JournalNote note = work.note();
    if (work.outcomeUnknown()) {
      Optional<Delivery> found;
      try {
        found = journal.find(note);
      } catch (PermanentJournalException e) {
        breaker.success();
        store.failed(id, e.failure(), e.getMessage());
        return true;
      } catch (JournalException e) {
        // Still unknown whether it arrived: ask again next time, never send blindly.
        breaker.failure();
        retry(work, true, e);
        return true;
      }
      if (found.isPresent()) {
        LOG.info(() -> "note " + note.idempotencyKey() + " had arrived; not sent again");
        breaker.success();
        record(id, found.get());
        return true;
      }
    }
    try {
      Delivery delivery = journal.deliver(note);
      breaker.success();
      record(id, delivery);
    } catch (PermanentJournalException e) {
      breaker.success();
      LOG.warning(() -> "note " + note.idempotencyKey() + " refused: " + e.getMessage());
      store.failed(id, e.failure(), e.getMessage());
    } catch (UnknownOutcomeException e) {
      breaker.failure();
      retry(work, true, e);
    } catch (TransientJournalException e) {
      // Surely not arrived on this try, and (if there was doubt) the case system said it had not.
      breaker.failure();
      retry(work, false, e);
    } catch (JournalException e) {
      throw new IllegalStateException("unclassified journal exception", e);
    }
    return true;
  }

  private void record(long id, Delivery delivery) {
    if (delivery instanceof Delivery.Stored s) {
      store.stored(id, s.receipt());
    } else if (delivery instanceof Delivery.Accepted a) {
      store.accepted(id, a.transactionId());
    }
  }

  private void retry(OutboxStore.Work work, boolean unknown, JournalException e) {
    if (work.attempt() >= maxAttempts) {
      LOG.warning(
          () ->
              "note "
                  + work.note().idempotencyKey()
                  + " gave up after "
                  + work.attempt()
                  + " attempts: "
                  + e.getMessage());
      store.failed(work.entryId(), JournalFailure.UNREACHABLE, e.getMessage());
      return;
    }
    Instant at = clock.instant().plus(backoff.after(work.attempt()));
    LOG.info(
        () ->
            "note "
                + work.note().idempotencyKey()
                + " attempt "
                + work.attempt()
                + " failed, next at "
                + at
                + ": "
                + e.getMessage());
    store.retryLater(work.entryId(), at, unknown, e.getMessage());
  }
}
