package dk.samtalenotat.web.saml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token bucket per client address in front of the RSA work of sign-on. */
class SignOnThrottleTest {

  final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  final SignOnThrottle throttle = new SignOnThrottle(10, 5, nanos::get);

  @Test
  void allowsTheBurstThenTheRate() {
    for (int i = 0; i < 5; i++) {
      assertTrue(throttle.acquire("192.0.2.7").allowed(), "burst " + i);
    }
    assertFalse(throttle.acquire("192.0.2.7").allowed());
    nanos.addAndGet(100_000_000L);
    assertTrue(throttle.acquire("192.0.2.7").allowed(), "one more after a tenth of a second");
    assertFalse(throttle.acquire("192.0.2.7").allowed());
    nanos.addAndGet(10_000_000_000L);
    for (int i = 0; i < 5; i++) {
      assertTrue(throttle.acquire("192.0.2.7").allowed(), "the burst again, never more " + i);
    }
    assertFalse(throttle.acquire("192.0.2.7").allowed());
  }

  @Test
  void reportsRefusalsAtMostOnceAMinute() {
    for (int i = 0; i < 5; i++) {
      throttle.acquire("192.0.2.7");
    }
    assertEquals(1, throttle.acquire("192.0.2.7").refusedToReport(), "the first refusal");
    long quiet = 0;
    for (int i = 0; i < 1000; i++) {
      quiet += throttle.acquire("192.0.2.7").refusedToReport();
    }
    assertEquals(0, quiet, "no report within the minute");
    nanos.addAndGet(60_000_000_000L);
    throttle.acquire("192.0.2.7"); // refilled: the burst again
    for (int i = 0; i < 4; i++) {
      throttle.acquire("192.0.2.7");
    }
    assertEquals(1001, throttle.acquire("192.0.2.7").refusedToReport());
  }

  @Test
  void anotherClientKeepsItsOwnBucket() {
    for (int i = 0; i < 100; i++) {
      throttle.acquire("192.0.2.7");
    }
    int free = 0;
    for (int i = 1; i <= 20; i++) {
      if (throttle.acquire("198.51.100." + i).allowed()) {
        free++;
      }
    }
    // 4096 buckets: an address shares the flooded one with a chance of 1 in 4096.
    assertTrue(free >= 19, free + " of 20 other clients could sign on");
  }

  @Test
  void anIpv6ClientIsCountedByItsSlash64() {
    assertArrayEquals(
        SignOnThrottle.key("2001:db8:1:2:aaaa::1"), SignOnThrottle.key("2001:db8:1:2:bbbb::2"));
    assertFalse(
        java.util.Arrays.equals(
            SignOnThrottle.key("2001:db8:1:2::1"), SignOnThrottle.key("2001:db8:1:3::1")));
    assertEquals(8, SignOnThrottle.key("[2001:db8::1%eth0]").length);
    assertEquals(4, SignOnThrottle.key("127.0.0.1").length);
    assertArrayEquals("unknown".getBytes(), SignOnThrottle.key("unknown"));
  }
}
