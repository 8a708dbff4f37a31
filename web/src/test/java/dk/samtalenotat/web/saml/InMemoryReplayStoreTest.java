package dk.samtalenotat.web.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The one-use IDs: once each while kept, forgotten by time, with no cap to reach. */
class InMemoryReplayStoreTest {

  private static final Instant NOW = Instant.parse("2026-03-12T08:30:00Z");

  final MutableClock clock = new MutableClock(NOW);
  final InMemoryReplayStore store = new InMemoryReplayStore(clock);

  @Test
  void anIdIsUsedOnceWhileItIsKept() {
    Instant until = NOW.plus(Duration.ofMinutes(15));
    assertTrue(store.firstUse("_a", until));
    assertFalse(store.firstUse("_a", until));
    assertTrue(store.firstUse("_b", until));
    clock.advance(Duration.ofMinutes(14));
    assertFalse(store.firstUse("_a", until));
  }

  @Test
  void anIdIsForgottenWhenItsTimeIsUp() {
    assertTrue(store.firstUse("_a", NOW.plus(Duration.ofMinutes(15))));
    clock.advance(Duration.ofMinutes(15));
    assertEquals(0, store.size());
    assertTrue(store.firstUse("_a", NOW.plus(Duration.ofMinutes(30))));
  }

  @Test
  void hasNoCapAndExpiresEverythingByTime() {
    int n = 300_000;
    for (int i = 0; i < n; i++) {
      clock.advance(Duration.ofMillis(1));
      assertTrue(store.firstUse("_" + i, clock.instant().plus(Duration.ofMinutes(15))));
    }
    assertEquals(n, store.size(), "every ID is kept: nothing is refused for lack of room");

    // Time runs past the first half: one call drops exactly those, oldest first.
    clock.advance(Duration.ofMinutes(15).minusMillis(n / 2));
    assertEquals(n / 2, store.size());
    assertFalse(store.firstUse("_" + (n - 1), NOW.plus(Duration.ofHours(1))));
    assertTrue(store.firstUse("_0", NOW.plus(Duration.ofHours(1))), "an expired ID is free");

    clock.advance(Duration.ofMinutes(15));
    assertEquals(1, store.size());
  }

  @Test
  void anIdKeptLongerDelaysOnlyTheRemovalOfThoseBehindIt() {
    assertTrue(store.firstUse("_long", NOW.plus(Duration.ofMinutes(10))));
    assertTrue(store.firstUse("_short", NOW.plus(Duration.ofMinutes(1))));
    clock.advance(Duration.ofMinutes(2));
    // Still in the queue behind "_long", but no longer trusted as kept.
    assertTrue(store.firstUse("_short", NOW.plus(Duration.ofMinutes(5))));
    assertFalse(store.firstUse("_long", NOW.plus(Duration.ofMinutes(10))));
  }
}
