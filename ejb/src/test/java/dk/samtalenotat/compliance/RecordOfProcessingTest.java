package dk.samtalenotat.compliance;

import static dk.samtalenotat.compliance.PdfDocumentTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.export.Csv;
import dk.samtalenotat.retention.RetentionPolicy;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordOfProcessingTest {

  private static final Instant AT = Instant.parse("2026-11-29T13:05:00Z");

  @Test
  void theRecordNamesControllerDpoAndTheRetentionActuallyInForce() throws Exception {
    String text =
        text(RecordOfProcessing.pdf(TestFacts.local(new RetentionPolicy(3, 12, 9)), AT))
            .replace("\n", " ");
    assertTrue(text.contains("Fortegnelse over behandlingsaktiviteter"), text);
    assertTrue(text.contains("Dannet 29.11.2026 14:05"), text);
    assertTrue(text.contains("Æbeltoft Kommune, Rådhustorvet 1, 8400 Ebeltoft"), text);
    assertTrue(
        text.contains("Søren Ørsted, e-mail dpo@aebeltoft.dk"),
        "tenant name, installation e-mail: " + text);
    assertTrue(text.contains("CVR 29189897"), text);
    // The tenant's settings, each within its cap.
    assertTrue(text.contains("senest 3 dage efter modtagelsen (loft 7 dage)"), text);
    assertTrue(text.contains("senest 12 dage efter registrering (loft 30 dage)"), text);
    assertTrue(text.contains("senest 9 dage efter godkendelse"), text);
    assertTrue(text.contains("Slettes automatisk efter 1 år"), "access log retention: " + text);
    assertTrue(
        text.contains("Slettes automatisk efter 180 dage"), "sign-on log retention: " + text);
    assertTrue(text.contains("NSIS-sikringsniveau High"), text);
    for (String activity :
        new String[] {
          "Lydoptagelse af samtalen",
          "Transskription af samtalen",
          "Udkast til journalnotat",
          "Journalisering af det godkendte notat",
          "Registrering af samtalen",
          "Log over log-ind og log-ud",
          "Adgangslog"
        }) {
      assertTrue(text.contains(activity), activity + " in " + text);
    }
    assertTrue(text.contains("whisper-jni) i applikationens egen proces"), text);
    assertTrue(text.contains("Intet sagssystem er tilsluttet"), text);
    assertTrue(text.contains("Overførsel til tredjelande Ingen."), text);
    assertTrue(text.contains("AES-256-GCM"), text);
    assertTrue(text.contains("sikkerhedskopier af databasen er udløbet (35 dage)"), text);
    assertTrue(
        text.contains("Ikke oplyst (indstilling samtalenotat.compliance.tenant.<CVR>.hosting)"),
        text);
    assertTrue(text.contains("Side 1 af "), text);
  }

  @Test
  void remoteEnginesAndTheCaseSystemAreRecipientsAndTheirTransferIsDemanded() throws Exception {
    ProcessingFacts f =
        TestFacts.facts(
            TestFacts.config(),
            TestFacts.speech("openai-http", "https://user:pw@stt.example.eu:8443/v1/secret-path"),
            TestFacts.draft("openai-chat", "https://llm.example.eu/"),
            TestFacts.sbsys("https://sbsys.kommune.dk/api/"),
            new RetentionPolicy(7, 30, 30));
    String text = text(RecordOfProcessing.pdf(f, AT)).replace("\n", " ");
    assertTrue(text.contains("på serveren https://stt.example.eu:8443"), text);
    assertFalse(text.contains("secret-path") || text.contains("pw@"), "only the origin: " + text);
    assertTrue(
        text.contains("sprogmodellen (openai-chat) på serveren https://llm.example.eu"), text);
    assertTrue(text.contains("Placering ikke oplyst"), text);
    assertTrue(text.contains("Kommunens sagssystem (SBSYS) på https://sbsys.kommune.dk"), text);
    assertTrue(
        text.contains(
            "Ikke oplyst. Data sendes til https://stt.example.eu:8443, https://llm.example.eu"),
        text);

    Map<String, String> config = TestFacts.config();
    config.put(
        "samtalenotat.compliance.third-country-transfers",
        "Ingen; begge servere står i Sverige (EU).");
    config.put(
        "samtalenotat.compliance.tenant." + TestFacts.CVR + ".speech.location",
        "Azure, Sweden Central");
    f =
        TestFacts.facts(
            config,
            TestFacts.speech("openai-http", "https://stt.example.eu"),
            TestFacts.draft("offline", null),
            null,
            new RetentionPolicy(7, 30, 30));
    text = text(RecordOfProcessing.pdf(f, AT)).replace("\n", " ");
    assertTrue(text.contains("Placering: Azure, Sweden Central."), text);
    assertTrue(text.contains("begge servere står i Sverige (EU)"), text);
  }

  @Test
  void theCsvHasOneRowPerActivityWithTheSameFacts() {
    String csv = RecordOfProcessing.csv(TestFacts.local(new RetentionPolicy(2, 10, 5, 20)));
    String[] lines = csv.split("\r\n(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
    assertEquals(8, lines.length, csv);
    assertTrue(lines[0].startsWith("Aktivitet;Formål;Retsgrundlag;"), lines[0]);
    assertTrue(lines[1].startsWith("Lydoptagelse af samtalen;"), lines[1]);
    assertTrue(lines[1].contains("senest 2 dage efter modtagelsen"), lines[1]);
    assertTrue(lines[2].contains("senest 10 dage efter registrering"), lines[2]);
    assertTrue(lines[3].contains("senest 5 dage efter godkendelse"), lines[3]);
    assertTrue(lines[5].startsWith("Registrering af samtalen;"), lines[5]);
    assertTrue(
        lines[5].contains("slettes 20 dage efter, at samtalens indhold er slettet"), lines[5]);
    assertTrue(lines[5].contains("loft 90 dage"), lines[5]);
    assertTrue(lines[7].startsWith("Adgangslog"), lines[7]);
    for (int i = 1; i < lines.length; i++) {
      assertTrue(lines[i].contains("Æbeltoft Kommune"), lines[i]);
      assertTrue(lines[i].contains("AES-256-GCM"), lines[i]);
    }
  }

  @Test
  void csvCellsAreQuotedAndFormulasDefused() {
    assertEquals("\"a;b\"", Csv.cell("a;b"));
    assertEquals("\"sagt \"\"nej\"\"\"", Csv.cell("sagt \"nej\""));
    assertEquals("'=HYPERLINK(1)", Csv.cell("=HYPERLINK(1)"));
    assertEquals("", Csv.cell(null));
  }
}
