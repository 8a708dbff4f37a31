package dk.samtalenotat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.RequestOptions;
import dk.samtalenotat.it.BrowserExtension.BrowserSession;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Interoperability with a real identity provider: Debian's SimpleSAMLphp ({@link SimpleSamlPhpIdp})
 * reads our published metadata, checks our signed AuthnRequest, and answers with an assertion it
 * signs (RSA-SHA256) and encrypts for our key, carrying the OIOSAML 3 professional attributes.
 * Chromium walks the SP-initiated sign-on. The application runs on a server of its own (failsafe
 * execution {@code sspid-its} in {@code ear/pom.xml}) whose IdP metadata is the file this test
 * writes from SimpleSAMLphp's metadata before the first sign-on.
 */
@EnabledIfSystemProperty(
    named = "samtalenotat.it.simplesamlphp.dir",
    matches = ".+",
    disabledReason =
        "runs only on the server of failsafe execution sspid-its (-Dit.test selects it in every"
            + " execution)")
@ExtendWith({WildFlyExtension.class, BrowserExtension.class})
class SimpleSamlPhpIT {

  private static final String SANNE = "6f0c8a52-3b1e-4d7a-9c25-41e8b7d0f913";
  private static final Pattern IDP_LOGIN = Pattern.compile(".*/module\\.php/core/loginuserpass.*");

  private static SimpleSamlPhpIdp idp;

