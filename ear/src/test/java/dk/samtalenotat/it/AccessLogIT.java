package dk.samtalenotat.it;

import static dk.samtalenotat.it.Ui.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The access log holds exactly the uses of personal data of a caseworker's path, and the compliance
 * officer exports it: every screen that shows the conversation is one READ, the list one SEARCH,
 * each change one entry, the drafting job one PROCESS; the citizen appears only as a keyed hash.
 */
@ExtendWith({WildFlyExtension.class, BrowserExtension.class})
class AccessLogIT {

  private static final String CPR = "240386-1357";

  @Test
  void theCaseworkersPathIsLoggedEntryByEntry(
      BrowserExtension.BrowserSession browser, @TempDir Path dir) throws Exception {
    Instant start = Instant.now();
    Path vtt = Files.writeString(dir.resolve("samtale.vtt"), CaseworkerJourneyIT.TEAMS_TRANSCRIPT);
    Page page = browser.page();
    // Each full page of a conversation shows its data once; count them as the browser sees them.
    // A post that succeeded answers with the redirect to the page (post-redirect-get) without
    // reading the conversation: only the page it redirects to reads it.
    AtomicInteger conversationPages = new AtomicInteger();
    AtomicInteger listPages = new AtomicInteger();
    page.onResponse(
        r -> {
          if (r.request().resourceType().equals("document") && r.status() == 200) {
            if (r.url().contains("/samtale.xhtml")) {
              conversationPages.incrementAndGet();
            } else if (r.url().contains("/samtaler.xhtml")) {
              listPages.incrementAndGet();
            }
          }
        });

    Ui.signIn(page, "aisha");
    long id = Ui.registerConversation(page, CPR, "LOG-0001");
    Ui.importTranscript(page, vtt);
    Ui.awaitState(page, "DRAFT_READY");
    byId(page, "draftForm:content")
        .fill(
            byId(page, "draftForm:content").inputValue()
                // A sentence the transcript supports: an unsupported one would be flagged, and an
                // open flag stops the approval (DraftReviewIT covers that path).
                + "\nBorgeren har søgt tre stillinger som lagerarbejder i denne måned.");
    Ui.submit(page, "draftForm:save");
    Ui.submitConfirmed(page, "draftForm:approve");
    Ui.awaitState(page, "APPROVED");

    Page compliance = browser.newPage();
    Ui.signIn(compliance, "peter");
    String today = LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString();
    APIResponse response =
        compliance
            .request()
            .get(
                "api/compliance/access-log?from=" + today + "&to=" + today,
                RequestOptions.create().setHeader("Accept", "application/json"));
    assertEquals(200, response.status(), response.text());
    assertFalse(response.text().contains("240386"), "the log shows no CPR number");

    List<JsonObject> mine = new ArrayList<>();
    for (JsonElement e : JsonParser.parseString(response.text()).getAsJsonArray()) {
      JsonObject entry = e.getAsJsonObject();
      if (!Instant.parse(entry.get("occurredAt").getAsString()).isBefore(start)
          && !entry.get("userRole").getAsString().equals("compliance")) {
        mine.add(entry);
      }
    }

    Map<String, Integer> expected = new TreeMap<>();
    expected.put("sagsbehandler SEARCH CONVERSATION", listPages.get());
    expected.put("sagsbehandler CREATE CONVERSATION", 1);
    expected.put("sagsbehandler READ CONVERSATION", conversationPages.get());
    expected.put("sagsbehandler CREATE TRANSCRIPT", 1);
    expected.put("DraftingJob PROCESS DRAFT", 1);
    expected.put("sagsbehandler CHANGE DRAFT", 1);
    expected.put("sagsbehandler APPROVE DRAFT", 1);
    // Approval ends the transcript's purpose: it is destroyed at once, on the user's action.
    expected.put("user DELETE TRANSCRIPT", 1);
    Map<String, Integer> actual = new TreeMap<>();
    for (JsonObject entry : mine) {
      String key =
          entry.get("userRole").getAsString()
              + " "
              + entry.get("action").getAsString()
              + " "
              + entry.get("objectType").getAsString();
      actual.merge(key, 1, Integer::sum);
    }
    assertTrue(listPages.get() >= 1 && conversationPages.get() >= 4, actual.toString());
    assertEquals(expected, actual, "the log holds exactly the uses of the path");

    String hash = null;
    for (JsonObject entry : mine) {
      assertEquals(
          entry.get("action").getAsString().equals("DELETE") ? "RETENTION" : "CASE_DOCUMENTATION",
          entry.get("purpose").getAsString());
      if (entry.has("conversationId") && !entry.get("conversationId").isJsonNull()) {
        assertEquals(id, entry.get("conversationId").getAsLong());
        assertEquals("LOG-0001", entry.get("caseReference").getAsString());
        String h = entry.get("citizenCprHash").getAsString();
        assertTrue(h.matches("[0-9a-f]{64}"), h);
        assertTrue(hash == null || hash.equals(h), "one citizen, one hash");
        hash = h;
      } else {
        assertEquals("SEARCH", entry.get("action").getAsString(), entry.toString());
        assertTrue(entry.get("criterion").getAsString().contains("own conversations"));
      }
    }
    assertEquals("CREATE", first(mine, id).get("action").getAsString(), "creation comes first");

    // The approval destroyed the transcript: the evidence names it, with the hash of what went.
    APIResponse evidence =
        compliance.request().get("api/compliance/deletion-evidence/conversation/" + id);
    assertEquals(200, evidence.status(), evidence.text());
    JsonObject deleted =
        JsonParser.parseString(evidence.text()).getAsJsonArray().get(0).getAsJsonObject();
    assertEquals("TRANSCRIPT", deleted.get("objectType").getAsString(), evidence.text());
    assertEquals("USER", deleted.get("executor").getAsString());
    assertTrue(deleted.get("ciphertextSha256").getAsString().matches("[0-9a-f]{64}"));
    assertFalse(deleted.get("late").getAsBoolean());
    APIResponse period =
        compliance.request().get("api/compliance/deletion-evidence?from=" + today + "&to=" + today);
    assertTrue(period.text().contains(deleted.get("objectId").getAsString()), period.text());

    APIResponse csv =
        compliance
            .request()
            .get(
                "api/compliance/access-log?from=" + today + "&to=" + today,
                RequestOptions.create().setHeader("Accept", "text/csv"));
    assertEquals(200, csv.status());
    assertTrue(csv.text().startsWith("id;time;user;role;action"), csv.text());
    assertTrue(csv.text().contains(";LOG-0001;"), "the CSV holds the path's entries");
    assertFalse(csv.text().contains("240386"));
  }

