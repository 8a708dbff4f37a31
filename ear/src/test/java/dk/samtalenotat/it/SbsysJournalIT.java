package dk.samtalenotat.it;

import static dk.samtalenotat.it.Ui.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import dk.samtalenotat.demosbsys.SbsysCaseSystem;
import dk.samtalenotat.journal.fake.FakeCaseSystem.Fault;
import dk.samtalenotat.journal.fake.FakeSbsys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * From the approval button to an SBSYS-shaped case system on loopback ({@link FakeSbsys}), on a
 * server whose demo municipality journalises there: the case picked on the registration screen, the
 * receipt shown, a closed case refused and the note resent to another case, a create that timed out
 * after SBSYS stored it resolved without a second note, and the PDF fallback.
 */
// Only the journal server's execution names the port; the condition keeps the other executions
// (which -Dit.test also reaches) from starting a server for nothing.
@EnabledIfSystemProperty(named = "samtalenotat.it.fake-sbsys-port", matches = "\\d+")
@ExtendWith({WildFlyExtension.class, BrowserExtension.class})
class SbsysJournalIT {

  private static final String CPR = "120385-1236";
  private static FakeSbsys sbsys;

  @BeforeAll
  static void startSbsys() throws IOException {
    sbsys = new FakeSbsys(Integer.getInteger("samtalenotat.it.fake-sbsys-port"));
    sbsys.addCase(17, "27.24.00-G01-17-26", "Jobafklaring", "Aktiv", CPR);
    sbsys.addCase(18, "27.24.00-G01-18-22", "Tidligere forløb", "Afsluttet", CPR);
    sbsys.addCase(19, "32.30.00-G01-19-26", "Sygedagpenge", "Aktiv", CPR);
  }

  @AfterAll
  static void stopSbsys() {
    if (sbsys != null) {
      sbsys.close();
    }
  }

  private static final String TRANSCRIPT =
      """
      Sagsbehandler: Velkommen. I dag taler vi om din jobsøgning.
      Borger: Jeg har søgt tre stillinger som lagerarbejder.
      Sagsbehandler: Vi aftaler, at du søger fire stillinger om ugen.
      Borger: Det er fint.
      """;

  private static long approvedInto(Page page, Path dir, String caseNumber) throws IOException {
    Path file = dir.resolve("samtale.txt");
    Files.writeString(file, TRANSCRIPT);
    long id = Ui.registerConversation(page, CPR, caseNumber);
    Ui.importTranscript(page, file);
    Ui.awaitState(page, "DRAFT_READY");
    Ui.submitConfirmed(page, "draftForm:approve");
    return id;
  }

  @Test
  void caseFoundAtRegistrationAndTheNoteJournalisedOnce(
      BrowserExtension.BrowserSession browser, @TempDir Path dir) throws IOException {
    Page page = browser.page();
    Ui.signIn(page, "jonas");
    Ui.openRegistration(page, CPR, "");
    byId(page, "register:findCases").click();
    page.locator("[id='register:openCases'] tbody tr").first().waitFor();
    String found = page.locator("[id='register:openCases']").innerText();
    assertTrue(found.contains("27.24.00-G01-17-26") && found.contains("Sygedagpenge"), found);
    assertTrue(!found.contains("Tidligere forløb"), "closed cases are not offered: " + found);
    page.locator("[id='register:openCases'] tbody tr").first().locator(".pick-case").click();
    page.waitForCondition(
        () -> byId(page, "register:caseReference").inputValue().equals("27.24.00-G01-17-26"));
    page.locator("label[for='register:consent:0']").click();
    Ui.submit(page, "register:save");
    Path file = dir.resolve("samtale.txt");
    Files.writeString(file, TRANSCRIPT);
    Ui.importTranscript(page, file);
    Ui.awaitState(page, "DRAFT_READY");
    int before = sbsys.notes().size();
    Ui.submitConfirmed(page, "draftForm:approve");

    Ui.awaitState(page, "JOURNALISED");
    assertEquals("17", page.locator("#receiptCase").innerText().strip());
    assertEquals(before + 1, sbsys.notes().size(), "exactly one note in SBSYS");
    SbsysCaseSystem.Note note = sbsys.notes().get(before);
    assertEquals(17, note.caseId());
    assertTrue(note.html().contains("godkendt af Jonas Holm"), note.html());
  }

