package dk.samtalenotat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SAML sign-on over plain HTTP, the way a browser walks it: the application's signed AuthnRequest
 * to the development IdP, the signed and encrypted Response back to {@code /saml/acs}, a session,
 * and single logout (asked for by GET, done by POST with the session's token); a replayed or
 * garbled response ends on the Danish error page with its event id and opens no session.
 */
@ExtendWith(WildFlyExtension.class)
class SamlSignOnIT {

  private static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\" name=\"(\\w+)\" value=\"([^\"]*)\">");
  private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([A-Za-z0-9_-]+)\"");

  /** A browser without JavaScript: a cookie jar and manual redirects. */
  static final class Walker {
    final CookieManager cookies = new CookieManager();
    final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    final URI base;

    Walker(URI base) {
      this.base = base;
    }

    /** The value of the sign-on cookie this browser holds now. */
    String signOnCookie() {
      return cookies.getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals("samtalenotat-signon"))
          .map(HttpCookie::getValue)
          .findFirst()
          .orElseThrow();
    }

    /** Puts a sign-on cookie into this browser's jar, as a copy taken elsewhere. */
    void setSignOnCookie(String value) {
      HttpCookie cookie = new HttpCookie("samtalenotat-signon", value);
      cookie.setPath("/saml");
      cookie.setVersion(0);
      cookies.getCookieStore().add(base, cookie);
    }

    HttpResponse<String> get(URI uri) throws Exception {
      return http.send(
          HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(URI uri, Map<String, String> form) throws Exception {
      String body =
          form.entrySet().stream()
              .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));
      return http.send(
          HttpRequest.newBuilder(uri)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    /** Follows redirects to the end. */
    HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
      int hops = 0;
      while (response.statusCode() / 100 == 3 && hops++ < 10) {
        URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
        response = get(next);
      }
      return response;
    }

    /** Up to the IdP's answer: the form it would auto-post to the ACS. */
    Map<String, String> responseFor(String user) throws Exception {
      HttpResponse<String> picker =
          follow(get(base.resolve("saml/login?returnTo=/samtaler.xhtml")));
      assertEquals(200, picker.statusCode(), picker.body());
      assertTrue(picker.uri().getPath().startsWith("/dev-idp/sso"), picker.uri().toString());
      Map<String, String> fields = hidden(picker.body());
      fields.put("user", user);
      HttpResponse<String> answer = post(picker.uri().resolve("sso"), fields);
      assertEquals(200, answer.statusCode(), answer.body());
      return hidden(answer.body());
    }

    static Map<String, String> hidden(String html) {
      Map<String, String> fields = new java.util.LinkedHashMap<>();
      Matcher m = HIDDEN.matcher(html);
      while (m.find()) {
        fields.put(m.group(1), m.group(2).replace("&quot;", "\"").replace("&amp;", "&"));
      }
      return fields;
    }
  }

  @Test
  void signsOnThroughTheDevelopmentIdpAndSignsOutEverywhere(WildFlyServer server) throws Exception {
    Walker browser = new Walker(server.baseUri());
    Map<String, String> saml = browser.responseFor("mette");
    assertTrue(saml.containsKey("SAMLResponse"));

    HttpResponse<String> acs = browser.post(server.baseUri().resolve("saml/acs"), saml);
    assertEquals(302, acs.statusCode(), acs.body());
    assertTrue(acs.headers().firstValue("Location").orElseThrow().endsWith("/samtaler.xhtml"));
    HttpResponse<String> list = browser.follow(acs);
    assertEquals(200, list.statusCode());
    assertTrue(list.body().contains("Mette Sørensen"), "the page frame names the user");

    // A GET only asks: any page could make the browser send one.
    HttpResponse<String> question =
        browser.follow(browser.get(server.baseUri().resolve("saml/logout")));
    assertEquals(200, question.statusCode());
    assertTrue(question.uri().getPath().endsWith("/log-ud.xhtml"), question.uri().toString());
    assertTrue(question.body().contains("Vil du logge ud?"), question.body());
    assertEquals(200, browser.get(server.baseUri().resolve("samtaler.xhtml")).statusCode());

    // The form's POST with the session's token signs out, here and at the IdP.
    Matcher token = TOKEN.matcher(question.body());
    assertTrue(token.find(), question.body());
    HttpResponse<String> signedOut =
        browser.follow(
            browser.post(server.baseUri().resolve("saml/logout"), Map.of("token", token.group(1))));
    assertTrue(signedOut.uri().getPath().endsWith("/logget-ud.xhtml"), signedOut.uri().toString());
    assertTrue(signedOut.body().contains("Du er logget ud"));
    HttpResponse<String> after = browser.get(server.baseUri().resolve("samtaler.xhtml"));
    assertEquals(302, after.statusCode(), "the session ended");
    assertTrue(after.headers().firstValue("Location").orElseThrow().contains("/saml/login"));
  }

  @Test
  void aSignOutPostWithoutTheSessionsTokenSignsNobodyOut(WildFlyServer server) throws Exception {
    Walker browser = new Walker(server.baseUri());
    assertEquals(
        302,
        browser
            .post(server.baseUri().resolve("saml/acs"), browser.responseFor("mette"))
            .statusCode());

    for (Map<String, String> form : List.of(Map.<String, String>of(), Map.of("token", "forged"))) {
      HttpResponse<String> forged = browser.post(server.baseUri().resolve("saml/logout"), form);
      assertEquals(302, forged.statusCode());
      assertTrue(
          forged.headers().firstValue("Location").orElseThrow().endsWith("/log-ud.xhtml"),
          "asked to confirm instead");
    }
    HttpResponse<String> list = browser.get(server.baseUri().resolve("samtaler.xhtml"));
    assertEquals(200, list.statusCode(), "still signed on");
    assertTrue(list.body().contains("Mette Sørensen"));
  }

  @Test
  void aReplayedResponseIsRefusedAndOpensNoSession(WildFlyServer server) throws Exception {
    Walker victim = new Walker(server.baseUri());
    Map<String, String> saml = victim.responseFor("jonas");
    String cookieBefore = victim.signOnCookie();
    assertEquals(302, victim.post(server.baseUri().resolve("saml/acs"), saml).statusCode());

    // From another browser, which started no sign-on.
    Walker attacker = new Walker(server.baseUri());
    HttpResponse<String> replay = attacker.post(server.baseUri().resolve("saml/acs"), saml);
    assertRefused(attacker, replay, "SAML-REJ-25");

    // With a copy of the victim's sign-on cookie from before: the request was answered already.
    Walker thief = new Walker(server.baseUri());
    thief.setSignOnCookie(cookieBefore);
    assertRefused(thief, thief.post(server.baseUri().resolve("saml/acs"), saml), "SAML-REJ-03");
  }

  @Test
  void aGarbledResponseIsRefusedWithoutStackTrace(WildFlyServer server) throws Exception {
    Walker browser = new Walker(server.baseUri());
    HttpResponse<String> response =
        browser.post(server.baseUri().resolve("saml/acs"), Map.of("SAMLResponse", "PHNhbWxwOlJl"));
    assertRefused(browser, response, "SAML-REJ-00");
  }

  @Test
  void aTamperedResponseIsRefused(WildFlyServer server) throws Exception {
    Walker browser = new Walker(server.baseUri());
    Map<String, String> saml = browser.responseFor("aisha");
    String xml =
        new String(
            java.util.Base64.getDecoder().decode(saml.get("SAMLResponse")), StandardCharsets.UTF_8);
    // The Destination is outside the encrypted, signed assertion: an attacker can change it.
    String forged =
        xml.replaceFirst("Destination=\"[^\"]*\"", "Destination=\"https://evil.example/acs\"");
    saml.put(
        "SAMLResponse",
        java.util.Base64.getEncoder().encodeToString(forged.getBytes(StandardCharsets.UTF_8)));
    assertRefused(browser, browser.post(server.baseUri().resolve("saml/acs"), saml), "SAML-REJ-01");
  }

  @Test
  void publishesSpMetadata(WildFlyServer server) throws Exception {
    HttpResponse<String> md =
        new Walker(server.baseUri()).get(server.baseUri().resolve("saml/metadata"));
    assertEquals(200, md.statusCode());
    assertTrue(md.body().contains("AuthnRequestsSigned=\"true\""), md.body());
    assertTrue(md.body().contains("WantAssertionsSigned=\"true\""));
    assertTrue(md.body().contains(server.baseUri().resolve("saml/acs").toString()));
    assertTrue(md.body().contains(":Signature"), "signed");
    assertTrue(md.body().contains("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"));
  }

  private static void assertRefused(Walker browser, HttpResponse<String> response, String eventId)
      throws Exception {
    assertEquals(302, response.statusCode(), response.body());
    HttpResponse<String> page = browser.follow(response);
    assertTrue(page.uri().getPath().endsWith("/login-fejl.xhtml"), page.uri().toString());
    assertTrue(page.body().contains("Du blev ikke logget ind"), page.body());
    assertTrue(page.body().contains(eventId), page.body());
    assertFalse(page.body().contains("Exception"), "no stack trace");
    HttpResponse<String> list = browser.get(browser.base.resolve("samtaler.xhtml"));
    assertEquals(302, list.statusCode(), "no session was opened");
  }
}
