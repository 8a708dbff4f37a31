package dk.samtalenotat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo as a newcomer meets it after {@code bin/run} ({@code demo-journal-its} in ear/pom.xml
 * sets the server up the same way): Mette approves one of her sample conversations, the demo
 * municipality journalises it into the demo case system deployed beside the EAR (demo-sbsys.war),
 * and the receipt (case, document id) appears on the conversation; the demo case system's own page
 * lists the note under the same document id.
 */
@EnabledIfSystemProperty(
    named = "samtalenotat.it.env.SAMTALENOTAT_JOURNAL_TENANT_11111111_URL",
    matches = ".*/demo-sbsys/")
@ExtendWith({WildFlyExtension.class, BrowserExtension.class})
class DemoJournalIT {

  /** The sample sick-leave conversation's case (DemoSeeder), id 102 in the demo case system. */
  private static final String SAMPLE_CASE = "27.12.04-G01-102-26";

  @Test
  void anApprovedSampleIsJournalisedIntoTheDemoCaseSystem(BrowserExtension.BrowserSession browser) {
    Page page = browser.page();
    Ui.signIn(page, "mette");
    page.navigate("samtaler.xhtml");
    Locator row = page.locator(".conversations tbody tr").filter(hasText(SAMPLE_CASE));
    page.waitForNavigation(() -> row.locator("a.open-link").click());

    Ui.awaitState(page, "DRAFT_READY");
    Ui.confirmFlags(page);
    Ui.submitConfirmed(page, "draftForm:approve");

    Ui.awaitState(page, "JOURNALISED");
    assertEquals("sbsys", page.locator("#receiptSystem").getAttribute("data-system"));
    assertEquals("102", page.locator("#receiptCase").innerText().strip());
    String document = page.locator("#receiptDocument").innerText().strip();
    assertTrue(document.matches("\\d+"), "SBSYS's document id: " + document);

    page.navigate("demo-sbsys/");
    String received = page.locator("table").nth(1).innerText();
    assertTrue(received.contains(document) && received.contains("102"), received);
  }

  private static Locator.FilterOptions hasText(String text) {
    return new Locator.FilterOptions().setHasText(text);
  }
}
