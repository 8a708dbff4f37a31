package dk.samtalenotat.it;

import static dk.samtalenotat.it.Ui.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.RequestOptions;
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
 * team does in the test (a documented conversation with a regenerated and edited draft, rated at
 * approval, and a declined one), the CSV holds the same rows, nothing on the page names a citizen
 * or shows content, the team lead enters the team's baseline, the administrator sees the whole
 * municipality with the demo's year of history and its withheld cells ("< 5"), the review page's
 * activity beats count only for the owner before approval, and a caseworker is refused.
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

    // The team lead enters the team's baseline; a value outside 1..600 minutes is refused.
    lead.navigate("gevinster.xhtml");
    for (String wrong : List.of("0", "601", "tyve")) {
      byId(lead, "baselineForm:baseline").fill(wrong);
      Ui.submit(lead, "baselineForm:saveBaseline");
      assertTrue(Ui.messages(lead).contains("fra 1 til 600"), wrong + ": " + Ui.messages(lead));
    }
    byId(lead, "baselineForm:baseline").fill("27");
    Ui.submit(lead, "baselineForm:saveBaseline");
    assertTrue(Ui.messages(lead).contains("27 minutter"), Ui.messages(lead));
    lead.reload();
    assertEquals("27", byId(lead, "baselineForm:baseline").inputValue(), "kept after a reload");

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
    long id = Ui.conversationId(caseworker);
    // The review page reports activity while it is used; another user's beat is not counted.
    assertEquals(
        200, beat(caseworker, id).status(), "the owner's beat while the draft is under review");
    assertTrue(beat(caseworker, id).text().contains("\"counted\":true"));
    Page colleague = browser.newPage();
    Ui.signIn(colleague, "mette");
    assertEquals(404, beat(colleague, id).status(), "a colleague's beat");
    // The optional rating, asked at approval.
    caseworker.locator("label[for='draftForm:rating:3']").click();
    byId(caseworker, "draftForm:ratingReason").fill("Manglede aftalen om lønsedler");
    browser.checkAccessibility(caseworker);
    Ui.submitConfirmed(caseworker, "draftForm:approve");
    Ui.awaitState(caseworker, "APPROVED");
    APIResponse late = beat(caseworker, id);
    assertEquals(200, late.status(), late.text());
    assertTrue(late.text().contains("\"counted\":false"), "after approval: " + late.text());
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
    assertEquals("27", after.get("baseline_min"), csv);
    assertGrewByOne(before, after, "samtaler_med_tid", csv);
    assertGrewByOne(before, after, "vurderede", csv);
    if (!after.get("samtaler_med_tid").equals("< 5")) {
      assertTrue(after.get("median_dokumentationstid_min").matches("\\d+,\\d"), csv);
      assertTrue(after.get("sparede_minutter").matches("-?\\d+"), csv);
    }
    assertNoPersonalData(csv);

    lead.navigate("index.xhtml");
    lead.locator("#link-benefit").click();
    lead.locator("[id='figures']").waitFor();
    assertEquals("TEAM", lead.locator("#scope").getAttribute("data-scope"));
    lead.waitForCondition(() -> lead.locator(".ui-chart canvas").count() == 5);
    String time = lead.locator("[id='timeFigures']").innerText();
    assertTrue(time.contains("Team Job") && time.contains("27"), time);
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
    assertEquals(0, admin.locator("[id='baselineForm']").count(), "a team lead's baseline");

    // The demo's year of history: every month has figures; Team Sygedagpenge's first month has
    // fewer than five conversations, so its documentation figures are withheld.
    String first = YearMonth.parse(month).minusMonths(11).toString();
    String year = csv(admin, first, month);
    for (YearMonth m = YearMonth.parse(first);
        !m.isAfter(YearMonth.parse(month));
        m = m.plusMonths(1)) {
      Map<String, String> job = row(year, "Team Job", m.toString());
      assertTrue(Integer.parseInt(job.get("registrerede")) > 0, m + ": " + year);
    }
    Map<String, String> start = row(year, "Team Sygedagpenge", first);
    assertEquals("< 5", start.get("samtaler_med_tid"), year);
    assertEquals("< 5", start.get("median_dokumentationstid_min"), year);
    assertEquals("< 5", start.get("sparede_minutter"), year);
    Map<String, String> later =
        row(year, "Team Sygedagpenge", YearMonth.parse(first).plusMonths(1).toString());
    assertTrue(later.get("median_dokumentationstid_min").matches("\\d+,\\d"), year);
    assertEquals("30", later.get("baseline_min"), year);
    admin.navigate("gevinster.xhtml?from=" + first + "&to=" + month);
    String adminTime = admin.locator("[id='timeFigures']").innerText();
    assertTrue(adminTime.contains("< 5"), adminTime);
    assertTrue(adminTime.contains("Team Sygedagpenge"), adminTime);
  }

  private static APIResponse beat(Page page, long id) {
    return page.request()
        .post(
            "api/conversations/" + id + "/review-activity",
            RequestOptions.create().setHeader("Content-Type", "application/json").setData("{}"));
  }

  /** A count grew by one; a withheld count ("< 5") may become one shown from 5 on. */
  private static void assertGrewByOne(
      Map<String, String> before, Map<String, String> after, String column, String csv) {
    String was = before.get(column);
    String is = after.get(column);
    if (was.equals("< 5")) {
      assertTrue(is.equals("< 5") || is.equals("5"), column + ": " + csv);
    } else {
      assertEquals(plus(before, column, 1), is, column + ": " + csv);
    }
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
    return row(csv, "Team Job", month);
  }

  /** A team's row of the month, column name to cell. */
  private static Map<String, String> row(String csv, String team, String month) {
    List<String> lines = csv.lines().toList();
    String[] header = lines.get(0).split(";", -1);
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(";", -1);
      if (cells[0].equals(team) && cells[1].equals(month)) {
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
          row.put(header[i], cells[i]);
        }
        return row;
      }
    }
    throw new AssertionError("no row for " + team + " in " + month + ":\n" + csv);
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
