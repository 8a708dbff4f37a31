package dk.samtalenotat.journal;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential back-off: {@code first}, then doubling up to {@code max}, each with up to 20 % random
 * spread so that many notes waiting for the same case system do not return in one wave.
 */
public record Backoff(Duration first, Duration max) {

  /** The wait after the given attempt (1 for the first). */
  public Duration after(int attempt) {
    long base = first.toMillis();
    int shift = Math.min(Math.max(attempt - 1, 0), 30);
    long millis = Math.min(max.toMillis(), base << shift);
    if (millis <= 0 || millis > max.toMillis()) {
      millis = max.toMillis();
    }
    long spread = millis / 5;
    return Duration.ofMillis(millis - spread + ThreadLocalRandom.current().nextLong(spread + 1));
  }
}
