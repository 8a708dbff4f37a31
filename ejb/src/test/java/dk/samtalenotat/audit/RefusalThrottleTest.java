package dk.samtalenotat.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The token buckets of the security log, on a clock the test moves. */
class RefusalThrottleTest {

  private static final String REFUSED = "DEVICE-AUTH-01";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));

  private RefusalThrottle throttle(int burst, double perMinute, int maxSources) {
    return new RefusalThrottle(new RefusalThrottle.Settings(burst, perMinute, maxSources), clock);
  }

  private static int admitted(RefusalThrottle t, String source, int n) {
    int in = 0;
    for (int i = 0; i < n; i++) {
      if (t.admit(source, REFUSED, "mette", "11111111")) {
        in++;
      }
    }
    return in;
  }

  @Test
  void aBurstPassesThenTheRestIsCountedNotRecorded() {
    RefusalThrottle t = throttle(20, 2, 100);
    assertEquals(20, admitted(t, "10.0.0.1", 5000));
    List<RefusalThrottle.Suppressed> held = t.drain();
    assertEquals(1, held.size());
    RefusalThrottle.Suppressed s = held.get(0);
    assertEquals(4980, s.count());
    assertEquals("10.0.0.1", s.source());
    assertEquals(REFUSED, s.eventId());
    assertEquals("mette", s.userKey());
    assertEquals("11111111", s.tenantCvr());
    assertTrue(t.drain().isEmpty(), "counted once");
  }

  @Test
  void theBucketRefillsAtTheConfiguredRateUpToTheBurst() {
    RefusalThrottle t = throttle(20, 2, 100);
    assertEquals(20, admitted(t, "10.0.0.1", 30));
    clock.advance(Duration.ofSeconds(29));
    assertEquals(0, admitted(t, "10.0.0.1", 1), "not yet a whole token");
    clock.advance(Duration.ofSeconds(2));
    assertEquals(1, admitted(t, "10.0.0.1", 5), "one token per 30 s at 2 a minute");
    clock.advance(Duration.ofHours(1));
    assertEquals(20, admitted(t, "10.0.0.1", 50), "refilled to the burst, never above");
  }

  @Test
  void sourcesAndEventIdsHaveBucketsOfTheirOwn() {
    RefusalThrottle t = throttle(3, 1, 100);
    assertEquals(3, admitted(t, "10.0.0.1", 10));
    assertEquals(3, admitted(t, "10.0.0.2", 10), "another source is not held back");
    assertTrue(t.admit("10.0.0.1", "SAML-REJ-00", null, null), "another event id neither");
  }

  @Test
  void aSummaryNamesTheUserAndMunicipalityOnlyWhenAllRefusalsShareThem() {
    RefusalThrottle t = throttle(1, 1, 100);
    t.admit("10.0.0.1", REFUSED, "mette", "11111111");
    t.admit("10.0.0.1", REFUSED, "mette", "11111111");
    t.admit("10.0.0.1", REFUSED, null, null);
    t.admit("10.0.0.2", REFUSED, "karen", "22222222");
    t.admit("10.0.0.2", REFUSED, "karen", "22222222");
    t.admit("10.0.0.2", REFUSED, "ole", "22222222");
    List<RefusalThrottle.Suppressed> held = t.drain();
    RefusalThrottle.Suppressed mixed =
        held.stream().filter(s -> s.source().equals("10.0.0.1")).findFirst().orElseThrow();
    assertEquals(2, mixed.count());
    assertNull(mixed.userKey());
    assertNull(mixed.tenantCvr(), "tied to no municipality: shown to none");
    RefusalThrottle.Suppressed sameTenant =
        held.stream().filter(s -> s.source().equals("10.0.0.2")).findFirst().orElseThrow();
    assertNull(sameTenant.userKey());
    assertEquals("22222222", sameTenant.tenantCvr());
  }

  @Test
  void theSummaryTextSaysHowManyAndWhen() {
    RefusalThrottle t = throttle(1, 1, 100);
    t.admit("10.0.0.1", REFUSED, null, null);
    t.admit("10.0.0.1", REFUSED, null, null);
    clock.advance(Duration.ofSeconds(10));
    t.admit("10.0.0.1", REFUSED, null, null);
    RefusalThrottle.Suppressed s = t.drain().get(0);
    assertEquals(Instant.parse("2026-12-01T09:00:00Z"), s.first());
    assertEquals(Instant.parse("2026-12-01T09:00:10Z"), s.last());
    assertEquals(
        "2 further refusals suppressed between 2026-12-01T09:00:00Z and 2026-12-01T09:00:10Z",
        SecurityEventThrottle.summary(s));
  }

  @Test
  void memoryIsBoundedWhateverTheNumberOfSources() {
    RefusalThrottle t = throttle(2, 1, 1000);
    for (int i = 0; i < 100_000; i++) {
      t.admit("10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255), REFUSED, null, null);
    }
    assertTrue(t.size() <= 1001, "at most maxSources plus one shared bucket: " + t.size());
    // Beyond the limit every new source shares one bucket, which throttles them as one.
    List<RefusalThrottle.Suppressed> held = t.drain();
    RefusalThrottle.Suppressed many =
        held.stream()
            .filter(s -> s.source().equals(RefusalThrottle.MANY_SOURCES))
            .findFirst()
            .orElseThrow();
    assertEquals(100_000 - 1000 - 2, many.count());
    assertTrue(SecurityEventThrottle.summary(many).endsWith("(from many sources)"));
  }

  @Test
  void idleFullBucketsAreForgottenAtTheNextDrain() {
    RefusalThrottle t = throttle(2, 60, 1000);
    for (int i = 0; i < 500; i++) {
      t.admit("10.0.1." + i, REFUSED, null, null);
    }
    assertEquals(500, t.size());
    clock.advance(Duration.ofSeconds(2));
    t.drain();
    assertEquals(0, t.size(), "refilled, nothing to report: forgotten");
    // A forgotten source starts with a full burst again, as a new one would.
    assertEquals(2, admitted(t, "10.0.1.1", 5));
  }

  @Test
  void nonsenseSettingsAreRefused() {
    for (int[] bad : new int[][] {{0, 1, 1}, {1, 0, 1}, {1, 1, 0}}) {
      try {
        throttle(bad[0], bad[1], bad[2]);
        throw new AssertionError("accepted " + java.util.Arrays.toString(bad));
      } catch (IllegalArgumentException expected) {
        assertFalse(expected.getMessage().isEmpty());
      }
    }
  }
}
