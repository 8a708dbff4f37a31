package dk.samtalenotat.it;

import static dk.samtalenotat.it.Ui.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benefit figures on the real server: the team lead's figures grow by what a caseworker of the
 * team does in the test (a documented conversation with a regenerated and edited draft, and a
 * declined one), the CSV holds the same rows, nothing on the page names a citizen or shows content,
 * the administrator sees the whole municipality, and a caseworker is refused.
 */
@ExtendWith({WildFlyExtension.class, BrowserExtension.class})
class BenefitIT {

  private static final String CPR = "150790-2461";
  private static final String DECLINED_CPR = "160891-3572";
  private static final String CASE = "GEVINST-0001";
  private static final String ADDED = "Borgeren sender lønsedler inden mandag.";

  @Test
  void theTeamLeadSeesTheTeamsFiguresGrowWithWhatTheTestDid(
      BrowserExtension.BrowserSession browser, @TempDir Path dir) throws Exception {
    String month = YearMonth.now(ZoneId.of("Europe/Copenhagen")).toString();
    Page lead = browser.page();
    Ui.signIn(lead, "lone");
    Map<String, String> before = teamJob(csv(lead, month, month), month);

    Page caseworker = browser.newPage();
    Ui.signIn(caseworker, "jonas");
    Path vtt = Files.writeString(dir.resolve("samtale.vtt"), CaseworkerJourneyIT.TEAMS_TRANSCRIPT);
    Ui.registerConversation(caseworker, CPR, CASE);
    Ui.importTranscript(caseworker, vtt);
    Ui.awaitState(caseworker, "DRAFT_READY");
    Ui.submitConfirmed(caseworker, "draftForm:regenerate");
    Ui.awaitState(caseworker, "DRAFT_READY");
    byId(caseworker, "draftForm:content")
        .fill(byId(caseworker, "draftForm:content").inputValue() + "\n" + ADDED);
    Ui.submit(caseworker, "draftForm:save");
    // The added weekday is nowhere in the transcript: the caseworker confirms the flag it raises.
    Ui.confirmFlags(caseworker);
    Ui.submitConfirmed(caseworker, "draftForm:approve");
    Ui.awaitState(caseworker, "APPROVED");
    Ui.openRegistration(caseworker, DECLINED_CPR, "GEVINST-0002");
    caseworker.locator("label[for='register:consent:1']").click();
    byId(caseworker, "register:declinedReason").fill("Borgeren ønsker ikke optagelse.");
    byId(caseworker, "register:save").click();
    caseworker.waitForURL(java.util.regex.Pattern.compile(".*samtale\\.xhtml\\?.*id=\\d+.*"));

    String csv = csv(lead, month, month);
    Map<String, String> after = teamJob(csv, month);
    assertEquals(plus(before, "registrerede", 2), after.get("registrerede"), csv);
    assertEquals(plus(before, "fravalgt", 1), after.get("fravalgt"), csv);
    assertEquals(plus(before, "dokumenterede", 1), after.get("dokumenterede"), csv);
    assertEquals(plus(before, "regenereringer", 1), after.get("regenereringer"), csv);
    assertFalse(after.get("andel_ændret_gennemsnit").isEmpty(), "the edit is measured: " + csv);
    assertTrue(after.get("fravalgsandel").matches("0,\\d{3}"), csv);
    assertFalse(csv.contains("Team Sygedagpenge"), "a team lead sees only their team: " + csv);
    assertNoPersonalData(csv);

    lead.navigate("index.xhtml");
    lead.locator("#link-benefit").click();
    lead.locator("[id='figures']").waitFor();
    assertEquals("TEAM", lead.locator("#scope").getAttribute("data-scope"));
    assertEquals(4, lead.locator(".ui-chart canvas").count(), "four charts");
    String table = lead.locator("[id='figures']").innerText();
    assertTrue(table.contains("Team Job") && table.contains(month), table);
    assertNoPersonalData(lead.content());
    APIResponse linked = lead.request().get(byId(lead, "period:csv").getAttribute("href"));
    assertEquals(200, linked.status(), linked.text());
    assertTrue(linked.text().contains("Team Job;" + month + ";" + after.get("registrerede") + ";"));

    // A period the page cannot show gets a Danish message and changes nothing.
    byId(lead, "period:from").fill("2026-13");
    Ui.submit(lead, "period:show");
    assertTrue(Ui.messages(lead).contains("ÅÅÅÅ-MM"), Ui.messages(lead));
    byId(lead, "period:from").fill(YearMonth.parse(month).plusMonths(1).toString());
    byId(lead, "period:to").fill(month);
    Ui.submit(lead, "period:show");
    assertTrue(Ui.messages(lead).contains("slutter, før den begynder"), Ui.messages(lead));
    APIResponse bad = lead.request().get("api/benefit/figures.csv?from=marts&to=" + month);
    assertEquals(400, bad.status());
    assertTrue(bad.text().contains("ÅÅÅÅ-MM"), bad.text());

    Page admin = browser.newPage();
    Ui.signIn(admin, "admin");
    String all = csv(admin, month, month);
    assertTrue(all.contains("Team Job;" + month + ";"), all);
    assertNoPersonalData(all);
    admin.navigate("gevinster.xhtml");
    assertEquals("MUNICIPALITY", admin.locator("#scope").getAttribute("data-scope"));
  }

  @Test
  void aCaseworkerGetsNoFigures(BrowserExtension.BrowserSession browser) {
    Page page = browser.page();
    Ui.signIn(page, "mette");
    Response response = page.navigate("gevinster.xhtml");
    assertEquals(403, response.status());
    assertEquals(
        403, page.request().get("api/benefit/figures.csv?from=2026-01&to=2026-12").status());
    page.navigate("samtaler.xhtml");
    assertEquals(0, page.locator("#link-benefit").count());
  }

  private static String csv(Page page, String from, String to) {
    APIResponse r = page.request().get("api/benefit/figures.csv?from=" + from + "&to=" + to);
    assertEquals(200, r.status(), r.text());
    assertTrue(r.headers().get("content-type").startsWith("text/csv"), r.headers().toString());
    return r.text();
  }

  /** Team Job's row of the month, column name to cell. */
  private static Map<String, String> teamJob(String csv, String month) {
    List<String> lines = csv.lines().toList();
    String[] header = lines.get(0).split(";", -1);
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(";", -1);
      if (cells[0].equals("Team Job") && cells[1].equals(month)) {
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
          row.put(header[i], cells[i]);
        }
        return row;
      }
    }
    throw new AssertionError("no row for Team Job in " + month + ":\n" + csv);
  }

  private static String plus(Map<String, String> row, String column, int n) {
    return Integer.toString(Integer.parseInt(row.get(column)) + n);
  }

  private static void assertNoPersonalData(String text) {
    for (String s :
        List.of(
            CPR,
            CPR.replace("-", ""),
            DECLINED_CPR,
            CASE,
            ADDED,
            "Jonas Holm",
            "jonas",
            "lønsedler")) {
      assertFalse(text.contains(s), "no personal data or content: found " + s);
    }
  }
}
