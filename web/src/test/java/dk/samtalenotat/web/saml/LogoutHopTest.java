package dk.samtalenotat.web.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The GET that carries the IdP's LogoutRequest by HTTP-POST on to the session. */
class LogoutHopTest {

  private static final String NAME_ID =
      "https://data.gov.dk/model/core/eid/professional/uuid/5f0e4c7a-1b2c-4d3e-8f90-a1b2c3d4e5f6";

  final MutableClock clock = new MutableClock(Instant.parse("2026-03-12T08:30:00Z"));
  final LogoutHop hop = new LogoutHop(BrowserSeal.random(), clock);

  @Test
  void carriesTheRequestAndRelayStateButNotTheNameId() {
    String sealed = hop.seal("_req", NAME_ID, "state-1");
    assertFalse(sealed.contains("5f0e4c7a"), "the NameID stays out of the URL");
    assertFalse(
        new String(
                java.util.Base64.getUrlDecoder().decode(sealed.substring(0, sealed.indexOf('.'))))
            .contains("5f0e4c7a"));

    LogoutHop.Pending pending = hop.open(sealed).orElseThrow();
    assertEquals("_req", pending.requestId());
    assertEquals("state-1", pending.relayState());
    assertTrue(hop.names(pending, NAME_ID));
    assertFalse(hop.names(pending, NAME_ID.replace("5f0e", "0000")));
    assertFalse(hop.names(pending, null));
  }

  @Test
  void expiresAfterTwoMinutesAndCannotBeAltered() {
    String sealed = hop.seal("_req", NAME_ID, null);
    assertNull(hop.open(sealed).orElseThrow().relayState());
    assertTrue(hop.open(sealed.substring(1)).isEmpty());
    assertTrue(new LogoutHop(BrowserSeal.random(), clock).open(sealed).isEmpty());
    clock.advance(LogoutHop.LIFETIME.plus(Duration.ofSeconds(1)));
    assertTrue(hop.open(sealed).isEmpty());
  }

  @Test
  void aRelayStateBeyondTheBindingsLimitIsNotCarried() {
    assertNull(hop.open(hop.seal("_req", NAME_ID, "x".repeat(81))).orElseThrow().relayState());
    assertNull(hop.open(hop.seal("_req", NAME_ID, "a\nb")).orElseThrow().relayState());
  }
}
