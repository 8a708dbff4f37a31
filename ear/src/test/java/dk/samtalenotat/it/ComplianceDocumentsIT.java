package dk.samtalenotat.it;

import static dk.samtalenotat.it.Ui.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compliance documents in the browser, on data the test makes: the administrator sets the
 * municipality's retention and takes the citizen notice; a caseworker documents a conversation; the
 * compliance officer downloads the record of processing (PDF and CSV) and the access request
 * package for the citizen. Each PDF is parsed and must say what the configuration and the data say;
 * the export is in the access log with its purpose; another municipality's conversation about the
 * same citizen stays out; everybody else is refused.
 */
@ExtendWith({WildFlyExtension.class, BrowserExtension.class})
class ComplianceDocumentsIT {

  private static final String CPR = "150375-4321";
  private static final String PURPOSE = "Indsigtsanmodning modtaget 28.11.2026, j.nr. IT-42";

  @Test
  void theDocumentsSayWhatTheConfigurationAndTheDataSay(
      BrowserExtension.BrowserSession browser, @TempDir Path dir) throws Exception {
    Page admin = browser.page();
    Ui.signIn(admin, "admin");
    setRetention(admin, "4", "21", "25");
    try {
      // The administrator's notice, with the municipality's retention now in force.
      admin.navigate("");
      admin.waitForNavigation(() -> admin.locator("#notice-link").click());
      assertEquals(0, admin.locator("[id='art30:pdf']").count(), "no record for the administrator");
      String notice = pdfText(admin.waitForDownload(() -> byId(admin, "notice:pdf").click()));
      assertTrue(notice.contains("Oplysning om optagelse af din samtale med kommunen"), notice);
      assertTrue(notice.contains("Demo Kommune vil gerne optage samtalen"), notice);
      assertTrue(notice.contains("senest efter 4 dage"), notice);
      assertTrue(notice.contains("senest 21 dage efter samtalen blev registreret"), notice);
      assertTrue(notice.contains("senest 25 dage efter godkendelsen"), notice);
      assertTrue(notice.contains("Du kan sige nej"), notice);
      assertTrue(notice.contains("Dorthe Ødegaard, e-mail dpo@demo-kommune.dk"), notice);
      assertTrue(notice.contains("Klage til Datatilsynet"), notice);
      assertTrue(notice.contains("Side 1 af"), notice);

      // A conversation about the citizen, and one in another municipality about the same one.
      Path vtt =
          Files.writeString(dir.resolve("samtale.vtt"), CaseworkerJourneyIT.TEAMS_TRANSCRIPT);
      Page caseworker = browser.newPage();
      Ui.signIn(caseworker, "aisha");
      long id = Ui.registerConversation(caseworker, CPR, "ART15-0001");
      Ui.importTranscript(caseworker, vtt);
      Ui.awaitState(caseworker, "DRAFT_READY");
      Page elsewhere = browser.newPage();
      Ui.signIn(elsewhere, "karen");
      Ui.registerConversation(elsewhere, CPR, "ANDEN-KOMMUNE-1");

      Page peter = browser.newPage();
      Ui.signIn(peter, "peter");
      peter.navigate("");
      peter.waitForNavigation(() -> peter.locator("#link-documents").click());

      String record = pdfText(peter.waitForDownload(() -> byId(peter, "art30:pdf").click()));
      assertTrue(record.contains("Fortegnelse over behandlingsaktiviteter"), record);
      assertTrue(record.contains("Demo Kommune, Rådhuspladsen 1, 9999 Demoby"), record);
      assertTrue(record.contains("Dorthe Ødegaard, e-mail dpo@demo-kommune.dk"), record);
      assertTrue(record.contains("senest 4 dage efter modtagelsen (loft 7 dage)"), record);
      assertTrue(record.contains("senest 21 dage efter registrering (loft 30 dage)"), record);
      assertTrue(record.contains("senest 25 dage efter godkendelse"), record);
      assertTrue(
          record.contains("Ingen talegenkendelse er sat op"), "the demo's engines: " + record);
      assertTrue(record.contains("den indbyggede motor (offline)"), record);
      assertTrue(record.contains("Intet sagssystem er tilsluttet"), record);
      assertTrue(record.contains("Slettes automatisk efter 6 måneder"), record);
      assertTrue(record.contains("NSIS-sikringsniveau Substantial"), record);
      assertTrue(record.contains("Side 1 af"), record);

      Download csvDownload = peter.waitForDownload(() -> byId(peter, "art30:csv").click());
      String csv = Files.readString(csvDownload.path(), StandardCharsets.UTF_8);
      assertTrue(csv.startsWith("\uFEFFAktivitet;Formål;"), csv);
      assertTrue(csv.contains("Lydoptagelse af samtalen;"), csv);
      assertTrue(csv.contains("senest 4 dage efter modtagelsen"), csv);
      assertTrue(csv.contains("Adgangslog"), csv);

      // Bad input: a Danish message, nothing downloaded.
      byId(peter, "art15:cpr").fill("999999-9999");
      byId(peter, "art15:purpose").fill(PURPOSE);
      Ui.submit(peter, "art15:download");
      assertTrue(Ui.messages(peter).contains("CPR-nummeret er ikke gyldigt"), Ui.messages(peter));
      byId(peter, "art15:cpr").fill(CPR);
      byId(peter, "art15:purpose").fill("  ");
      Ui.submit(peter, "art15:download");
      assertTrue(Ui.messages(peter).contains("Angiv formålet"), Ui.messages(peter));

      byId(peter, "art15:cpr").fill(CPR);
      byId(peter, "art15:purpose").fill(PURPOSE);
      String access = pdfText(peter.waitForDownload(() -> byId(peter, "art15:download").click()));
      String today =
          LocalDate.now(ZoneId.of("Europe/Copenhagen"))
              .format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
      assertTrue(access.contains("Indsigt efter databeskyttelsesforordningens art. 15"), access);
      assertTrue(access.contains("CPR-nummer " + CPR), access);
      assertTrue(access.contains("j.nr. IT-42"), access);
      assertTrue(access.contains("Samtale " + id), access);
      assertTrue(access.contains("ART15-0001"), access);
      assertTrue(access.contains("Udkast klar"), access);
      assertTrue(
          access.contains("Jeg har søgt tre stillinger som lagerarbejder"),
          "the transcript still held: " + access);
      assertTrue(access.contains("Udkast til notat, version 1 af 1"), access);
      assertTrue(access.contains("Intet er slettet endnu"), access);
      assertTrue(access.contains(today + " Oprettet Dokumentation af samtalen på sagen"), access);
      assertTrue(access.contains(today + " Læst Dokumentation af samtalen på sagen"), access);
      assertTrue(access.contains("Behandlet automatisk"), "the drafting job: " + access);
      assertTrue(access.contains("Hvem der har slået op, oplyses ikke"), access);
      assertTrue(access.contains("Der træffes ingen automatiske afgørelser"), access);
      assertTrue(access.contains("Klage til Datatilsynet"), access);
      assertFalse(access.contains("ANDEN-KOMMUNE-1"), "another municipality's conversation");
      // The caseworker is named only as a participant of the conversation; the look-ups name
      // nobody, and no employee's user key appears anywhere.
      String lookUps =
          access.substring(
              access.indexOf("Opslag i borgerens oplysninger"),
              access.indexOf("Oplysninger efter artikel 15"));
      assertTrue(access.contains("Aisha Rahimi (Sagsbehandler)"), access);
      assertFalse(lookUps.contains("Aisha") || lookUps.contains("Peter"), lookUps);
      assertFalse(access.contains("6f1c2a10"), "no user key: " + access);

      // The export is in the access log with its purpose, once per conversation it disclosed.
      String day = LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString();
      var log =
          peter
              .request()
              .get(
                  "api/compliance/access-log?from=" + day + "&to=" + day + "&action=EXPORT",
                  RequestOptions.create().setHeader("Accept", "application/json"));
      assertEquals(200, log.status(), log.text());
      int exports = 0;
      for (JsonElement e : JsonParser.parseString(log.text()).getAsJsonArray()) {
        JsonObject entry = e.getAsJsonObject();
        if (entry.has("criterion")
            && !entry.get("criterion").isJsonNull()
            && entry.get("criterion").getAsString().contains("j.nr. IT-42")) {
          assertEquals("ACCESS_REQUEST", entry.get("purpose").getAsString());
          assertEquals(id, entry.get("conversationId").getAsLong());
          exports++;
        }
      }
      assertEquals(1, exports, log.text());

      // Approval destroys the transcript: the deletion evidence of the day names it.
      Ui.submitConfirmed(caseworker, "draftForm:approve");
      Ui.awaitState(caseworker, "APPROVED");
      peter.navigate("dokumenter.xhtml");
      peter.locator("#deletionFrom").fill(day);
      peter.locator("#deletionTo").fill(day);
      Download evidence = peter.waitForDownload(() -> peter.locator("#deletionCsv").click());
      String deletions = Files.readString(evidence.path(), StandardCharsets.UTF_8);
      assertTrue(deletions.startsWith("id;conversation;object;type;rule;"), deletions);
      assertTrue(
          deletions
              .lines()
              .anyMatch(
                  l ->
                      l.contains(";" + id + ";transcript:")
                          && l.contains(";TRANSCRIPT;TRANSCRIPT_APPROVED;")),
          deletions);
      assertFalse(deletions.contains("150375"), "no CPR number: " + deletions);

      // Overdue deletions: the schedule read now, metadata only.
      Download overdue = peter.waitForDownload(() -> peter.locator("#overdueCsv").click());
      String late = Files.readString(overdue.path(), StandardCharsets.UTF_8);
      assertTrue(late.startsWith("conversation;object;type;rule;due;read_at;complete"), late);
      assertFalse(late.contains("150375"), "no CPR number: " + late);
    } finally {
      // Back to the caps, as the other tests expect.
      setRetention(admin, "7", "30", "30");
    }
  }

  @Test
  void onlyTheComplianceOfficerAndForTheNoticeTheAdministratorGetTheDocuments(
      BrowserExtension.BrowserSession browser) {
    for (String user : new String[] {"mette", "lone", "karen"}) {
      Page page = browser.newPage();
      Ui.signIn(page, user);
      Response response = page.navigate("dokumenter.xhtml");
      assertEquals(403, response.status(), user);
      assertEquals(
          403,
          page.navigate("api/compliance/deletion-evidence/overdue.csv").status(),
          user + " reads no deletion schedule");
    }
  }

  private static void setRetention(Page admin, String audio, String transcript, String note) {
    admin.navigate("oprydning.xhtml");
    byId(admin, "settings:audioDays").fill(audio);
    byId(admin, "settings:transcriptDays").fill(transcript);
    byId(admin, "settings:noteDays").fill(note);
    Ui.submit(admin, "settings:save");
    assertTrue(Ui.messages(admin).contains("gemt"), Ui.messages(admin));
  }

  /** The text of a downloaded PDF, lines joined, as PDFBox extracts it. */
  private static String pdfText(Download download) throws Exception {
    byte[] pdf = Files.readAllBytes(download.path());
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replace("\n", " ");
    }
  }
}