  @Test
  void onlyTheComplianceOfficerReadsTheLog(BrowserExtension.BrowserSession browser) {
    Page page = browser.page();
    Ui.signIn(page, "mette");
    APIResponse response =
        page.request().get("api/compliance/access-log?from=2026-01-01&to=2026-12-31");
    assertEquals(403, response.status());

    Page compliance = browser.newPage();
    Ui.signIn(compliance, "peter");
    APIResponse bad =
        compliance
            .request()
            .get(
                "api/compliance/access-log?from=yesterday&to=today",
                RequestOptions.create().setHeader("Accept", "application/json"));
    assertEquals(400, bad.status());
  }

  @Test
  void theComplianceOfficerFindsACitizensEntriesByCprNumber(
      BrowserExtension.BrowserSession browser) {
    Page caseworker = browser.page();
    Ui.signIn(caseworker, "jonas");
    Ui.registerConversation(caseworker, "171170-2468", "SEARCH-A");
    Ui.registerConversation(caseworker, "181180-1357", "SEARCH-B");

    Page page = browser.newPage();
    Ui.signIn(page, "peter");
    page.locator("#link-access-log").click();
    byId(page, "search:cpr").fill("171170-2468");
    byId(page, "search:go").click();
    page.locator("[id='search:entries'] tbody tr").first().waitFor();
    String table = page.locator("[id='search:entries']").innerText();
    assertTrue(table.contains("SEARCH-A"), table);
    assertFalse(table.contains("SEARCH-B"), "another citizen's entries: " + table);
    // In Danish: actions, objects and purposes by name, users by name (their key on hover).
    assertTrue(table.contains("Oprettet: Samtale") && table.contains("Læst: Samtale"), table);
    assertTrue(table.contains("Dokumentation i sagen") && table.contains("Jonas Holm"), table);
    assertFalse(table.contains("CASE_DOCUMENTATION") || table.contains("READ"), table);
    assertEquals(
        "6f1c2a10-0000-4000-8000-000000000002",
        page.locator("[id='search:entries'] .log-user").first().getAttribute("title"));

    String csvUrl = byId(page, "search:csv").getAttribute("href");
    APIResponse csv = page.request().get(csvUrl);
    assertEquals(200, csv.status(), csv.text());
    assertTrue(csv.headers().get("content-type").startsWith("text/csv"), csv.headers().toString());
    assertTrue(csv.text().contains(";SEARCH-A;"), csv.text());
    assertFalse(csv.text().contains("SEARCH-B"));
    assertFalse(csv.text().contains("171170"), "no CPR number in the export");

    byId(page, "search:cpr").fill("999999-9999");
    byId(page, "search:go").click();
    page.locator(".ui-messages-error").waitFor();
    assertTrue(Ui.messages(page).contains("CPR-nummeret er ikke gyldigt"), Ui.messages(page));

    // The searches are logged, the citizen only as a prefix of the keyed hash.
    String today = LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString();
    APIResponse log =
        page.request()
            .get(
                "api/compliance/access-log?from=" + today + "&to=" + today + "&action=SEARCH",
                RequestOptions.create().setHeader("Accept", "application/json"));
    assertEquals(200, log.status(), log.text());
    assertTrue(log.text().contains("citizen "), "the CPR search is in the log: " + log.text());
    assertFalse(log.text().contains("171170"), "the log holds no CPR number");
  }

