package dk.samtalenotat.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class NotePdfTest {

  @Test
  void theNoteWithDanishLettersAndTheApprovalLine() throws Exception {
    String text =
        "Jobsamtale 12.03.2026\n\nSamtaletype: Jobsamtale\n\nFormål\nSøren Ærø fortalte om sin"
            + " jobsøgning på lageret – ✓ uden problemer.\n\n"
            + "Dokumentation: Udkast dannet med AI-understøttet tale-til-tekst; gennemgået og"
            + " godkendt af Jonas Holm 12.03.2026 11:00.";
    JournalNote note =
        new JournalNote(
            "29189897",
            "0101901234",
            "SAG-1",
            "Jobsamtale 12.03.2026",
            text,
            null,
            java.time.LocalDateTime.of(2026, 3, 12, 9, 30),
            java.time.OffsetDateTime.parse("2026-03-12T11:00:00+01:00"),
            new JournalNote.Author("u", "JH", "Jonas Holm"),
            "Jobsamtale",
            "Fremmøde",
            List.of(),
            null,
            null,
            null,
            "pdf");
    byte[] pdf = NotePdf.render(note);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String extracted = new PDFTextStripper().getText(doc);
      assertTrue(extracted.contains("Søren Ærø"), extracted);
      assertTrue(extracted.contains("Formål"), extracted);
      assertTrue(extracted.contains("godkendt af Jonas"), extracted);
      assertTrue(extracted.contains("010190-1234"), extracted);
      assertTrue(extracted.contains("?"), "a character Helvetica lacks is replaced: " + extracted);
      assertEquals("Jobsamtale 12.03.2026", doc.getDocumentInformation().getTitle());
      assertTrue(extracted.contains("Side 1 af 1"), extracted);
      assertTrue(extracted.contains("Udskrevet til manuel journalisering"), extracted);
    }
  }
}