  @RegisterExtension
  static final TestWatcher IDP_LOG =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
          if (idp != null) {
            System.err.println(context.getDisplayName() + " failed\n" + idp.logTail(60));
          }
        }
      };

  @BeforeAll
  static void startIdp(WildFlyServer server) throws Exception {
    HttpResponse<String> spMetadata =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(server.baseUri().resolve("saml/metadata")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, spMetadata.statusCode(), spMetadata.body());
    idp =
        SimpleSamlPhpIdp.start(
            Path.of(property("samtalenotat.it.simplesamlphp.dir")), spMetadata.body());
    // The server reads its IdP metadata on the first sign-on, from this file.
    Path trusted = Path.of(property("samtalenotat.it.env.SAMTALENOTAT_SAML_IDP_METADATA"));
    Files.createDirectories(trusted.getParent());
    Files.writeString(trusted, idp.metadata(), StandardCharsets.UTF_8);
  }

  @AfterAll
  static void stopIdp() {
    if (idp != null) {
      idp.close();
    }
  }

  @Test
  void aCaseworkerSignsOnThroughSimpleSamlPhp(BrowserSession browser, WildFlyServer server)
      throws Exception {
    Page page = browser.page();
    List<String> acsPosts = new CopyOnWriteArrayList<>();
    page.onRequest(
        (Request r) -> {
          if ("POST".equals(r.method()) && r.url().endsWith("/saml/acs")) {
            acsPosts.add(r.postData());
          }
        });

    page.navigate("saml/login?returnTo=/samtaler.xhtml");
    signInAtIdp(page, "sanne");
    page.locator("#signed-in-user").waitFor();
    assertEquals("Sanne Simonsen", page.locator("#signed-in-user").innerText().strip());
    assertTrue(page.url().endsWith("/samtaler.xhtml"), page.url());

    // What SimpleSAMLphp posted: one encrypted assertion, nothing in plaintext.
    assertEquals(1, acsPosts.size(), "one Response reached the ACS");
    String response = samlResponse(acsPosts.get(0));
    assertTrue(response.contains("EncryptedAssertion"), response);
    assertFalse(response.contains(":Assertion "), "no plaintext assertion: " + response);
    assertTrue(response.contains("Issuer>" + idp.metadataUri()), "issued by SimpleSAMLphp");

    // The caseworker's own pages open.
    Response list = page.navigate("samtaler.xhtml");
    assertEquals(200, list.status());
    assertEquals(1, Ui.byId(page, "list:table").count(), "the conversation list");
    assertEquals(1, page.locator("#nav-register").count(), "the caseworker's menu");

    String logged =
        awaitLogLine(
            server,
            "SAML-LOGIN-01 sign-on user="
                + SANNE
                + " cvr=11111111 nsis=Substantial roles=[sagsbehandler]");
    assertTrue(logged.contains("dk.samtalenotat.security.signon"), logged);
  }

  @Test
  void signingOutEndsTheSessionAtSimpleSamlPhpToo(BrowserSession browser, WildFlyServer server)
      throws Exception {
    Page page = browser.page();
    page.navigate("saml/login?returnTo=/samtaler.xhtml");
    signInAtIdp(page, "sanne");
    page.locator("#signed-in-user").waitFor();

    // "Log ud" posts with the session's token; our signed LogoutRequest goes to SimpleSAMLphp,
    // its signed LogoutResponse comes back to /saml/logout.
    page.locator("#sign-out").click();
    page.waitForURL(Pattern.compile(".*/logget-ud\\.xhtml.*"));
    assertTrue(page.locator("body").innerText().contains("Du er logget ud"));
    assertNoSession(page, server);
    awaitLogLine(server, "SAML-LOGOUT-03");

    // The IdP ended its session as well: signing on again asks for the password.
    page.navigate("saml/login?returnTo=/samtaler.xhtml");
    page.waitForURL(IDP_LOGIN);
  }

  @Test
  void simpleSamlPhpEndsOurSessionWhenTheUserSignsOutThere(
      BrowserSession browser, WildFlyServer server) throws Exception {
    Page page = browser.page();
    page.navigate("saml/login?returnTo=/samtaler.xhtml");
    signInAtIdp(page, "sanne");
    page.locator("#signed-in-user").waitFor();

    // IdP-initiated single logout: SimpleSAMLphp sends its signed LogoutRequest to /saml/logout,
    // we end the session and answer with our signed LogoutResponse, and it returns the browser.
    // SimpleSAMLphp's own "logged out" page to end on (a return address must be on its host).
    String back = idp.metadataUri().resolve("/logout.php").toString();
    page.navigate(
        idp.metadataUri().resolve("SingleLogoutService.php")
            + "?ReturnTo="
            + java.net.URLEncoder.encode(back, StandardCharsets.UTF_8));
    page.waitForURL(back);
    String logged = awaitLogLine(server, "SAML-LOGOUT-02 sign-off user=" + SANNE);
    assertTrue(logged.contains("dk.samtalenotat.security.signon"), logged);
    assertNoSession(page, server);
  }

  @Test
  void aLogoutRequestPostedCrossSiteReachesTheSessionThroughAGetOfOurOwn(
      BrowserSession browser, WildFlyServer server) throws Exception {
    Page page = browser.page();
    page.navigate("saml/login?returnTo=/samtaler.xhtml");
    signInAtIdp(page, "sanne");
    page.locator("#signed-in-user").waitFor();

    // A page on another site (the IdP's, as NemLog-in's would be) posts the signed LogoutRequest;
    // SimpleSAMLphp itself sends it by HTTP-Redirect, so the test makes and signs it.
    String logout = server.baseUri().resolve("saml/logout").toString();
    String samlRequest =
        idp.signedLogoutRequest(
            URI.create(logout), "https://data.gov.dk/model/core/eid/professional/uuid/" + SANNE);
    String otherSite = "http://idp.other-site.test/logout";
    page.route(
        otherSite,
        route ->
            route.fulfill(
                new Route.FulfillOptions()
                    .setContentType("text/html")
                    .setBody(
                        "<form method=\"post\" action=\""
                            + logout
                            + "\"><input type=\"hidden\" name=\"SAMLRequest\" value=\""
                            + samlRequest
                            + "\"><input type=\"hidden\" name=\"RelayState\" value=\"rs-1\">"
                            + "</form><script>document.forms[0].submit();</script>")));
    // Our LogoutResponse goes to SimpleSAMLphp, which did not send this request: stop it there.
    String idpLogout = idp.metadataUri().resolve("SingleLogoutService.php").toString();
    page.route(
        idpLogout + "**",
        route ->
            route.fulfill(new Route.FulfillOptions().setContentType("text/plain").setBody("ok")));
    Map<String, String> cookiesSent = new ConcurrentHashMap<>();
    page.onRequest(
        r -> {
          if (r.url().startsWith(logout)) {
            cookiesSent.put(
                r.method() + (r.url().contains("hop=") ? " hop" : ""),
                r.allHeaders().getOrDefault("cookie", ""));
          }
        });

    page.navigate(otherSite);
    page.waitForURL(Pattern.compile(Pattern.quote(idpLogout) + ".*"));
    assertTrue(page.url().contains("SAMLResponse="), page.url());
    assertTrue(page.url().contains("RelayState=rs-1"), page.url());
    // The cross-site POST came without the session cookie (SameSite=Lax), the GET with it.
    assertFalse(cookiesSent.get("POST").contains("JSESSIONID"), cookiesSent.toString());
    assertTrue(cookiesSent.get("GET hop").contains("JSESSIONID"), cookiesSent.toString());
    assertNoSession(page, server);
  }

  @Test
  void anEmployeeOfAnotherMunicipalityIsRefused(BrowserSession browser, WildFlyServer server)
      throws Exception {
    assertRefused(browser.page(), server, "bo", "SAML-REJ-19", "CVR 44444444 is not a tenant");
  }

  @Test
  void nsisLevelLowIsRefused(BrowserSession browser, WildFlyServer server) throws Exception {
    assertRefused(browser.page(), server, "lis", "SAML-REJ-21", "Low < Substantial");
  }

  private static void signInAtIdp(Page page, String user) {
    page.waitForURL(IDP_LOGIN);
    page.locator("#username").fill(user);
    page.locator("#password").fill(idp.password());
    // The answer is SimpleSAMLphp's auto-posting form, which takes the browser on to /saml/acs.
    page.locator("#password").press("Enter");
  }

  private static void assertRefused(
      Page page, WildFlyServer server, String user, String eventId, String reason)
      throws Exception {
    page.navigate("saml/login?returnTo=/samtaler.xhtml");
    signInAtIdp(page, user);
    page.waitForURL(Pattern.compile(".*/login-fejl\\.xhtml.*"));
    String text = page.locator("body").innerText();
    assertTrue(text.contains("Du blev ikke logget ind"), text);
    assertTrue(text.contains(eventId), text);
    assertFalse(text.contains("Exception"), "no stack trace");

    assertNoSession(page, server);

    String logged = awaitLogLine(server, eventId);
    assertTrue(logged.contains(reason), logged);
  }

  /** The browser's cookies open no session: the list sends it to sign on. */
  private static void assertNoSession(Page page, WildFlyServer server) {
    APIResponse list =
        page.request()
            .get(
                server.baseUri().resolve("samtaler.xhtml").toString(),
                RequestOptions.create().setMaxRedirects(0));
    assertEquals(302, list.status(), "no session");
    assertTrue(list.headers().get("location").contains("/saml/login"), list.headers().toString());
  }

  /** The decoded SAMLResponse field of an HTTP-POST binding form body. */
  private static String samlResponse(String formBody) {
    for (String field : formBody.split("&")) {
      if (field.startsWith("SAMLResponse=")) {
        String base64 =
            URLDecoder.decode(field.substring("SAMLResponse=".length()), StandardCharsets.UTF_8);
        return new String(Base64.getMimeDecoder().decode(base64), StandardCharsets.UTF_8);
      }
    }
    return fail("no SAMLResponse in " + formBody);
  }

  /** The first line of the server log that contains the text, waiting a little for it. */
  private static String awaitLogLine(WildFlyServer server, String text) throws IOException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    do {
      for (String line : Files.readAllLines(server.serverLog(), StandardCharsets.UTF_8)) {
        if (line.contains(text)) {
          return line;
        }
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    } while (Instant.now().isBefore(deadline));
    return fail("no line with '" + text + "' in " + server.serverLog());
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          name + " is not set: run through failsafe (mvn verify, execution sspid-its)");
    }
    return value;
  }
}
