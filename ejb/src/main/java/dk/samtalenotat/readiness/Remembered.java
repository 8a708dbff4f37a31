package dk.samtalenotat.readiness;

import dk.samtalenotat.health.Outcome;
import dk.samtalenotat.health.Probe;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A probe whose outcome is kept for a few seconds, so that a balancer polling every node every
 * second or two costs the database, broker and key store one check per interval.
 */
final class Remembered implements Probe {

  private record Last(Instant at, Outcome outcome) {}

  private final Probe probe;
  private final Clock clock;
  private final Duration remember;
  private volatile Last last;

  Remembered(Probe probe, Clock clock, Duration remember) {
    this.probe = probe;
    this.clock = clock;
    this.remember = remember;
  }

  @Override
  public Outcome check() {
    Instant now = clock.instant();
    Last seen = last;
    if (seen != null && seen.at().plus(remember).isAfter(now)) {
      return seen.outcome();
    }
    Outcome outcome = probe.check();
    last = new Last(now, outcome);
    return outcome;
  }
}
