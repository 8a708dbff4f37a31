package dk.samtalenotat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import dk.samtalenotat.it.SamlSignOnIT.Walker;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-on as an attacker would try it: a flood of sign-on requests fills nothing, and afterwards
 * another browser still signs on; a response started in one browser and posted from another is
 * refused on the Danish page (login CSRF); a GET of the logout address, or a POST without the
 * session's token, signs nobody out, while the page's own "Log ud" does.
 */
@ExtendWith({WildFlyExtension.class, BrowserExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignOnHardeningIT {

  /** As many sign-on requests as filled the old global store twice over. */
  private static final int FLOOD = 200_000;

  private static final int IN_FLIGHT = 64;

  /** The flood must end well within this, even on a loaded 2-core machine. */
  private static final Duration FLOOD_DEADLINE = Duration.ofMinutes(8);

  private static final Pattern SIGN_IN_PAGE = Pattern.compile(".*/dev-idp/sso.*");

  @Test
  @Order(1)
  void aResponsePostedFromAnotherBrowserIsRefusedOnTheDanishPage(WildFlyServer server)
      throws Exception {
    URI acs = server.baseUri().resolve("saml/acs");
    Walker victim = new Walker(server.baseUri());
    Map<String, String> response = victim.responseFor("mette");

    // Another browser without a sign-on of its own.
    Walker other = new Walker(server.baseUri());
    assertRefusedOnDanishPage(other, other.post(acs, response), "SAML-REJ-25");

    // Another browser with a sign-on of its own under way.
    Walker busy = new Walker(server.baseUri());
    busy.responseFor("jonas");
    assertRefusedOnDanishPage(busy, busy.post(acs, response), "SAML-REJ-03");

    // The refusals used nothing up: the browser that started the sign-on finishes it.
    HttpResponse<String> accepted = victim.post(acs, response);
    String session =
        accepted.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session cookie: " + accepted.headers()));
    assertTrue(session.contains("SameSite=Lax"), session);
    assertTrue(session.contains("HttpOnly"), session);
    HttpResponse<String> signedOn = victim.follow(accepted);
    assertEquals(200, signedOn.statusCode());
    assertTrue(signedOn.body().contains("Mette Sørensen"), "signed on");
  }

  @Test
  @Order(2)
  void aGetOfTheLogoutAddressOrAForgedPostSignsNobodyOut(BrowserExtension.BrowserSession browser)
      throws Exception {
    Page page = browser.page();
    Ui.signIn(page, "aisha");

    // A link or an image on any page is a GET: it only asks.
    page.navigate("saml/logout");
    page.locator("#sign-out-question").waitFor();
    assertTrue(page.locator("body").innerText().contains("Vil du logge ud?"));
    page.navigate("samtaler.xhtml");
    page.locator("#signed-in-user").waitFor();

    // A form on another site posts with the cookie but cannot know the token.
    APIResponse forged =
        page.request()
            .post(
                "saml/logout",
                RequestOptions.create()
                    .setForm(FormData.create().set("token", "forged"))
                    .setHeader("Origin", "https://evil.example")
                    .setMaxRedirects(0));
    assertEquals(302, forged.status());
    assertTrue(forged.headers().get("location").endsWith("/log-ud.xhtml"));
    page.navigate("samtaler.xhtml");
    page.locator("#signed-in-user").waitFor();

    // The page's own "Log ud" signs out, here and at the IdP.
    page.locator("#sign-out").click();
    page.waitForURL(Pattern.compile(".*/logget-ud\\.xhtml.*"));
    assertTrue(page.locator("body").innerText().contains("Du er logget ud"));
    page.navigate("samtaler.xhtml");
    page.waitForURL(SIGN_IN_PAGE);
  }

  @Test
  @Order(3)
  void aFloodOfSignOnRequestsFillsNothingAndAnotherBrowserStillSignsOn(
      BrowserExtension.BrowserSession browser, WildFlyServer server) throws Exception {
    URI login = server.baseUri().resolve("saml/login?returnTo=/samtaler.xhtml");
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
    AtomicReference<String> unexpected = new AtomicReference<>();
    Semaphore inFlight = new Semaphore(IN_FLIGHT);
    Instant started = Instant.now();
    Instant deadline = started.plus(FLOOD_DEADLINE);
    int sent = 0;
    while (sent < FLOOD && Instant.now().isBefore(deadline)) {
      if (!inFlight.tryAcquire(1, TimeUnit.SECONDS)) {
        continue;
      }
      sent++;
      client
          .sendAsync(
              HttpRequest.newBuilder(login).timeout(Duration.ofSeconds(60)).GET().build(),
              HttpResponse.BodyHandlers.discarding())
          .whenComplete(
              (response, failure) -> {
                try {
                  String kind = kind(response, failure);
                  answers.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
                  if (!kind.equals("idp") && !kind.equals("throttled")) {
                    unexpected.compareAndSet(null, kind);
                  }
                } finally {
                  inFlight.release();
                }
              });
    }
    assertTrue(
        inFlight.tryAcquire(IN_FLIGHT, 2, TimeUnit.MINUTES), "the last answers did not come");
    Duration took = Duration.between(started, Instant.now());
    System.out.printf("%d sign-on requests in %s: %s%n", sent, took, answers);
    assertEquals(FLOOD, sent, "the flood did not finish within " + FLOOD_DEADLINE);
    assertEquals(null, unexpected.get(), "every answer is a redirect: " + answers);
    assertTrue(answers.getOrDefault("idp", new AtomicInteger()).get() > 0, answers.toString());

    // The flooding client sees the Danish page, not an error.
    Walker flooder = new Walker(server.baseUri());
    HttpResponse<String> refused = flooder.follow(flooder.get(login));
    if (refused.uri().getPath().endsWith("/login-fejl.xhtml")) {
      assertTrue(refused.body().contains("SAML-REJ-26"), refused.body());
      assertTrue(refused.body().contains("for mange log-ind"), refused.body());
    }
    // One line a minute for the flooding client, not one per request.
    long logged =
        Files.readAllLines(server.serverLog(), StandardCharsets.UTF_8).stream()
            .filter(l -> l.contains("SAML-REJ-26"))
            .count();
    assertTrue(logged <= took.toMinutes() + 3, logged + " log lines for the flood");

    // Another browser signs on, once this address may start a sign-on again (its bucket refills
    // in a fraction of a second: the loopback address is the flooder's too).
    awaitSignOnAllowed(client, login);
    Page page = browser.page();
    page.navigate("saml/login?returnTo=/samtaler.xhtml");
    page.waitForURL(SIGN_IN_PAGE);
    page.locator("#user-mette").click();
    page.locator("#signed-in-user").waitFor();
    assertTrue(page.url().endsWith("/samtaler.xhtml"), page.url());
  }

  private static String kind(HttpResponse<Void> response, Throwable failure) {
    if (failure != null) {
      return "failed: " + failure;
    }
    if (response.statusCode() != 302) {
      return "HTTP " + response.statusCode();
    }
    String location = response.headers().firstValue("Location").orElse("");
    if (location.contains("/dev-idp/sso?SAMLRequest=")) {
      return "idp";
    }
    if (location.contains("/login-fejl.xhtml?kode=SAML-REJ-26")) {
      return "throttled";
    }
    return "302 to " + location;
  }

  private static void awaitSignOnAllowed(HttpClient client, URI login) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<Void> response =
          client.send(
              HttpRequest.newBuilder(login).GET().build(), HttpResponse.BodyHandlers.discarding());
      if (response.headers().firstValue("Location").orElse("").contains("/dev-idp/sso")) {
        return;
      }
      Thread.sleep(200);
    }
    fail("sign-on stayed refused for a minute after the flood");
  }

  private static void assertRefusedOnDanishPage(
      Walker browser, HttpResponse<String> response, String eventId) throws Exception {
    assertEquals(302, response.statusCode(), response.body());
    HttpResponse<String> page = browser.follow(response);
    assertEquals(200, page.statusCode());
    assertTrue(page.uri().getPath().endsWith("/login-fejl.xhtml"), page.uri().toString());
    assertTrue(page.body().contains("Du blev ikke logget ind"), page.body());
    assertTrue(page.body().contains(eventId), page.body());
    assertFalse(page.body().contains("Exception"), "no stack trace");
    assertEquals(
        302, browser.get(browser.base.resolve("samtaler.xhtml")).statusCode(), "no session");
  }
}