  @Test
  void closedCaseIsRefusedAndTheNoteGoesToAnotherCase(
      BrowserExtension.BrowserSession browser, @TempDir Path dir) throws IOException {
    Page page = browser.page();
    Ui.signIn(page, "jonas");
    int before = sbsys.notes().size();
    approvedInto(page, dir, "27.24.00-G01-18-22");
    Ui.awaitState(page, "JOURNAL_FAILED");
    assertTrue(
        page.locator("#journalFailure").innerText().contains("Sagen er lukket"),
        page.locator("#journalFailure").innerText());
    byId(page, "resendForm:findCases").click();
    page.locator("[id='resendForm:resendCases'] tbody tr").first().waitFor();
    byId(page, "resendForm:resendCase").fill("32.30.00-G01-19-26");
    Ui.submit(page, "resendForm:resend");
    Ui.awaitState(page, "JOURNALISED");
    assertEquals("19", page.locator("#receiptCase").innerText().strip());
    assertEquals(before + 1, sbsys.notes().size(), "one note, in the open case");
  }

  @Test
  void timeoutAfterSbsysStoredTheNoteLeavesExactlyOne(
      BrowserExtension.BrowserSession browser, @TempDir Path dir) throws IOException {
    Page page = browser.page();
    Ui.signIn(page, "jonas");
    int before = sbsys.notes().size();
    int creates = sbsys.createRequests();
    sbsys.slowAnswer(Duration.ofSeconds(5));
    sbsys.fail(Fault.STORE_THEN_SLOW);
    approvedInto(page, dir, "27.24.00-G01-17-26");
    Ui.awaitState(page, "JOURNALISED");
    assertEquals(before + 1, sbsys.notes().size(), "the timed-out create was found, not repeated");
    assertEquals(creates + 1, sbsys.createRequests(), "no second create");
  }

  @Test
  void serverKilledWhileSbsysStoresTheNoteJournalisesItOnceAfterTheRestart(
      WildFlyServer server, BrowserExtension.BrowserSession browser, @TempDir Path dir)
      throws IOException {
    Page page = browser.page();
    Ui.signIn(page, "jonas");
    int before = sbsys.notes().size();
    int creates = sbsys.createRequests();
    sbsys.slowAnswer(Duration.ofSeconds(5));
    sbsys.fail(Fault.STORE_THEN_SLOW);
    long id = approvedInto(page, dir, "27.24.00-G01-17-26");
    assertTrue(sbsys.awaitCreateRequests(creates + 1, Duration.ofSeconds(60)), "no create arrived");
    // SBSYS has stored the note and the server dies before its answer arrives.
    server.kill();
    server.start();

    Page after = browser.newPage();
    Ui.signIn(after, "jonas");
    after.navigate("samtale.xhtml?id=" + id);
    Ui.awaitState(after, "JOURNALISED");
    assertEquals(before + 1, sbsys.notes().size(), "exactly one note after the restart");
    assertEquals(creates + 1, sbsys.createRequests(), "the case system was asked, not sent again");
  }

