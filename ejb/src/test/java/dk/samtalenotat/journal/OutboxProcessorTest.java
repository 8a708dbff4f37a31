package dk.samtalenotat.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox rules against a scripted case system that stores notes by idempotency key: exactly one
 * note per approval whatever fails, and a create is never repeated while its outcome is open.
 */
class OutboxProcessorTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-12T10:00:00Z"));
  private InMemoryOutboxStore store;
  private ScriptedJournal journal;
  private CircuitBreaker breaker;
  private OutboxProcessor processor;

  @BeforeEach
  void setUp() {
    store = new InMemoryOutboxStore();
    journal = new ScriptedJournal();
    breaker = new CircuitBreaker(3, Duration.ofMinutes(1), clock);
    processor =
        new OutboxProcessor(
            store,
            cvr -> Optional.of(journal),
            e -> breaker,
            new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(10)),
            5,
            Duration.ofMinutes(5),
            new ReceiptWait(Duration.ofMinutes(30), 3),
            clock);
  }

  @Test
  void deliversOnceAndStoresTheReceipt() {
    InMemoryOutboxStore.Entry e = store.add(JournalNoteTest.sample(), clock.instant());
    assertEquals(1, processor.runOnce(10));
    assertEquals(OutboxEntry.Status.DELIVERED, e.status);
    assertEquals("doc-1", e.receipt.remoteDocumentId());
    assertEquals(0, processor.runOnce(10));
    assertEquals(1, journal.stored.size());
  }

  @Test
  void transientFailureWaitsWithBackoffThenDelivers() {
    InMemoryOutboxStore.Entry e = store.add(JournalNoteTest.sample(), clock.instant());
    journal.script.add(Fault.TRANSIENT);
    processor.runOnce(10);
    assertEquals(OutboxEntry.Status.PENDING, e.status);
    assertFalse(e.unknown, "a refused connection leaves no doubt");
    assertEquals(0, processor.runOnce(10), "not due before the back-off");
    clock.advance(Duration.ofSeconds(13));
    processor.runOnce(10);
    assertEquals(OutboxEntry.Status.DELIVERED, e.status);
    assertEquals(0, journal.finds, "no doubt, no question");
  }

  @Test
  void timeoutAfterStoringAsksInsteadOfSendingAgain() {
    InMemoryOutboxStore.Entry e = store.add(JournalNoteTest.sample(), clock.instant());
    journal.script.add(Fault.STORE_THEN_TIMEOUT);
    processor.runOnce(10);
    assertTrue(e.unknown);
    clock.advance(Duration.ofMinutes(1));
    processor.runOnce(10);
    assertEquals(OutboxEntry.Status.DELIVERED, e.status);
    assertEquals(1, journal.finds);
    assertEquals(1, journal.stored.size(), "exactly one note in the case system");
    assertEquals(1, journal.creates);
  }

  @Test
  void timeoutBeforeStoringSendsAgainAfterAsking() {
    InMemoryOutboxStore.Entry e = store.add(JournalNoteTest.sample(), clock.instant());
    journal.script.add(Fault.TIMEOUT_WITHOUT_STORING);
    processor.runOnce(10);
    clock.advance(Duration.ofMinutes(1));
    processor.runOnce(10);
    assertEquals(OutboxEntry.Status.DELIVERED, e.status);
    assertEquals(1, journal.finds);
    assertEquals(2, journal.creates);
    assertEquals(1, journal.stored.size());
  }

  @Test
  void crashDuringTheCallComesBackAfterTheLeaseAndAsks() {
    InMemoryOutboxStore.Entry e = store.add(JournalNoteTest.sample(), clock.instant());
    // The node dies after the claim and after the case system stored the note.
    store.claim(e.id, clock.instant(), clock.instant().plus(Duration.ofMinutes(5)));
    journal.stored.put(e.note.idempotencyKey(), "doc-x");
    assertEquals(0, processor.runOnce(10), "leased to the dead node");
    clock.advance(Duration.ofMinutes(6));
    processor.runOnce(10);
    assertEquals(OutboxEntry.Status.DELIVERED, e.status);
    assertEquals("doc-x", e.receipt.remoteDocumentId());
    assertEquals(0, journal.creates);
  }

  @Test
  void permanentRefusalFailsAtOnceWithItsReason() {
    InMemoryOutboxStore.Entry e = store.add(JournalNoteTest.sample(), clock.instant());
    journal.script.add(Fault.CLOSED);
    processor.runOnce(10);
    assertEquals(OutboxEntry.Status.FAILED, e.status);
    assertEquals(JournalFailure.CASE_CLOSED, e.failure);
  }

  @Test
  void givesUpVisiblyAfterMaxAttempts() {
    InMemoryOutboxStore.Entry e = store.add(JournalNoteTest.sample(), clock.instant());
    for (int i = 0; i < 10; i++) {
      journal.script.add(Fault.TRANSIENT);
    }
    for (int i = 0; i < 10; i++) {
      processor.runOnce(10);
      clock.advance(Duration.ofMinutes(11));
    }
    assertEquals(OutboxEntry.Status.FAILED, e.status);
    assertEquals(JournalFailure.UNREACHABLE, e.failure);
    assertEquals(5, e.attempts);
  }

  @Test
  void anAdapterThatCrashesAfterStoringIsAskedFirstAndNotSentTwice() {
    InMemoryOutboxStore.Entry e = store.add(JournalNoteTest.sample(), clock.instant());
    journal.script.add(Fault.CRASH_AFTER_STORING);
    processor.runOnce(10);
    assertTrue(e.unknown, "a crash leaves the outcome open");
    clock.advance(Duration.ofMinutes(1));
    processor.runOnce(10);
    assertEquals(OutboxEntry.Status.DELIVERED, e.status);
    assertEquals(1, journal.creates);
    assertEquals(1, journal.stored.size());
  }

  @Test
  void anAdapterThatAlwaysCrashesIsGivenUpVisiblyAfterMaxAttempts() {
    InMemoryOutboxStore.Entry e = store.add(JournalNoteTest.sample(), clock.instant());
    for (int i = 0; i < 10; i++) {
      journal.script.add(Fault.CRASH_AFTER_STORING);
    }
    journal.crashWhenAsked = true;
    for (int i = 0; i < 10; i++) {
      processor.runOnce(10);
      clock.advance(Duration.ofMinutes(11));
    }
    assertEquals(OutboxEntry.Status.FAILED, e.status, "never left to come back for ever");
    assertEquals(5, e.attempts);
  }

  @Test
  void openBreakerHoldsEveryNoteForThatEndpoint() {
    for (int i = 0; i < 5; i++) {
      store.add(JournalNoteTest.sample().forCase("c", "k" + i), clock.instant());
    }
    for (int i = 0; i < 5; i++) {
      journal.script.add(Fault.TRANSIENT);
    }
    processor.runOnce(10);
    assertEquals(3, journal.calls, "the breaker opened after three failures");
    assertEquals(CircuitBreaker.State.OPEN, breaker.state());
    clock.advance(Duration.ofSeconds(61));
    journal.script.clear();
    processor.runOnce(10);
    assertEquals(5, journal.stored.size());
    assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
  }

  @Test
  void asynchronousSystemsWaitForTheirReceipt() {
    InMemoryOutboxStore.Entry e = store.add(JournalNoteTest.sample(), clock.instant());
    journal.async = true;
    processor.runOnce(10);
    assertEquals(OutboxEntry.Status.AWAITING_RECEIPT, e.status);
    assertEquals(0, processor.runOnce(10));
  }

  @Test
  void overdueReceiptIsAskedForAndStoredWhenTheCaseSystemHasIt() {
    InMemoryOutboxStore.Entry e = store.add(JournalNoteTest.sample(), clock.instant());
    journal.async = true;
    processor.runOnce(10);
    assertEquals(OutboxEntry.Status.AWAITING_RECEIPT, e.status);
    clock.advance(Duration.ofMinutes(29));
    processor.runOnce(10);
    assertEquals(0, journal.finds, "not asked before the wait is over");
    journal.accepted.add(e.note.idempotencyKey());
    clock.advance(Duration.ofMinutes(2));
    processor.runOnce(10);
    assertEquals(1, journal.finds);
    assertEquals(OutboxEntry.Status.DELIVERED, e.status);
    assertEquals("doc-1", e.receipt.remoteDocumentId());
    assertEquals(1, journal.creates, "asked, never sent again");
  }

  @Test
  void receiptThatNeverComesIsAskedForAgainAndThenMarkedForAttention() {
    InMemoryOutboxStore.Entry e = store.add(JournalNoteTest.sample(), clock.instant());
    journal.async = true;
    journal.answersWithoutReceipt = true;
    processor.runOnce(10);
    for (int i = 1; i <= 2; i++) {
      clock.advance(Duration.ofMinutes(31));
      processor.runOnce(10);
      assertEquals(i, journal.finds);
      assertFalse(e.attention, "not yet after " + i + " questions");
      assertEquals(OutboxEntry.Status.AWAITING_RECEIPT, e.status);
    }
    clock.advance(Duration.ofMinutes(31));
    processor.runOnce(10);
    assertTrue(e.attention, "marked for attention after the third question in vain");
    assertEquals(OutboxEntry.Status.AWAITING_RECEIPT, e.status, "a late receipt still counts");
    assertTrue(e.error.contains("no business receipt after 3 questions"), e.error);
    clock.advance(Duration.ofMinutes(31));
    processor.runOnce(10);
    assertEquals(4, journal.finds, "still asked, never left silently");
    assertEquals(1, journal.creates, "never sent again while the case system has it");
  }

  @Test
  void takenNoteUnknownToTheCaseSystemIsSentAgainWithTheSameKey() {
    InMemoryOutboxStore.Entry e = store.add(JournalNoteTest.sample(), clock.instant());
    journal.async = true;
    processor.runOnce(10);
    // The distributor lost it: it does not know the transaction when asked.
    journal.stored.clear();
    journal.unknownWhenAsked = true;
    clock.advance(Duration.ofMinutes(31));
    processor.runOnce(10);
    assertEquals(OutboxEntry.Status.PENDING, e.status);
    assertFalse(e.unknown, "the case system said it has nothing: safe to send");
    processor.runOnce(10);
    assertEquals(2, journal.creates);
    assertEquals(OutboxEntry.Status.AWAITING_RECEIPT, e.status);
    assertEquals(1, journal.stored.size(), "one note under the one key");
  }

  @Test
  void rejectionFoundWhenAskingFailsTheNote() {
    InMemoryOutboxStore.Entry e = store.add(JournalNoteTest.sample(), clock.instant());
    journal.async = true;
    processor.runOnce(10);
    journal.rejectedWhenAsked = true;
    clock.advance(Duration.ofMinutes(31));
    processor.runOnce(10);
    assertEquals(OutboxEntry.Status.FAILED, e.status);
    assertEquals(JournalFailure.REJECTED, e.failure);
  }

  @Test
  void caseSystemDownWhenAskedWaitsWithBackoffAndStillRaisesAttention() {
    InMemoryOutboxStore.Entry e = store.add(JournalNoteTest.sample(), clock.instant());
    journal.async = true;
    processor.runOnce(10);
    journal.downWhenAsked = true;
    for (int i = 0; i < 3; i++) {
      clock.advance(Duration.ofMinutes(31));
      processor.runOnce(10);
    }
    assertEquals(3, journal.finds);
    assertTrue(e.attention);
    assertEquals(OutboxEntry.Status.AWAITING_RECEIPT, e.status);
    assertTrue(e.error.startsWith("receipt not asked for"), e.error);
  }

  enum Fault {
    TRANSIENT,
    STORE_THEN_TIMEOUT,
    TIMEOUT_WITHOUT_STORING,
    CLOSED,
    /** The adapter throws an unchecked exception after the case system stored the note. */
    CRASH_AFTER_STORING
  }

  /** A case system that keeps notes by idempotency key and fails as scripted. */
  static final class ScriptedJournal implements Journal {
    final Deque<Fault> script = new ArrayDeque<>();
    final Map<String, String> stored = new HashMap<>();
    int creates;
    int finds;
    int calls;
    boolean async;

    /** Notes whose business receipt (ACCEPTERET) the case system has. */
    final java.util.Set<String> accepted = new java.util.HashSet<>();

    boolean answersWithoutReceipt;
    boolean unknownWhenAsked;
    boolean rejectedWhenAsked;
    boolean downWhenAsked;
    boolean crashWhenAsked;

    @Override
    public String system() {
      return "fake";
    }

    @Override
    public String endpoint() {
      return "fake";
    }

    @Override
    public Delivery deliver(JournalNote note) throws JournalException {
      calls++;
      Fault f = script.poll();
      if (f == Fault.TRANSIENT) {
        throw new TransientJournalException("connection refused");
      }
      if (f == Fault.CLOSED) {
        throw new PermanentJournalException(JournalFailure.CASE_CLOSED, "409");
      }
      creates++;
      if (f == Fault.TIMEOUT_WITHOUT_STORING) {
        throw new UnknownOutcomeException("read timeout");
      }
      stored.putIfAbsent(note.idempotencyKey(), "doc-" + (stored.size() + 1));
      if (f == Fault.STORE_THEN_TIMEOUT) {
        throw new UnknownOutcomeException("read timeout");
      }
      if (f == Fault.CRASH_AFTER_STORING) {
        throw new IllegalStateException("bug in the adapter");
      }
      if (async) {
        return new Delivery.Accepted(note.idempotencyKey());
      }
      return new Delivery.Stored(
          new JournalReceipt(
              "fake", note.caseReference(), stored.get(note.idempotencyKey()), null));
    }

    @Override
    public Optional<Delivery> find(JournalNote note) throws JournalException {
      finds++;
      if (crashWhenAsked) {
        throw new IllegalStateException("bug in the adapter");
      }
      if (downWhenAsked) {
        throw new TransientJournalException("connection refused");
      }
      if (rejectedWhenAsked) {
        throw new PermanentJournalException(JournalFailure.REJECTED, "AFVIST");
      }
      if (unknownWhenAsked) {
        unknownWhenAsked = false;
        return Optional.empty();
      }
      if (async
          && stored.containsKey(note.idempotencyKey())
          && (answersWithoutReceipt || !accepted.contains(note.idempotencyKey()))) {
        return Optional.of(new Delivery.Accepted(note.idempotencyKey()));
      }
      return Optional.ofNullable(stored.get(note.idempotencyKey()))
          .map(
              doc ->
                  new Delivery.Stored(new JournalReceipt("fake", note.caseReference(), doc, null)));
    }
  }
}
