package dk.samtalenotat.web.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The sign-on cookie that binds each request to the browser that started it, and its seal. */
class SignOnCookieTest {

  private static final Instant NOW = Instant.parse("2026-03-12T08:30:00Z");
  private static final Pattern VALUE = Pattern.compile("^[^=]+=([^;]*);");

  final MutableClock clock = new MutableClock(NOW);
  final BrowserSeal seal = BrowserSeal.random();
  final SignOnCookie http =
      new SignOnCookie(seal, clock, URI.create("http://localhost:8080/saml/acs"));
  final SignOnCookie https =
      new SignOnCookie(seal, clock, URI.create("https://samtalenotat.kommune.dk/saml/acs"));

  static String value(String header) {
    Matcher m = VALUE.matcher(header);
    assertTrue(m.find(), header);
    return m.group(1);
  }

  SignOnRequest issue(SignOnCookie cookie, String returnTo) {
    return cookie.issue(SignOnRequest.Purpose.SIGN_ON, AuthnRequestFactory.newId(), returnTo);
  }

  @Test
  void readsBackTheRequestsItWrote() {
    SignOnRequest first = issue(http, "/samtale.xhtml?id=12");
    clock.advance(Duration.ofSeconds(30));
    SignOnRequest second =
        http.issue(SignOnRequest.Purpose.SIGN_OFF, AuthnRequestFactory.newId(), "/");
    String header = http.header(SignOnCookie.with(List.of(first), second));

    assertEquals(List.of(second, first), http.read(value(header)));
  }

  @Test
  void overPlainHttpItIsLaxOnTheSamlPath() {
    String header = http.header(List.of(issue(http, "/")));
    assertTrue(header.startsWith("samtalenotat-signon="), header);
    assertTrue(header.contains("; Path=/saml;"), header);
    assertTrue(header.contains("; Max-Age=900;"), header);
    assertTrue(header.contains("; HttpOnly"), header);
    assertTrue(header.endsWith("; SameSite=Lax"), header);
    assertFalse(header.contains("Secure"), header);
  }

  @Test
  void overHttpsItIsAHostCookieSentWithTheIdpsCrossSitePost() {
    String header = https.header(List.of(issue(https, "/")));
    assertTrue(header.startsWith("__Host-samtalenotat-signon="), header);
    assertTrue(header.contains("; Path=/;"), header);
    assertTrue(header.contains("; HttpOnly"), header);
    assertTrue(header.endsWith("; SameSite=None; Secure"), header);
    assertFalse(header.contains("Domain"), header);
  }

  @Test
  void holdsAtMostThreeRequestsAndDropsTheOldest() {
    List<SignOnRequest> requests = List.of();
    List<SignOnRequest> issued = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      SignOnRequest r = issue(http, "/" + i);
      issued.add(r);
      requests = SignOnCookie.with(requests, r);
    }
    List<SignOnRequest> read = http.read(value(http.header(requests)));
    assertEquals(List.of(issued.get(4), issued.get(3), issued.get(2)), read);
  }

  @Test
  void forgetsRequestsAfterFifteenMinutes() {
    SignOnRequest old = issue(http, "/");
    clock.advance(Duration.ofMinutes(10));
    SignOnRequest recent = issue(http, "/");
    String value = value(http.header(SignOnCookie.with(List.of(old), recent)));

    clock.advance(Duration.ofMinutes(5));
    assertEquals(List.of(recent), http.read(value));
    clock.advance(Duration.ofMinutes(10));
    assertEquals(List.of(), http.read(value));
  }

  @Test
  void anAlteredOrForgedCookieNamesNothing() {
    String value = value(http.header(List.of(issue(http, "/"))));
    String payload = value.substring(0, value.indexOf('.'));
    String mac = value.substring(value.indexOf('.') + 1);

    // Another request ID put in, with the old MAC.
    String forgedPayload =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                ("A\t" + AuthnRequestFactory.newId() + "\t" + NOW.getEpochSecond() + "\t/")
                    .getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), http.read(forgedPayload + "." + mac));
    assertEquals(List.of(), http.read(payload + "." + mac.substring(1)));
    assertEquals(List.of(), http.read(payload));
    assertEquals(List.of(), http.read(null));
    assertEquals(List.of(), http.read("x".repeat(10_000)));
    // Sealed by another server's key.
    SignOnCookie other =
        new SignOnCookie(BrowserSeal.random(), clock, URI.create("http://localhost:8080/saml/acs"));
    assertEquals(List.of(), other.read(value));
  }

  @Test
  void aRequestDatedInTheFutureIsNotTrusted() {
    clock.advance(Duration.ofMinutes(1));
    String value = value(http.header(List.of(issue(http, "/"))));
    clock.advance(Duration.ofMinutes(-1));
    assertEquals(List.of(), http.read(value));
  }

  @Test
  void aLongOrBrokenReturnAddressBecomesTheStartPage() {
    assertEquals("/", issue(http, "/" + "a".repeat(SignOnCookie.MAX_RETURN_TO)).returnTo());
    assertEquals("/", issue(http, "/a\nb").returnTo());
    assertEquals("/", issue(http, null).returnTo());
  }

  @Test
  void anEmptyListRemovesTheCookie() {
    String header = http.header(List.of());
    assertTrue(header.startsWith("samtalenotat-signon=;"), header);
    assertTrue(header.contains("Max-Age=0"), header);
  }

  @Test
  void aSealIsBoundToItsPurpose() {
    byte[] payload = "x".getBytes(StandardCharsets.UTF_8);
    String sealed = seal.seal("one", payload);
    assertTrue(seal.open("one", sealed).isPresent());
    assertTrue(seal.open("two", sealed).isEmpty());
    assertTrue(BrowserSeal.random().open("one", sealed).isEmpty());
  }

  @Test
  void aSealDerivedFromTheSameSigningKeyOpensOnEveryNode() {
    var key = TestIdp.newCredential("SP").getPrivateKey();
    String sealed = BrowserSeal.derivedFrom(key).seal("p", new byte[] {1, 2, 3});
    assertTrue(BrowserSeal.derivedFrom(key).open("p", sealed).isPresent());
    assertTrue(
        BrowserSeal.derivedFrom(TestIdp.newCredential("other").getPrivateKey())
            .open("p", sealed)
            .isEmpty());
  }
}
