package dk.samtalenotat.it;

import static dk.samtalenotat.it.Ui.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The citizen's opt-outs (issue 4): stopping the recording from a point in the conversation drops
 * what was said after it and drafts anew; 00:00 withdraws everything; a standing refusal blocks
 * registering and recording later conversations with the citizen until it is withdrawn. Citizens of
 * their own, so other tests' conversations are not affected.
 */
@ExtendWith({WildFlyExtension.class, BrowserExtension.class})
class OptOutIT {

  @Test
  void stoppingTheRecordingDropsWhatCameAfterAndDraftsAnew(
      BrowserExtension.BrowserSession browser, @TempDir Path dir) throws IOException {
    Path vtt = dir.resolve("udskrift.vtt");
    Files.writeString(vtt, CaseworkerJourneyIT.TEAMS_TRANSCRIPT);
    Page page = browser.page();
    Ui.signIn(page, "jonas");
    Ui.registerConversation(page, "150595-1111", "");
    Ui.importTranscript(page, vtt);
    Ui.awaitState(page, "DRAFT_READY");
    assertEquals(5, page.locator(".segments li.segment").count());

    // From 00:13 on the citizen did not want to be recorded: the cues at 13.5 s and later go.
    Ui.openConsent(page);
    byId(page, "optOutForm:stopAt").fill("00:13");
    Ui.submitConfirmed(page, "optOutForm:stopRecording");
    Ui.awaitState(page, "DRAFT_READY");
    assertEquals(2, page.locator(".segments li.segment").count());
    String transcript = page.locator(".segments").innerText();
    assertFalse(transcript.contains("fire stillinger"), transcript);
    assertTrue(page.locator("[id='stoppedAt']").innerText().contains("00:13"));
    for (String cited : page.locator("#sentences a.cite").allInnerTexts()) {
      assertTrue(Set.of("[1]", "[2]").contains(cited), "the new draft cites " + cited);
    }

    // From the start: everything recorded goes and the conversation is declined.
    Ui.openConsent(page);
    byId(page, "optOutForm:stopAt").fill("00:00");
    Ui.submitConfirmed(page, "optOutForm:stopRecording");
    assertEquals("DECLINED", Ui.state(page));
    assertEquals(0, page.locator(".segments li.segment").count());
  }

  @Test
  void aStandingRefusalBlocksLaterConversationsUntilWithdrawn(
      BrowserExtension.BrowserSession browser) {
    Page page = browser.page();
    Ui.signIn(page, "jonas");
    long first = Ui.registerConversation(page, "160696-2222", "");
    Ui.openConsent(page);
    Ui.submitConfirmed(page, "optOutForm:refuseForGood");
    assertTrue(page.locator("[id='standingRefusal']").isVisible());
    assertEquals(0, page.locator("[id='input']").count(), "no audio or transcript can be added");

    Ui.openRegistration(page, "160696-2222", "");
    page.locator("label[for='register:consent:0']").click();
    // The form answers by AJAX: the registration is refused and the page stays.
    byId(page, "register:save").click();
    page.waitForCondition(() -> Ui.messages(page).contains("frabedt sig optagelse fremover"));
    assertTrue(page.url().contains("ny-samtale"), page.url());

    page.navigate("samtale.xhtml?id=" + first);
    Ui.openConsent(page);
    Ui.submit(page, "optOutForm:withdrawRefusal");
    assertEquals(0, page.locator("[id='standingRefusal']").count());
    assertEquals(1, page.locator("[id='input']").count());
  }
}
