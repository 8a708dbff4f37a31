package dk.samtalenotat.it;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a caseworker does in the screens, as steps the browser tests share. Element ids are the
 * Faces client ids of the pages (form id, colon, component id).
 */
final class Ui {

  private static final Pattern CONVERSATION_ID = Pattern.compile("[?&]id=(\\d+)");

  private Ui() {}

  /** A locator for a Faces client id, whose colons CSS would read as pseudo-classes. */
  static Locator byId(Page page, String clientId) {
    return page.locator("[id='" + clientId + "']");
  }

  /**
   * Picks {@code label} in a PrimeFaces select menu as a person does: opens the menu, clicks the
   * item, and sees the menu show it. A click that lands while the overlay is still animating can be
   * lost (seen on a loaded build machine); a person would see the old value and pick again, and so
   * does this, up to three times.
   */
  static void choose(Page page, String clientId, String label) {
    Locator shown = byId(page, clientId + "_label");
    Locator item = page.locator("[id='" + clientId + "_items'] li[data-label='" + label + "']");
    for (int attempt = 1; ; attempt++) {
      if (!item.isVisible()) {
        byId(page, clientId).click();
      }
      item.click();
      try {
        page.waitForCondition(
            () -> label.equals(shown.innerText().strip()),
            new Page.WaitForConditionOptions().setTimeout(3000));
        return;
      } catch (PlaywrightException e) {
        if (attempt == 3) {
          fail(clientId + " shows \"" + shown.innerText() + "\", not \"" + label + "\"", e);
        }
      }
    }
  }

  /**
   * Signs in through the development identity provider, as a person does in the demo: the
   * application sends a signed AuthnRequest, the IdP shows its demo users, the person picks one,
   * and the signed, encrypted assertion goes back through the full SAML checklist.
   */
  static void signIn(Page page, String user) {
    page.navigate("saml/login");
    if (page.url().contains("login-fejl") && page.url().contains("SAML-CFG-01")) {
      // The SP's first read of the IdP's metadata can time out while a freshly started server
      // warms up on a loaded build machine; a person would try again, and so does the test.
      page.waitForTimeout(2000);
      page.navigate("saml/login");
    }
    page.locator("#user-" + user).click();
    page.locator("#signed-in-user").waitFor();
  }

  /**
   * Registers a conversation with the defaults of the form (job conversation, in person, now), the
   * citizen informed; answers its id, read from the address of the page it lands on.
   */
  static long registerConversation(Page page, String cpr, String caseReference) {
    openRegistration(page, cpr, caseReference);
    page.locator("label[for='register:consent:0']").click();
    byId(page, "register:save").click();
    page.waitForURL(Pattern.compile(".*samtale\\.xhtml\\?.*id=\\d+.*"));
    return conversationId(page);
  }

  static void openRegistration(Page page, String cpr, String caseReference) {
    page.navigate("ny-samtale.xhtml");
    byId(page, "register:cpr").fill(cpr);
    byId(page, "register:caseReference").fill(caseReference);
  }

  static long conversationId(Page page) {
    Matcher m = CONVERSATION_ID.matcher(page.url());
    if (!m.find()) {
      fail("no conversation id in " + page.url());
    }
    return Long.parseLong(m.group(1));
  }

  /**
   * Registers a conversation into the case, imports the Teams-style transcript, waits for the draft
   * and approves it; answers the conversation's id.
   */
  static long approvedNote(Page page, Path dir, String cpr, String caseReference) {
    Path file = dir.resolve("samtale.txt");
    try {
      java.nio.file.Files.writeString(
          file,
          """
          Sagsbehandler: Velkommen. I dag taler vi om din sygemelding.
          Borger: Jeg er stadig sygemeldt, men jeg har det lidt bedre.
          Sagsbehandler: Vi aftaler en ny samtale om fire uger.
          Borger: Det er fint.
          """);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    long id = registerConversation(page, cpr, caseReference);
    importTranscript(page, file);
    awaitState(page, "DRAFT_READY");
    submitConfirmed(page, "draftForm:approve");
    return id;
  }

  static void uploadAudio(Page page, Path file) {
    page.locator("#audioForm input[type=file]").setInputFiles(file);
    submit(page, "audioForm:uploadAudio");
  }

  static void importTranscript(Page page, Path file) {
    page.locator("#transcriptForm input[type=file]").setInputFiles(file);
    submit(page, "transcriptForm:importTranscript");
  }

  /** Unfolds the conversation page's opt-out controls (folded away by default). */
  static void openConsent(Page page) {
    if (page.locator("#consent-details[open]").count() == 0) {
      page.locator("#consent-summary").click();
    }
  }

  /** Clicks a button that posts the whole page and waits for the answer. */
  static void submit(Page page, String clientId) {
    page.waitForNavigation(() -> byId(page, clientId).click());
  }

  /** Clicks a button guarded by the confirmation dialog and confirms. */
  static void submitConfirmed(Page page, String clientId) {
    byId(page, clientId).click();
    page.waitForNavigation(() -> page.locator(".ui-confirmdialog-yes:visible").click());
  }

  /**
   * Confirms every open flag of the unsupported-fact check ("Jeg har kontrolleret oplysningen"),
   * one post each.
   */
  static void confirmFlags(Page page) {
    Locator open = page.locator("#sentences li.flag.open button.confirm-flag");
    while (open.count() > 0) {
      page.waitForNavigation(() -> open.first().click());
    }
  }

  /** The state shown on the conversation page. */
  static String state(Page page) {
    return page.locator("#state").getAttribute("data-state");
  }

  /** The global messages of the page (confirmations and errors), as text. */
  static String messages(Page page) {
    Locator messages = page.locator(".ui-messages");
    return messages.count() == 0 ? "" : String.join("\n", messages.allInnerTexts());
  }

  /**
   * Waits until the conversation page shows the state: the page polls while the pipeline works and
   * reloads itself when the state changes; otherwise this reloads it. Fails on an unexpected
   * failure state at once, with the problem the page shows. States in {@code orLater} are taken as
   * well, for a step a timer may take before the page is read again.
   */
  static void awaitState(Page page, String expected, String... orLater) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    String state = null;
    while (Instant.now().isBefore(deadline)) {
      try {
        state = state(page);
      } catch (RuntimeException navigating) {
        state = null;
      }
      if (expected.equals(state) || (state != null && List.of(orLater).contains(state))) {
        return;
      }
      if (state != null && state.endsWith("_FAILED") && !expected.endsWith("_FAILED")) {
        fail("conversation is " + state + ": " + page.locator("[id='problem']").innerText());
      }
      page.waitForTimeout(1000);
      try {
        if (page.locator("[id='pollForm'], [id='journalPollForm']").count() == 0) {
          page.reload();
        }
      } catch (PlaywrightException navigatedMeanwhile) {
        // The page's own poll reloaded it between the check and the reload: read it again.
      }
    }
    fail(
        "conversation still " + state + " after 120 s, expected " + expected + " at " + page.url());
  }
}
