package dk.samtalenotat.web.saml;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Assertion IDs already accepted, each kept until the assertion could no longer be valid anyway, so
 * the same assertion is never accepted twice.
 */
public final class ReplayCache {

  private final Map<String, Instant> seen = new ConcurrentHashMap<>();
  private final Clock clock;

  public ReplayCache(Clock clock) {
    this.clock = clock;
  }

  /**
   * Records an ID.
   *
   * @return false if the ID was seen before (a replay)
   */
  public boolean firstSight(String id, Instant keepUntil) {
    Instant now = clock.instant();
    seen.values().removeIf(until -> until.isBefore(now));
    return seen.putIfAbsent(id, keepUntil) == null;
  }
}
