package dk.samtalenotat.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfDocumentTest {

  static final Instant AT = Instant.parse("2026-11-29T13:05:00Z");

  /** The text of one page, as a reader of the PDF gets it. */
  static String page(PDDocument doc, int page) throws Exception {
    PDFTextStripper s = new PDFTextStripper();
    s.setStartPage(page);
    s.setEndPage(page);
    return s.getText(doc);
  }

  static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void titleGenerationTimeHeadingsAndDanishLettersComeOutAsText() throws Exception {
    byte[] pdf =
        PdfDocument.titled("Fortegnelse over behandlingsaktiviteter", AT)
            .heading("Dataansvarlig")
            .paragraph("Søren Ærø på Åbenrå Rådhus – ✓ godkendt.")
            .facts(List.<String[]>of(new String[] {"Databeskyttelsesrådgiver", "dpo@kommune.dk"}))
            .render();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Fortegnelse over behandlingsaktiviteter"), text);
      // 13:05 UTC is 14:05 in Copenhagen in November.
      assertTrue(text.contains("Dannet 29.11.2026 14:05"), text);
      assertTrue(text.contains("Dataansvarlig"), text);
      assertTrue(text.contains("Søren Ærø på Åbenrå Rådhus"), text);
      assertTrue(text.contains("? godkendt"), "a character the font lacks is replaced: " + text);
      assertTrue(text.contains("Databeskyttelsesrådgiver"), text);
      assertTrue(text.contains("dpo@kommune.dk"), text);
      assertTrue(text.contains("Side 1 af 1"), text);
    }
  }

  @Test
  void everyPageSaysWhichOfHowManyItIsAndALongTableRepeatsItsHeader() throws Exception {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i <= 120; i++) {
      rows.add(
          List.of(
              "række " + i, "en celle med en tekst lang nok til at ombrydes " + "ord ".repeat(12)));
    }
    byte[] pdf =
        PdfDocument.titled("Lang tabel", AT)
            .table(List.of("Nummer", "Indhold"), new float[] {1, 4}, rows)
            .render();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int pages = doc.getNumberOfPages();
      assertTrue(pages >= 3, "pages: " + pages);
      for (int p = 1; p <= pages; p++) {
        String text = page(doc, p);
        assertTrue(text.contains("Side " + p + " af " + pages), text);
        assertTrue(text.contains("Nummer"), "header on page " + p + ": " + text);
        assertTrue(text.contains("Lang tabel"), "title in the footer of page " + p);
      }
      String all = new PDFTextStripper().getText(doc);
      assertTrue(all.contains("række 1\n") || all.contains("række 1 "), all);
      assertTrue(all.contains("række 120"), "no row is lost");
    }
  }

  @Test
  void aCellLongerThanAPageIsSplitAcrossPagesAndNothingIsLost() throws Exception {
    StringBuilder longCell = new StringBuilder();
    for (int i = 1; i <= 150; i++) {
      longCell.append("linje").append(i).append('\n');
    }
    String hash = "ab".repeat(64);
    byte[] pdf =
        PdfDocument.titled("Lang celle", AT)
            .table(
                List.of("Hvad", "Tekst"),
                new float[] {1, 1},
                List.of(List.of("transskription", longCell.toString()), List.of("hash", hash)))
            .render();
    String text = text(pdf);
    assertTrue(text.contains("linje1\n") || text.contains("linje1 "), text);
    assertTrue(text.contains("linje150"), text);
    assertTrue(text.replace("\n", "").contains(hash), "a long word is broken, not cut: " + text);
  }

  @Test
  void theDocumentIsDeclaredPdfA2bWithMatchingMetadataAnEmbeddedFontAndAnSrgbIntent()
      throws Exception {
    byte[] pdf =
        PdfDocument.titled("Oplysning om behandling & rettigheder", AT).paragraph("æøå").render();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String xmp =
          new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>"), xmp);
      assertTrue(xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"), xmp);
      assertTrue(xmp.contains("Oplysning om behandling &amp; rettigheder"), xmp);
      assertTrue(xmp.contains("2026-11-29T13:05:00Z"), xmp);
      assertTrue(xmp.contains(PdfDocument.PRODUCER), xmp);

      var info = doc.getDocumentInformation();
      assertEquals("Oplysning om behandling & rettigheder", info.getTitle());
      assertEquals(PdfDocument.CREATOR, info.getCreator());
      assertEquals(PdfDocument.PRODUCER, info.getProducer());
      assertEquals(AT.toEpochMilli(), info.getCreationDate().getTimeInMillis());
      assertEquals("da-DK", doc.getDocumentCatalog().getLanguage());

      List<PDOutputIntent> intents = doc.getDocumentCatalog().getOutputIntents();
      assertEquals(1, intents.size());
      assertEquals("sRGB IEC61966-2.1", intents.get(0).getOutputConditionIdentifier());
      assertNotNull(intents.get(0).getDestOutputIntent(), "the ICC profile is embedded");
      assertNotNull(doc.getDocument().getDocumentID(), "PDF/A needs a file identifier");

      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertTrue(font.isEmbedded(), font.getName() + " is embedded");
          assertTrue(font.getName().contains("LiberationSans"), font.getName());
        }
      }
      assertFalse(new PDFTextStripper().getText(doc).isBlank());
    }
  }
}
