package dk.samtalenotat.it;

import static dk.samtalenotat.it.Ui.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import dk.samtalenotat.journal.fake.FakeCaseSystem.Fault;
import dk.samtalenotat.journal.fake.FakeSbsys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * From the approval button to an SBSYS-shaped case system on loopback ({@link FakeSbsys}), on a
 * server whose demo municipality journalises there: the case picked on the registration screen, the
 * receipt shown, a closed case refused and the note resent to another case, a create that timed out
 * after SBSYS stored it resolved without a second note, and the PDF fallback.
 */
@ExtendWith({WildFlyExtension.class, BrowserExtension.class})
class SbsysJournalIT {

  private static final String CPR = "120385-1236";
  private static FakeSbsys sbsys;

  @BeforeAll
  static void startSbsys() throws IOException {
    // Only the journal server's execution names the port; elsewhere (-Dit.test) there is nothing to
    // do.
    Assumptions.assumeTrue(System.getProperty("samtalenotat.it.fake-sbsys-port") != null);
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
    FakeSbsys.Note note = sbsys.notes().get(before);
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
