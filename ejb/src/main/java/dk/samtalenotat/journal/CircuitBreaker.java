package dk.samtalenotat.journal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops calling an endpoint that keeps failing: after {@code threshold} transient failures in a row
 * the breaker opens for {@code openFor}; then one trial call is let through (half open), and its
 * outcome closes the breaker or opens it again.
 */
public final class CircuitBreaker {

  /** The breaker's position. */
  public enum State {
    CLOSED,
    OPEN,
    HALF_OPEN
  }

  private final int threshold;
  private final Duration openFor;
  private final Clock clock;

  private int failures;
  private Instant openUntil;
  private boolean trialOut;

  public CircuitBreaker(int threshold, Duration openFor, Clock clock) {
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold must be at least 1");
    }
    this.threshold = threshold;
    this.openFor = openFor;
    this.clock = clock;
  }

  /** Whether a call may go out now; in half-open state only one caller gets true. */
  public synchronized boolean tryAcquire() {
    switch (state()) {
      case CLOSED:
        return true;
      case HALF_OPEN:
        if (trialOut) {
          return false;
        }
        trialOut = true;
        return true;
      default:
        return false;
    }
  }

  public synchronized void success() {
    failures = 0;
    openUntil = null;
    trialOut = false;
  }

  public synchronized void failure() {
    failures++;
    if (trialOut || failures >= threshold) {
      openUntil = clock.instant().plus(openFor);
    }
    trialOut = false;
  }

  public synchronized State state() {
    if (openUntil == null) {
      return State.CLOSED;
    }
    return clock.instant().isBefore(openUntil) ? State.OPEN : State.HALF_OPEN;
  }

  /** When the next trial may go out; now when the breaker is closed. */
  public synchronized Instant retryAt() {
    Instant now = clock.instant();
    return openUntil == null || openUntil.isBefore(now) ? now : openUntil;
  }
}
