package dk.samtalenotat.journal;

import dk.samtalenotat.security.PersonalData;
import dk.samtalenotat.tracing.Correlation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
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
 *   <li>A note handed to an asynchronous case system whose receipt does not come is asked about
 *       after {@link ReceiptWait#askAfter()}, again and again, and marked for attention after
 *       {@link ReceiptWait#attentionAfter()} questions in vain; a note the case system does not
 *       know is sent again with the same key.
 * </ul>
 *
 * Plain Java: the container wiring is in {@link JournalWorker}, storage behind {@link OutboxStore}.
 *
 * <p>What it logs and stores of a failure is the port exception's message, which the adapters build
 * from codes (system, operation, HTTP status, failure classes; see {@link PersonalData}), never a
 * URL or a remote answer.
 */
public final class OutboxProcessor {

  private static final Logger LOG = Logger.getLogger(OutboxProcessor.class.getName());

  private final OutboxStore store;
  private final Function<String, Optional<Journal>> journals;
  private final Function<String, CircuitBreaker> breakers;
  private final Backoff backoff;
  private final int maxAttempts;
  private final Duration lease;
  private final ReceiptWait receiptWait;
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
    this(
        store,
        journals,
        breakers,
        backoff,
        maxAttempts,
        lease,
        new ReceiptWait(Duration.ofHours(1), 3),
        clock);
  }

  /**
   * @param receiptWait when to ask about a receipt that has not come
   */
  public OutboxProcessor(
      OutboxStore store,
      Function<String, Optional<Journal>> journals,
      Function<String, CircuitBreaker> breakers,
      Backoff backoff,
      int maxAttempts,
      Duration lease,
      ReceiptWait receiptWait,
      Clock clock) {
    this.receiptWait = receiptWait;
    this.store = store;
    this.journals = journals;
    this.breakers = breakers;
    this.backoff = backoff;
    this.maxAttempts = maxAttempts;
    this.lease = lease;
    this.clock = clock;
  }

  /**
   * Tries every due entry once, and asks about every receipt that is overdue; returns how many
   * entries were tried or asked about.
   */
  public int runOnce(int batch) {
    int tried = 0;
    for (OutboxStore.Due d : store.due(clock.instant(), batch)) {
      // The scope spans the catch too: the failure's log line is the one most worth finding.
      Correlation.Scope scope = Correlation.open(d.correlationId());
      try {
        if (process(d)) {
          tried++;
        }
      } catch (RuntimeException e) {
        // One broken entry must not stop the others; it comes back after its lease. Only the
        // classes of the failure: a lower layer's message may quote the note or the citizen.
        LOG.severe(
            "journal entry "
                + d.entryId()
                + " could not be processed: "
                + PersonalData.causeChain(e));
      } finally {
        scope.close();
      }
    }
    for (OutboxStore.Due d : store.awaitingReceipt(clock.instant(), batch)) {
      Correlation.Scope scope = Correlation.open(d.correlationId());
      try {
        if (askForReceipt(d)) {
          tried++;
        }
      } catch (RuntimeException e) {
        LOG.severe(
            "receipt of journal entry "
                + d.entryId()
                + " not asked for: "
                + PersonalData.causeChain(e));
      } finally {
        scope.close();
      }
    }
    return tried;
  }

  /** One question about an overdue receipt; false when not asked (claimed elsewhere, breaker). */
  boolean askForReceipt(OutboxStore.Due due) {
    long id = due.entryId();
    Optional<Journal> configured = journals.apply(due.tenantCvr());
    Instant now = clock.instant();
    if (configured.isEmpty()) {
      store.stillAwaiting(
          id, now.plus(receiptWait.askAfter()), true, "no case system configured to ask");
      return true;
    }
    Journal journal = configured.get();
    CircuitBreaker breaker = breakers.apply(journal.endpoint());
    if (!breaker.tryAcquire()) {
      return false;
    }
    Optional<OutboxStore.Work> claimed = store.claimReceiptQuery(id, now, now.plus(lease));
    if (claimed.isEmpty()) {
      breaker.success();
      return false;
    }
    OutboxStore.Work work = claimed.get();
    JournalNote note = work.note();
    if (journal.looksUpCitizen()) {
      store.citizenLookedUp(id, journal.system());
    }
    boolean attention = work.attempt() >= receiptWait.attentionAfter();
    Optional<Delivery> found;
    try {
      found = journal.find(note);
    } catch (PermanentJournalException e) {
      breaker.success();
      store.failed(id, e.failure(), said(e));
      return true;
    } catch (JournalException e) {
      breaker.failure();
      store.stillAwaiting(
          id,
          clock.instant().plus(backoff.after(work.attempt())),
          attention,
          "receipt not asked for: " + said(e));
      return true;
    }
    breaker.success();
    if (found.isEmpty()) {
      LOG.warning(
          () ->
              "outbox entry "
                  + id
                  + " is unknown to "
                  + journal.endpoint()
                  + " although it was taken; sending it again");
      store.notArrived(id, clock.instant(), "the case system did not know the transaction");
    } else if (found.get() instanceof Delivery.Stored s) {
      store.stored(id, s.receipt());
    } else {
      if (work.attempt() == receiptWait.attentionAfter()) {
        LOG.warning(
            () ->
                "outbox entry "
                    + id
                    + " still has no receipt after "
                    + work.attempt()
                    + " questions; marked for attention, still asked");
      }
      store.stillAwaiting(
          id,
          clock.instant().plus(receiptWait.askAfter()),
          attention,
          "no business receipt after " + work.attempt() + " questions");
    }
    return true;
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
    if (journal.looksUpCitizen()) {
      store.citizenLookedUp(id, journal.system());
    }
    if (work.outcomeUnknown()) {
      Optional<Delivery> found;
      try {
        found = journal.find(note);
      } catch (PermanentJournalException e) {
        breaker.success();
        store.failed(id, e.failure(), said(e));
        return true;
      } catch (JournalException e) {
        // Still unknown whether it arrived: ask again next time, never send blindly.
        breaker.failure();
        retry(work, true, e);
        return true;
      } catch (RuntimeException e) {
        retry(work, true, crashed(id, e));
        return true;
      }
      if (found.isPresent()) {
        LOG.info(() -> "outbox entry " + id + " had arrived; not sent again");
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
      LOG.warning(() -> "outbox entry " + id + " refused: " + said(e));
      store.failed(id, e.failure(), said(e));
    } catch (UnknownOutcomeException e) {
      breaker.failure();
      retry(work, true, e);
    } catch (TransientJournalException e) {
      // Surely not arrived on this try, and (if there was doubt) the case system said it had not.
      breaker.failure();
      retry(work, false, e);
    } catch (JournalException e) {
      throw new IllegalStateException("unclassified journal exception", e);
    } catch (RuntimeException e) {
      // A bug in an adapter, possibly after the note went out: counted as an attempt whose outcome
      // is open, so it is asked about first, and after the last attempt the note is marked failed
      // instead of coming back after every lease for ever.
      retry(work, true, crashed(id, e));
    }
    return true;
  }

  private static UnknownOutcomeException crashed(long entryId, RuntimeException e) {
    // The classes and the place, not the messages: an adapter's exception may quote the note.
    StackTraceElement[] at = e.getStackTrace();
    LOG.severe(
        "journal adapter failed on outbox entry "
            + entryId
            + ": "
            + PersonalData.causeChain(e)
            + (at.length == 0 ? "" : " at " + at[0]));
    return new UnknownOutcomeException(
        "the adapter failed (" + e.getClass().getSimpleName() + ")", e);
  }

  private void record(long id, Delivery delivery) {
    if (delivery instanceof Delivery.Stored s) {
      store.stored(id, s.receipt());
    } else if (delivery instanceof Delivery.Accepted a) {
      store.accepted(id, a.transactionId(), clock.instant().plus(receiptWait.askAfter()));
    }
  }

  private void retry(OutboxStore.Work work, boolean unknown, JournalException e) {
    if (work.attempt() >= maxAttempts) {
      LOG.warning(
          () ->
              "outbox entry "
                  + work.entryId()
                  + " gave up after "
                  + work.attempt()
                  + " attempts: "
                  + said(e));
      store.failed(work.entryId(), JournalFailure.UNREACHABLE, said(e));
      return;
    }
    Instant at = clock.instant().plus(backoff.after(work.attempt()));
    LOG.info(
        () ->
            "outbox entry "
                + work.entryId()
                + " attempt "
                + work.attempt()
                + " failed, next at "
                + at
                + ": "
                + said(e));
    store.retryLater(work.entryId(), at, unknown, said(e));
  }

  /**
   * The failure as logged and stored. The adapters build their messages from codes; masking CPR
   * numbers here as well keeps an adapter's mistake out of the log and the outbox.
   */
  private static String said(JournalException e) {
    return PersonalData.maskCpr(e.getMessage());
  }
}
