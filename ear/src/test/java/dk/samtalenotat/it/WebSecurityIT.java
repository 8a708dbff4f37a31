package dk.samtalenotat.it;

import static dk.samtalenotat.it.Ui.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Web security over HTTP: security headers and uncached pages, an HttpOnly session cookie, and a
 * forged cross-site postback (the signed-in caseworker's cookie, but not the page's view state)
 * that changes nothing.
 */
@ExtendWith({WildFlyExtension.class, BrowserExtension.class})
class WebSecurityIT {

  @Test
  void everyAnswerCarriesTheSecurityHeaders(WildFlyServer server) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(server.baseUri().resolve("login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    var headers = response.headers();
    String csp = headers.firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("frame-ancestors 'none'"), csp);
    assertTrue(csp.contains("object-src 'none'"), csp);
    assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""));
    assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(""));
    assertEquals("no-store", headers.firstValue("Cache-Control").orElse(""));
  }

  @Test
  void theSessionCookieIsHttpOnly(BrowserExtension.BrowserSession browser) {
    Page page = browser.page();
    Ui.signIn(page, "aisha");
    var session =
        page.context().cookies().stream()
            .filter(c -> c.name.equals("JSESSIONID"))
            .findFirst()
            .orElseThrow();
    assertTrue(session.httpOnly, "JSESSIONID must not be readable by script");
  }

  @Test
  void aForgedPostbackWithoutTheViewStateChangesNothing(
      BrowserExtension.BrowserSession browser, @TempDir Path dir) throws Exception {
    Path vtt = Files.writeString(dir.resolve("s.vtt"), CaseworkerJourneyIT.TEAMS_TRANSCRIPT);
    Page page = browser.page();
    Ui.signIn(page, "aisha");
    long id = Ui.registerConversation(page, "300477-1122", "CSRF-1");
    Ui.importTranscript(page, vtt);
    Ui.awaitState(page, "DRAFT_READY");
    String version = byId(page, "draftForm:basedOn").inputValue();

    // What a foreign page could post with the caseworker's cookie: every field but a real view
    // state, which it cannot read.
    for (String viewState : new String[] {null, "-1234567890:9876543210", "stateless"}) {
      FormData form =
          FormData.create()
              .set("draftForm", "draftForm")
              .set("draftForm:basedOn", version)
              .set("draftForm:content", "Forfalsket notat.")
              .set("draftForm:approve", "draftForm:approve");
      if (viewState != null) {
        form.set("jakarta.faces.ViewState", viewState);
      }
      APIResponse response =
          page.request()
              .post(
                  "samtale.xhtml?id=" + id,
                  RequestOptions.create()
                      .setForm(form)
                      .setHeader("Origin", "https://evil.example"));
      assertFalse(response.text().contains("Forfalsket notat."), "forged text rendered");
    }

    page.navigate("samtale.xhtml?id=" + id);
    assertEquals("DRAFT_READY", Ui.state(page), "the forged approval did nothing");
    assertFalse(byId(page, "draftForm:content").inputValue().contains("Forfalsket"));
    assertEquals(1, page.locator("[id='history'] tbody tr").count(), "no version was added");
  }

  /**
   * A page whose view the session no longer holds (here: the caseworker opened more pages than the
   * session keeps views of; in a cluster: her node died just after rendering it) is shown again
   * with a message when she posts it, signed in still and nothing done; the second try works.
   */
  @Test
  void aPostOfAPageTheSessionNoLongerHoldsShowsThePageAgainWithNothingDone(
      BrowserExtension.BrowserSession browser, @TempDir Path dir) throws Exception {
    Path vtt = Files.writeString(dir.resolve("s.vtt"), CaseworkerJourneyIT.TEAMS_TRANSCRIPT);
    Page page = browser.page();
    Ui.signIn(page, "aisha");
    long id = Ui.registerConversation(page, "300477-1122", "VIEW-1");
    Ui.importTranscript(page, vtt);
    Ui.awaitState(page, "DRAFT_READY");

    // More pages than the session keeps views of (Mojarra's 15 logical views) push this one out.
    // (GETs with the page's cookies, as other tabs would send them.)
    for (int i = 0; i < 20; i++) {
      assertEquals(200, page.request().get("samtaler.xhtml").status());
    }
    Ui.submitConfirmed(page, "draftForm:approve");
    assertTrue(page.url().contains("samtale.xhtml?id=" + id), "back on the page: " + page.url());
    assertTrue(Ui.messages(page).contains("Siden blev vist igen"), Ui.messages(page));
    assertEquals("DRAFT_READY", Ui.state(page), "the expired post approved nothing");

    Ui.submitConfirmed(page, "draftForm:approve");
    Ui.awaitState(page, "APPROVED");
  }
}