  @Test
  void signOnsAreSecurityEventsForTheComplianceOfficer(BrowserExtension.BrowserSession browser) {
    Instant start = Instant.now();
    Page page = browser.page();
    Ui.signIn(page, "peter");
    String today = LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString();
    APIResponse response =
        page.request()
            .get(
                "api/compliance/security-events?from=" + today + "&to=" + today,
                RequestOptions.create().setHeader("Accept", "application/json"));
    assertEquals(200, response.status(), response.text());
    boolean mine = false;
    for (JsonElement e : JsonParser.parseString(response.text()).getAsJsonArray()) {
      JsonObject event = e.getAsJsonObject();
      if (!Instant.parse(event.get("occurredAt").getAsString()).isBefore(start)
          && event.get("eventId").getAsString().equals("SAML-LOGIN-01")) {
        assertEquals("SIGNED_ON", event.get("outcome").getAsString());
        assertEquals("11111111", event.get("tenantCvr").getAsString());
        mine = true;
      }
      assertTrue(
          !event.has("tenantCvr") || event.get("tenantCvr").getAsString().equals("11111111"),
          "another municipality's event: " + event);
    }
    assertTrue(mine, "peter's own sign-on is in the security log: " + response.text());
  }

  private static JsonObject first(List<JsonObject> entries, long id) {
    return entries.stream()
        .filter(e -> e.has("conversationId") && !e.get("conversationId").isJsonNull())
        .filter(e -> e.get("conversationId").getAsLong() == id)
        .findFirst()
        .orElseThrow();
  }
}
