package dk.samtalenotat.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps a flood of refusals out of the security log: a token bucket per source address and event id
 * lets a burst through and then a steady trickle; what it holds back is counted, and {@link #drain}
 * hands the counts over once per interval, so that the log says "N further refusals suppressed" in
 * one row per source and event instead of N rows. Only the record is throttled: the refused request
 * is refused all the same.
 *
 * <p>Memory is bounded: at most {@code maxSources} sources are tracked one by one; while that many
 * are, any further source shares one bucket per event id (source {@link #MANY_SOURCES}), so a flood
 * from many addresses is throttled as one. A bucket that is full again and has nothing to report is
 * dropped at the next {@link #drain}.
 *
 * <p>The state lives in this JVM: in a cluster each node throttles what it receives on its own, so
 * the log may hold up to one burst per node and source.
 */
public final class RefusalThrottle {

  /** The source of the shared bucket of sources beyond {@code maxSources}. */
  public static final String MANY_SOURCES = "*";

  /**
   * How the buckets are sized.
   *
   * @param burst refusals per source and event recorded one by one before throttling starts
   * @param perMinute the steady rate recorded after a burst (tokens added per minute)
   * @param maxSources how many source addresses are tracked one by one
   */
  public record Settings(int burst, double perMinute, int maxSources) {
    public Settings {
      if (burst < 1 || perMinute <= 0 || maxSources < 1) {
        throw new IllegalArgumentException(
            "throttle needs burst >= 1, a positive rate and maxSources >= 1");
      }
    }
  }

  /**
   * What was held back from one source for one event id since the last drain.
   *
   * @param source the source address, or {@link #MANY_SOURCES}
   * @param userKey the user all the suppressed refusals named, or null when none or several
   * @param tenantCvr the municipality all of them belonged to, or null when none or several
   * @param count how many were held back
   * @param first when the first of them came
   * @param last when the last of them came
   */
  public record Suppressed(
      String source,
      String eventId,
      String userKey,
      String tenantCvr,
      long count,
      Instant first,
      Instant last) {}

  private record Key(String source, String eventId) {}

  private static final class Bucket {
    double tokens;
    Instant refilledAt;
    long suppressed;
    Instant first;
    Instant last;
    String userKey;
    String tenantCvr;
    boolean mixedUser;
    boolean mixedTenant;

    Bucket(double tokens, Instant now) {
      this.tokens = tokens;
      this.refilledAt = now;
    }
  }

  private final Settings settings;
  private final Clock clock;
  private final Map<Key, Bucket> buckets = new HashMap<>();
  private int tracked;

  public RefusalThrottle(Settings settings, Clock clock) {
    this.settings = Objects.requireNonNull(settings);
    this.clock = Objects.requireNonNull(clock);
  }

  /**
   * Whether this refusal is to be recorded; when not, it is counted for the next {@link #drain}.
   *
   * @param source the client's address (null counts as one unknown source)
   * @param userKey the user the refusal names, if any
   * @param tenantCvr the municipality it belongs to, if any
   */
  public synchronized boolean admit(
      String source, String eventId, String userKey, String tenantCvr) {
    Instant now = clock.instant();
    Bucket b = bucket(source == null ? "unknown" : source, eventId, now);
    refill(b, now);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return true;
    }
    if (b.suppressed == 0) {
      b.first = now;
      b.userKey = userKey;
      b.tenantCvr = tenantCvr;
    } else {
      b.mixedUser |= !Objects.equals(b.userKey, userKey);
      b.mixedTenant |= !Objects.equals(b.tenantCvr, tenantCvr);
    }
    b.suppressed++;
    b.last = now;
    return false;
  }

  /**
   * What was held back since the last call, one entry per source and event id, and resets the
   * counts; forgets the buckets that are full again and have nothing to report.
   */
  public synchronized List<Suppressed> drain() {
    Instant now = clock.instant();
    List<Suppressed> out = new ArrayList<>();
    for (Iterator<Map.Entry<Key, Bucket>> it = buckets.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<Key, Bucket> e = it.next();
      Bucket b = e.getValue();
      if (b.suppressed > 0) {
        out.add(
            new Suppressed(
                e.getKey().source(),
                e.getKey().eventId(),
                b.mixedUser ? null : b.userKey,
                b.mixedTenant ? null : b.tenantCvr,
                b.suppressed,
                b.first,
                b.last));
        b.suppressed = 0;
        b.first = null;
        b.last = null;
        b.userKey = null;
        b.tenantCvr = null;
        b.mixedUser = false;
        b.mixedTenant = false;
      }
      refill(b, now);
      if (b.tokens >= settings.burst()) {
        it.remove();
        if (!MANY_SOURCES.equals(e.getKey().source())) {
          tracked--;
        }
      }
    }
    return out;
  }

  /** How many buckets are held now (for tests and monitoring). */
  public synchronized int size() {
    return buckets.size();
  }

  private Bucket bucket(String source, String eventId, Instant now) {
    Key key = new Key(source, eventId);
    Bucket b = buckets.get(key);
    if (b != null) {
      return b;
    }
    if (tracked >= settings.maxSources()) {
      key = new Key(MANY_SOURCES, eventId);
      b = buckets.get(key);
      if (b == null) {
        b = new Bucket(settings.burst(), now);
        buckets.put(key, b);
      }
      return b;
    }
    b = new Bucket(settings.burst(), now);
    buckets.put(key, b);
    tracked++;
    return b;
  }

  private void refill(Bucket b, Instant now) {
    if (now.isAfter(b.refilledAt)) {
      double minutes = Duration.between(b.refilledAt, now).toNanos() / 60e9;
      b.tokens = Math.min(settings.burst(), b.tokens + minutes * settings.perMinute());
      b.refilledAt = now;
    }
  }
}
