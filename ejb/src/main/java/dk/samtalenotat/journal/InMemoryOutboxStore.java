package dk.samtalenotat.journal;

import dk.samtalenotat.tracing.Correlation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox in memory, with the same claim rules as {@link JpaOutboxStore}: for tests and the
 * benchmark, never for production (it forgets everything on restart).
 */
public final class InMemoryOutboxStore implements OutboxStore {

  public static final class Entry {
    public final long id;
    public final JournalNote note;
    public OutboxEntry.Status status = OutboxEntry.Status.PENDING;
    public int attempts;
    public boolean unknown;
    public Instant next;
    public JournalReceipt receipt;
    public JournalFailure failure;
    public String error;
    public String transactionId;
    public int receiptQueries;
    public boolean attention;
    public final String correlationId = Correlation.current();

    Entry(long id, JournalNote note, Instant next) {
      this.id = id;
      this.note = note;
      this.next = next;
    }
  }

  public final Map<Long, Entry> entries = new LinkedHashMap<>();
  public int receiptsStored;

  public synchronized Entry add(JournalNote note, Instant at) {
    Entry e = new Entry(entries.size() + 1, note, at);
    entries.put(e.id, e);
    return e;
  }

  @Override
  public synchronized List<Due> due(Instant now, int limit) {
    List<Due> out = new ArrayList<>();
    for (Entry e : entries.values()) {
      if (e.status == OutboxEntry.Status.PENDING && !e.next.isAfter(now) && out.size() < limit) {
        out.add(new Due(e.id, e.note.tenantCvr(), e.correlationId));
      }
    }
    return out;
  }

  @Override
  public synchronized Optional<Work> claim(long entryId, Instant now, Instant leaseEnd) {
    Entry e = entries.get(entryId);
    if (e.status != OutboxEntry.Status.PENDING || e.next.isAfter(now)) {
      return Optional.empty();
    }
    boolean was = e.unknown;
    e.attempts++;
    e.unknown = true;
    e.next = leaseEnd;
    return Optional.of(new Work(entryId, e.note, was, e.attempts));
  }

  @Override
  public synchronized void stored(long entryId, JournalReceipt receipt) {
    Entry e = entries.get(entryId);
    if (e.status == OutboxEntry.Status.DELIVERED) {
      return;
    }
    e.status = OutboxEntry.Status.DELIVERED;
    e.unknown = false;
    e.receipt = receipt;
    receiptsStored++;
  }

  @Override
  public synchronized void accepted(long entryId, String transactionId, Instant askAt) {
    Entry e = entries.get(entryId);
    if (e.status == OutboxEntry.Status.PENDING) {
      e.status = OutboxEntry.Status.AWAITING_RECEIPT;
      e.unknown = false;
      e.transactionId = transactionId;
      e.next = askAt;
    }
  }

  @Override
  public synchronized List<Due> awaitingReceipt(Instant now, int limit) {
    List<Due> out = new ArrayList<>();
    for (Entry e : entries.values()) {
      if (e.status == OutboxEntry.Status.AWAITING_RECEIPT
          && !e.next.isAfter(now)
          && out.size() < limit) {
        out.add(new Due(e.id, e.note.tenantCvr(), e.correlationId));
      }
    }
    return out;
  }

  @Override
  public synchronized Optional<Work> claimReceiptQuery(
      long entryId, Instant now, Instant leaseEnd) {
    Entry e = entries.get(entryId);
    if (e.status != OutboxEntry.Status.AWAITING_RECEIPT || e.next.isAfter(now)) {
      return Optional.empty();
    }
    e.receiptQueries++;
    e.next = leaseEnd;
    return Optional.of(new Work(entryId, e.note, false, e.receiptQueries));
  }

  @Override
  public synchronized void stillAwaiting(
      long entryId, Instant askAt, boolean attention, String reason) {
    Entry e = entries.get(entryId);
    if (e.status != OutboxEntry.Status.AWAITING_RECEIPT) {
      return;
    }
    e.next = askAt;
    e.error = reason;
    e.attention |= attention;
  }

  @Override
  public synchronized void notArrived(long entryId, Instant at, String reason) {
    Entry e = entries.get(entryId);
    if (e.status != OutboxEntry.Status.AWAITING_RECEIPT) {
      return;
    }
    e.status = OutboxEntry.Status.PENDING;
    e.unknown = false;
    e.next = at;
    e.error = reason;
  }

  @Override
  public synchronized void retryLater(
      long entryId, Instant at, boolean outcomeUnknown, String error) {
    Entry e = entries.get(entryId);
    e.next = at;
    e.unknown = outcomeUnknown;
    e.error = error;
  }

  @Override
  public synchronized void postpone(long entryId, Instant at, String reason) {
    Entry e = entries.get(entryId);
    if (e.next.isBefore(at)) {
      e.next = at;
    }
  }

  @Override
  public synchronized void failed(long entryId, JournalFailure failure, String error) {
    Entry e = entries.get(entryId);
    if (e.status == OutboxEntry.Status.DELIVERED) {
      return;
    }
    e.status = OutboxEntry.Status.FAILED;
    e.failure = failure;
    e.error = error;
  }
}
