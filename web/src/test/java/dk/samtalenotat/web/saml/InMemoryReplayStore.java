package dk.samtalenotat.web.saml;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The {@link ReplayStore} of one node: a map for the look-up and a queue in the order the IDs
 * arrived for the expiry. Each call drops the expired IDs at the head of the queue, so expiry costs
 * amortised O(1) per ID and there is no cap to reach. Callers keep an ID for at most the lifetime
 * of a sign-on request ({@link SignOnCookie#LIFETIME}), so arrival order is close to expiry order;
 * an ID kept longer than those behind it only delays their removal, and a look-up never trusts an
 * entry past its time.
 */
public final class InMemoryReplayStore implements ReplayStore {

  private record Entry(String id, Instant keepUntil) {}

  private final Map<String, Instant> kept = new ConcurrentHashMap<>();
  private final Queue<Entry> arrivals = new ConcurrentLinkedQueue<>();
  private final ReentrantLock expiring = new ReentrantLock();
  private final Clock clock;

  public InMemoryReplayStore(Clock clock) {
    this.clock = clock;
  }

  @Override
  public boolean firstUse(String id, Instant keepUntil) {
    Instant now = clock.instant();
    expire(now);
    boolean[] first = {false};
    kept.compute(
        id,
        (k, until) -> {
          if (until == null || !until.isAfter(now)) {
            first[0] = true;
            return keepUntil;
          }
          return until;
        });
    if (first[0]) {
      arrivals.add(new Entry(id, keepUntil));
    }
    return first[0];
  }

  /** IDs kept now (for tests and monitoring). */
  public int size() {
    expire(clock.instant());
    return kept.size();
  }

  private void expire(Instant now) {
    // One thread expires at a time, so the head it looked at is the head it takes; the others go
    // on, since the next call expires what this one leaves.
    if (!expiring.tryLock()) {
      return;
    }
    try {
      for (Entry head = arrivals.peek();
          head != null && !head.keepUntil().isAfter(now);
          head = arrivals.peek()) {
        arrivals.poll();
        kept.remove(head.id(), head.keepUntil());
      }
    } finally {
      expiring.unlock();
    }
  }
}
