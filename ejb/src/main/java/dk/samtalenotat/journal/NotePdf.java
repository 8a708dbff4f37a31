package dk.samtalenotat.journal;

import dk.samtalenotat.compliance.PdfDocument;
import java.time.Instant;

/**
 * The approved note as an A4 PDF/A document for journalising by hand: title, citizen and case, the
 * note in its layout (header, sections, the "godkendt af" documentation line), on the shared {@link
 * PdfDocument} (embedded font with Danish letters, page numbers).
 */
public final class NotePdf {

  private NotePdf() {}

  public static byte[] render(JournalNote note) {
    PdfDocument pdf = PdfDocument.titled(note.title(), Instant.now());
    pdf.paragraph(
        "Borger (CPR): "
            + note.citizenCprWithHyphen()
            + "    Sag: "
            + (note.caseReference() == null ? "ikke valgt" : note.caseReference()));
    String[] paragraphs = note.text().split("\n", -1);
    // The first line of the text repeats the title already printed.
    for (int i = paragraphs[0].equals(note.title()) ? 1 : 0; i < paragraphs.length; i++) {
      String p = paragraphs[i];
      if (p.isBlank()) {
        continue;
      }
      boolean heading = !p.contains(":") && p.length() < 60 && !p.endsWith(".");
      if (heading) {
        pdf.heading(p);
      } else {
        pdf.paragraph(p);
      }
    }
    pdf.note("Udskrevet til manuel journalisering.");
    return pdf.render();
  }
}