  @Test
  void noteJournalisedByHandIsConfirmedLoggedAndCountsAsTheReceipt(
      BrowserExtension.BrowserSession browser, @TempDir Path dir) throws IOException {
    Page page = browser.page();
    Ui.signIn(page, "jonas");
    int before = sbsys.notes().size();
    long id = approvedInto(page, dir, "27.24.00-G01-18-22");
    Ui.awaitState(page, "JOURNAL_FAILED");
    page.waitForDownload(() -> byId(page, "pdfForm:downloadPdf").click());

    // The administrator sees the failed note, by number and reason only.
    Page admin = browser.newPage();
    Ui.signIn(admin, "admin");
    admin.navigate("journalisering.xhtml");
    String attention = admin.locator("[id='attention']").innerText();
    assertTrue(
        admin.locator(".attention-conversation[data-id='" + id + "']").count() == 1
            && attention.contains("Sagen er lukket"),
        attention);
    assertTrue(!attention.contains(CPR) && !attention.contains("lagerarbejder"), attention);

    // No document reference: a Danish message, and nothing changes.
    Ui.submit(page, "manualForm:confirmManual");
    assertTrue(Ui.messages(page).contains("Skriv dokumentets reference"), Ui.messages(page));
    assertEquals("JOURNAL_FAILED", Ui.state(page));

    byId(page, "manualForm:manualCase").fill("27.24.00-G01-17-26");
    byId(page, "manualForm:manualDocument").fill("DOK-hand-" + id);
    Ui.submit(page, "manualForm:confirmManual");
    assertEquals("JOURNALISED", Ui.state(page));
    assertTrue(
        page.locator("#journalReceipt").innerText().contains("journaliseret manuelt"),
        page.locator("#journalReceipt").innerText());
    assertEquals("manuel", page.locator("#receiptSystem").getAttribute("data-system"));
    assertEquals("27.24.00-G01-17-26", page.locator("#receiptCase").innerText().strip());
    assertEquals("DOK-hand-" + id, page.locator("#receiptDocument").innerText().strip());
    assertEquals(0, byId(page, "manualForm:confirmManual").count(), "confirmed once");
    assertEquals(before, sbsys.notes().size(), "nothing sent to SBSYS");
    admin.reload();
    assertEquals(0, admin.locator(".attention-conversation[data-id='" + id + "']").count());

    Page compliance = browser.newPage();
    Ui.signIn(compliance, "peter");
    String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen")).toString();
    com.microsoft.playwright.APIResponse log =
        compliance
            .request()
            .get(
                "api/compliance/access-log?from=" + today + "&to=" + today,
                com.microsoft.playwright.options.RequestOptions.create()
                    .setHeader("Accept", "application/json"));
    assertEquals(200, log.status(), log.text());
    long confirmations = 0;
    for (var e : com.google.gson.JsonParser.parseString(log.text()).getAsJsonArray()) {
      var entry = e.getAsJsonObject();
      // The export leaves out empty fields.
      if (entry.has("conversationId")
          && entry.get("conversationId").getAsLong() == id
          && entry.has("criterion")
          && entry.get("criterion").getAsString().contains("journalised by hand")
          && entry.get("criterion").getAsString().contains("DOK-hand-" + id)) {
        assertEquals("CHANGE", entry.get("action").getAsString());
        confirmations++;
      }
    }
    assertEquals(1, confirmations, "the confirmation is in the access log once");

    // The deletion evidence shows where the note lives on: the receipt confirmed by hand.
    com.microsoft.playwright.APIResponse evidence =
        compliance.request().get("api/compliance/deletion-evidence/conversation/" + id);
    assertEquals(200, evidence.status(), evidence.text());
    var deletions = com.google.gson.JsonParser.parseString(evidence.text()).getAsJsonArray();
    assertTrue(deletions.size() > 0, evidence.text());
    for (var d : deletions) {
      var receipt = d.getAsJsonObject().getAsJsonObject("receipt");
      assertEquals("DOK-hand-" + id, receipt.get("remoteDocumentId").getAsString(), d.toString());
    }
  }

  @Test
  void approvedNoteAsPdfIsMarked(BrowserExtension.BrowserSession browser, @TempDir Path dir)
      throws IOException {
    Page page = browser.page();
    Ui.signIn(page, "jonas");
    approvedInto(page, dir, "27.24.00-G01-17-26");
    Ui.awaitState(page, "JOURNALISED");
    Download download = page.waitForDownload(() -> byId(page, "pdfForm:downloadPdf").click());
    byte[] pdf = Files.readAllBytes(download.path());
    assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    page.reload();
    assertTrue(page.locator("[id='pdfForm:pdfMark']").innerText().contains("Hentet som PDF"));
  }
}
