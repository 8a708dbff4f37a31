package dk.samtalenotat.it;

import static dk.samtalenotat.it.Ui.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review screen on a phone (390 px), a tablet (820 px) and a laptop (1280 px): no sideways
 * scrolling, the draft first when the screen is narrow and beside the transcript from 1024 px; and
 * after each action the address reloads to the same screen (post-redirect-get). Screenshots of each
 * width are kept in ear/target/screenshots/layout.
 */
@ExtendWith({WildFlyExtension.class, BrowserExtension.class})
class ReviewLayoutIT {

  private static final Path SHOTS = Paths.get("target", "screenshots", "layout");

  @Test
  void theReviewFitsEveryWidthAndEveryActionReloadsToTheSameScreen(
      BrowserExtension.BrowserSession browser, @TempDir Path dir) throws IOException {
    Path vtt = dir.resolve("udskrift.vtt");
    Files.writeString(vtt, CaseworkerJourneyIT.TEAMS_TRANSCRIPT);
    Page page = browser.page();
    Ui.signIn(page, "jonas");
    long id = Ui.registerConversation(page, "170797-3333", "");
    Ui.importTranscript(page, vtt);
    Ui.awaitState(page, "DRAFT_READY");
    Files.createDirectories(SHOTS);

    for (int[] size : new int[][] {{1280, 800}, {820, 1180}, {390, 844}}) {
      int width = size[0];
      page.setViewportSize(width, size[1]);
      page.reload();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(SHOTS.resolve("review-" + width + ".png"))
              .setFullPage(true));
      Object sideways =
          page.evaluate(
              "() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
      assertEquals(Boolean.FALSE, sideways, "sideways scrolling at " + width + " px");
      BoundingBox draft = page.locator("#review .draft").boundingBox();
      BoundingBox transcript = page.locator("#review .transcript").boundingBox();
      if (width >= 1024) {
        assertTrue(
            draft.x + draft.width <= transcript.x + 1 && Math.abs(draft.y - transcript.y) < 2,
            "draft and transcript side by side at " + width + " px");
      } else {
        assertTrue(draft.y + draft.height <= transcript.y + 1, "the draft first at " + width);
      }
    }

    // Gem: the answer's address names the conversation, and reloading it shows the same screen.
    page.setViewportSize(1280, 800);
    page.reload();
    String content = byId(page, "draftForm:content").inputValue();
    byId(page, "draftForm:content").fill(content + "\nEn ekstra sætning.");
    Ui.submit(page, "draftForm:save");
    assertEquals(id, Ui.conversationId(page), page.url());
    String title = page.locator("#conversation-title").innerText();
    page.reload();
    assertEquals(title, page.locator("#conversation-title").innerText());
    Ui.awaitState(page, "DRAFT_READY");
    assertTrue(byId(page, "draftForm:content").inputValue().contains("En ekstra sætning."));
  }
}
