package dk.samtalenotat.it;

import static dk.samtalenotat.it.Ui.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administrator's clean-up screen: reached from the start page, shows the tenant's retention
 * beside the caps, refuses a value above a cap with a Danish message and keeps the old settings,
 * lists what is due within 24 hours by metadata only; closed to caseworkers.
 */
@ExtendWith({WildFlyExtension.class, BrowserExtension.class})
class RetentionAdminIT {

  /** A CPR number in any spelling: the screen never shows one. */
  private static final Pattern CPR = Pattern.compile("\\b\\d{6}-?\\d{4}\\b");

  @Test
  void theAdministratorSetsRetentionWithinTheCaps(BrowserExtension.BrowserSession browser) {
    Page page = browser.page();
    Ui.signIn(page, "admin");
    page.navigate("");
    page.waitForNavigation(() -> page.locator("#retention-link").click());
    assertTrue(page.url().contains("oprydning"), page.url());
    assertEquals("7", byId(page, "settings:audioDays").inputValue());
    assertTrue(page.locator("#audioCap").innerText().contains("højst 7 dage"));
    assertTrue(page.locator("#transcriptCap").innerText().contains("højst 30 dage"));

    // Above the cap: refused in Danish, nothing changed.
    byId(page, "settings:audioDays").fill("8");
    Ui.submit(page, "settings:save");
    assertTrue(
        Ui.messages(page).contains("Lydoptagelse må højst opbevares i 7 dage"), Ui.messages(page));
    page.navigate("oprydning.xhtml");
    assertEquals("7", byId(page, "settings:audioDays").inputValue());

    // Within the caps: saved, and shown from then on.
    byId(page, "settings:audioDays").fill("3");
    byId(page, "settings:noteDays").fill("20");
    Ui.submit(page, "settings:save");
    assertTrue(Ui.messages(page).contains("gemt"), Ui.messages(page));
    page.navigate("oprydning.xhtml");
    assertEquals("3", byId(page, "settings:audioDays").inputValue());
    assertEquals("20", byId(page, "settings:noteDays").inputValue());

    // Metadata only: the due list names conversations by id, never a citizen.
    String screen = page.locator("main").innerText();
    assertTrue(screen.contains("Slettes inden for 24 timer"), screen);
    assertFalse(CPR.matcher(screen).find(), screen);

    // Back to the caps, as the other tests expect.
    byId(page, "settings:audioDays").fill("7");
    byId(page, "settings:noteDays").fill("30");
    Ui.submit(page, "settings:save");
    assertTrue(Ui.messages(page).contains("gemt"), Ui.messages(page));
  }

  @Test
  void caseworkersAreRefused(BrowserExtension.BrowserSession browser) {
    Page page = browser.page();
    Ui.signIn(page, "mette");
    Response response = page.navigate("oprydning.xhtml");
    assertEquals(403, response.status());
    assertEquals(0, page.locator("[id='settings:save']").count());
    page.navigate("");
    assertEquals(0, page.locator("#retention-link").count());
  }
}
