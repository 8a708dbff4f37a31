package dk.samtalenotat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Need-to-know: a caseworker opens only their own conversations, also by typing the address; a
 * caseworker of another municipality and a team lead see none; nobody gets anything unsigned.
 */
@ExtendWith({WildFlyExtension.class, BrowserExtension.class})
class NeedToKnowIT {

  @Test
  void anotherCaseworkersConversationIsNotFoundByAddress(BrowserExtension.BrowserSession browser) {
    Page owner = browser.page();
    Ui.signIn(owner, "jonas");
    long id = Ui.registerConversation(owner, "121212-1212", "JONAS-OWN");

    for (String other : new String[] {"mette", "karen"}) {
      Page page = browser.newPage();
      Ui.signIn(page, other);
      Response response = page.navigate("samtale.xhtml?id=" + id);
      assertEquals(404, response.status(), other + " opened jonas' conversation");
      assertFalse(page.content().contains("121212"), other + " saw the CPR number");
      page.navigate("samtaler.xhtml");
      assertFalse(
          page.locator(".conversations").innerText().contains("JONAS-OWN"),
          other + " sees jonas' conversation in the list");
    }
  }

  @Test
  void aHandedOverConversationBelongsToTheColleagueOnly(BrowserExtension.BrowserSession browser) {
    Page jonas = browser.page();
    Ui.signIn(jonas, "jonas");
    long id = Ui.registerConversation(jonas, "050505-5050", "HANDOVER-1");
    String choices =
        String.join(
            ", ", jonas.locator("[id='handOverForm:colleague_input'] option").allTextContents());
    assertTrue(choices.contains("Mette Sørensen"), choices);
    assertFalse(choices.contains("Karen"), "a caseworker of another municipality: " + choices);
    assertFalse(choices.contains("Lone"), "a team lead takes no conversations: " + choices);
    assertFalse(choices.contains("Jonas"), "not to oneself: " + choices);

    Ui.byId(jonas, "handOverForm:colleague").click();
    jonas
        .locator("[id='handOverForm:colleague_items'] li")
        .filter(new Locator.FilterOptions().setHasText("Mette Sørensen"))
        .click();
    Ui.submitConfirmed(jonas, "handOverForm:handOver");
    assertTrue(Ui.messages(jonas).contains("overdraget til Mette Sørensen"), Ui.messages(jonas));
    assertFalse(jonas.locator(".conversations").innerText().contains("HANDOVER-1"));
    assertEquals(404, jonas.navigate("samtale.xhtml?id=" + id).status(), "jonas lets go of it");

    Page mette = browser.newPage();
    Ui.signIn(mette, "mette");
    mette.navigate("samtaler.xhtml");
    assertTrue(mette.locator(".conversations").innerText().contains("HANDOVER-1"));
    assertEquals(200, mette.navigate("samtale.xhtml?id=" + id).status());
    assertEquals("REGISTERED", Ui.state(mette));
  }

  @Test
  void noOtherRoleReadsTranscriptOrDraft(BrowserExtension.BrowserSession browser) {
    Page owner = browser.page();
    Ui.signIn(owner, "mette");
    owner.navigate("samtaler.xhtml");
    String first = owner.locator("a.open-link").first().getAttribute("href");
    for (String user : new String[] {"lone", "peter", "admin"}) {
      Page page = browser.newPage();
      Ui.signIn(page, user);
      for (String path : new String[] {"samtaler.xhtml", "ny-samtale.xhtml", first}) {
        Response response = page.navigate(path);
        assertEquals(403, response.status(), user + " " + path);
        assertFalse(page.content().contains("CPR"), user + " saw conversation content at " + path);
        assertFalse(page.content().contains("segment"), user + " saw a transcript at " + path);
      }
    }
  }

  @Test
  void withoutSignInEveryPageLeadsToSignIn(WildFlyServer server) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (String path :
        new String[] {"samtaler.xhtml", "samtale.xhtml?id=1", "ny-samtale.xhtml", ""}) {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(server.baseUri().resolve(path)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      boolean toSignIn =
          response.statusCode() == 302
              || response.statusCode() == 401
              || response.body().contains("id=\"login\"");
      assertTrue(toSignIn, path + " answered " + response.statusCode());
      assertFalse(response.body().contains("samtale.xhtml?id="), path + " listed conversations");
    }
  }
}
