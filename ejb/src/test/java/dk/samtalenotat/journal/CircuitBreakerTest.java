package dk.samtalenotat.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final CircuitBreaker breaker = new CircuitBreaker(2, Duration.ofSeconds(30), clock);

  @Test
  void opensAfterThresholdAndLetsOneTrialThroughAfterwards() {
    assertTrue(breaker.tryAcquire());
    breaker.failure();
    assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
    breaker.failure();
    assertEquals(CircuitBreaker.State.OPEN, breaker.state());
    assertFalse(breaker.tryAcquire());
    assertEquals(clock.instant().plusSeconds(30), breaker.retryAt());
    clock.advance(Duration.ofSeconds(31));
    assertEquals(CircuitBreaker.State.HALF_OPEN, breaker.state());
    assertTrue(breaker.tryAcquire());
    assertFalse(breaker.tryAcquire(), "one trial at a time");
    breaker.failure();
    assertEquals(CircuitBreaker.State.OPEN, breaker.state(), "a failed trial opens it again");
    clock.advance(Duration.ofSeconds(31));
    assertTrue(breaker.tryAcquire());
    breaker.success();
    assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
    assertTrue(breaker.tryAcquire());
  }

  @Test
  void successResetsTheCount() {
    breaker.failure();
    breaker.success();
    breaker.failure();
    assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
  }

  @Test
  void backoffDoublesWithinItsCap() {
    Backoff b = new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(60));
    long first = b.after(1).toMillis();
    long third = b.after(3).toMillis();
    long tenth = b.after(10).toMillis();
    assertTrue(first >= 8000 && first <= 10000, "first " + first);
    assertTrue(third >= 32000 && third <= 40000, "third " + third);
    assertTrue(tenth >= 48000 && tenth <= 60000, "capped " + tenth);
  }
}
