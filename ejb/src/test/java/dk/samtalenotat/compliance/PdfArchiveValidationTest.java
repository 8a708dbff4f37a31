package dk.samtalenotat.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.journal.JournalNote;
import dk.samtalenotat.journal.NotePdf;
import dk.samtalenotat.retention.RetentionPolicy;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Every PDF the application produces checked by veraPDF twice: as PDF/A-2b, the archival form a
 * municipality keeps them in, and as PDF/UA-1, the tagged form a citizen's or caseworker's screen
 * reader needs. A rule broken is named with where in the file, so a change of the PDF writer that
 * breaks either fails here rather than in an archive or for a reader. The structure tree is read
 * back to see the headings and tables a screen reader announces.
 */
class PdfArchiveValidationTest {

  private static final Instant AT = Instant.parse("2026-11-29T13:05:00Z");

  @BeforeAll
  static void veraPdf() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  @Test
  void theCitizenNoticeIsPdfA2bAndPdfUa1() throws Exception {
    byte[] pdf = CitizenNotice.pdf(TestFacts.local(new RetentionPolicy(1, 14, 20)), AT);
    assertConforms(pdf);
    List<String> tree = structure(pdf);
    assertEquals(
        "H1 Oplysning om optagelse af din samtale med kommunen", tree.get(0), tree.toString());
    assertTrue(tree.contains("H2 Dine rettigheder"), tree.toString());
    assertTrue(tree.stream().anyMatch(e -> e.startsWith("TH ")), "the rights as a table: " + tree);
  }

  @Test
  void theRecordOfProcessingIsPdfA2bAndPdfUa1() throws Exception {
    byte[] pdf = RecordOfProcessing.pdf(TestFacts.local(new RetentionPolicy(3, 12, 9)), AT);
    assertConforms(pdf);
    List<String> tree = structure(pdf);
    assertTrue(
        tree.get(0).startsWith("H1 Fortegnelse over behandlingsaktiviteter"), tree.toString());
    assertTrue(tree.contains("H2 Behandlingsaktiviteter"), tree.toString());
    assertTrue(tree.contains("Table"), tree.toString());
  }

  @Test
  void theAccessRequestPackageIsPdfA2bAndPdfUa1() throws Exception {
    byte[] pdf =
        AccessRequestPackage.pdf(
            TestFacts.local(new RetentionPolicy(7, 30, 30)),
            AccessRequestPackageTest.sampleContents(AccessRequestPackageTest.sampleLookUps()),
            AT);
    assertConforms(pdf);
    List<String> tree = structure(pdf);
    assertTrue(tree.get(0).startsWith("H1 Indsigt efter databeskyttelsesforordningens art. 15"));
    assertTrue(tree.contains("H3 Samtale 17 (01.09.2026 13:00)"), tree.toString());
    assertTrue(tree.contains("TH Tidspunkt"), "the label of a fact heads its row: " + tree);
  }

  @Test
  void theApprovedNoteIsPdfA2bAndPdfUa1() throws Exception {
    String text =
        "Jobsamtale 12.03.2026\n\nFormål\nSøren Ærø fortalte om sin jobsøgning på lageret.\n\n"
            + "Aftaler\nBorgeren sender lønsedler inden mandag.\n\n"
            + "Dokumentation: Udkast dannet med AI-understøttet tale-til-tekst; gennemgået og"
            + " godkendt af Jonas Holm 12.03.2026 11:00.";
    byte[] pdf =
        NotePdf.render(
            new JournalNote(
                "29189897",
                "0101901234",
                "SAG-1",
                "Jobsamtale 12.03.2026",
                text,
                null,
                LocalDateTime.of(2026, 3, 12, 9, 30),
                OffsetDateTime.parse("2026-03-12T11:00:00+01:00"),
                new JournalNote.Author("u", "JH", "Jonas Holm"),
                "Jobsamtale",
                "Fremmøde",
                List.of(),
                null,
                null,
                null,
                "pdf"));
    assertConforms(pdf);
    List<String> tree = structure(pdf);
    assertEquals("H1 Jobsamtale 12.03.2026", tree.get(0), tree.toString());
    assertTrue(tree.contains("H2 Formål") && tree.contains("H2 Aftaler"), tree.toString());
  }

  /**
   * Every kind of block, with a table long enough to run over pages (its header row repeated as an
   * artifact) and a cell longer than a page (one cell's content on two pages).
   */
  @Test
  void aDocumentWithEveryKindOfBlockOverSeveralPagesIsPdfA2bAndPdfUa1() throws Exception {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i <= 80; i++) {
      rows.add(List.of("Lyd " + i, "efter " + i + " dage"));
    }
    rows.add(List.of("Udskrift", "Linje\n".repeat(90)));
    byte[] pdf =
        PdfDocument.titled("Fortegnelse over behandlingsaktiviteter", AT)
            .heading("Dataansvarlig")
            .paragraph("Søren Ærø på Åbenrå Rådhus – ✓ godkendt.\n\nAnden linje.")
            .note("Bemærk: oplysningerne er fra kommunens indstillinger.")
            .facts(List.<String[]>of(new String[] {"Databeskyttelsesrådgiver", "dpo@kommune.dk"}))
            .subheading("Slettefrister")
            .table(List.of("Kategori", "Slettes"), new float[] {1, 1}, rows)
            .table(List.of("Tom"), new float[] {1}, List.of())
            .render();
    assertConforms(pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertTrue(doc.getNumberOfPages() > 2, "several pages: " + doc.getNumberOfPages());
      assertEquals("da-DK", doc.getDocumentCatalog().getLanguage());
      assertTrue(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle());
      assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked());
    }
    List<String> tree = structure(pdf);
    assertEquals(
        List.of(
            "H1 Fortegnelse over behandlingsaktiviteter",
            "P Dannet 29.11.2026 14:05",
            "H2 Dataansvarlig",
            "P Søren Ærø på Åbenrå Rådhus – ? godkendt.",
            "P Anden linje.",
            "P Bemærk: oplysningerne er fra kommunens indstillinger.",
            "Table",
            "TR",
            "TH Databeskyttelsesrådgiver",
            "TD dpo@kommune.dk",
            "H3 Slettefrister",
            "Table",
            "TR",
            "TH Kategori",
            "TH Slettes",
            "TR",
            "TD Lyd 1",
            "TD efter 1 dage"),
        tree.subList(0, 18));
    assertEquals(1, tree.stream().filter("TH Kategori"::equals).count(), "header tagged once");
    assertEquals(2 + 81, tree.stream().filter("TR"::equals).count(), tree.toString());
    assertEquals(
        "TD " + "Linje".repeat(90),
        tree.get(tree.size() - 1),
        "the long cell's lines on both pages belong to one cell");
  }

  /** The PDF/UA check is not vacuous: text drawn without tags is refused. */
  @Test
  void anUntaggedDocumentFailsPdfUa1() throws Exception {
    byte[] untagged;
    try (PDDocument doc = new PDDocument();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (java.io.InputStream ttf =
              PdfDocument.class.getResourceAsStream(PdfDocument.FONT_RESOURCE);
          PDPageContentStream c = new PDPageContentStream(doc, page)) {
        c.beginText();
        c.setFont(PDType0Font.load(doc, ttf, true), 12);
        c.newLineAtOffset(50, 700);
        c.showText("Ikke mærket");
        c.endText();
      }
      doc.save(out);
      untagged = out.toByteArray();
    }
    try (PDFAParser parser =
            Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(untagged), PDFAFlavour.PDFUA_1);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
      ValidationResult result = validator.validate(parser);
      List<String> failed =
          result.getTestAssertions().stream()
              .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
              .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber())
              .distinct()
              .toList();
      assertTrue(failed.contains("7.1-3"), "content neither tagged nor artifact: " + failed);
      assertTrue(failed.contains("7.1-11"), "no structure tree: " + failed);
    }
  }

  /** Zero failed rules of PDF/A-2b and of PDF/UA-1. */
  static void assertConforms(byte[] pdf) throws Exception {
    assertNoFailedRule(pdf, PDFAFlavour.PDFA_2_B);
    assertNoFailedRule(pdf, PDFAFlavour.PDFUA_1);
  }

  private static void assertNoFailedRule(byte[] pdf, PDFAFlavour flavour) throws Exception {
    try (PDFAParser parser =
            Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      assertEquals(flavour, result.getPDFAFlavour(), "validated against the profile asked for");
      String failed =
          result.getTestAssertions().stream()
              .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
              .map(a -> a.getRuleId().getClause() + " " + a.getMessage() + " @ " + a.getLocation())
              .distinct()
              .collect(Collectors.joining("\n"));
      assertTrue(result.isCompliant(), flavour.getId() + " rules broken:\n" + failed);
    }
  }

  /**
   * The structure tree in reading order below the Document element, one line per element: its type,
   * and for an element with content of its own the text of that content.
   */
  static List<String> structure(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      Map<COSBase, Map<Integer, String>> texts = new HashMap<>();
      for (PDPage page : doc.getPages()) {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        Map<Integer, String> byMcid = new HashMap<>();
        for (PDMarkedContent mc : extractor.getMarkedContents()) {
          if (mc.getMCID() >= 0) {
            byMcid.put(mc.getMCID(), text(mc));
          }
        }
        texts.put(page.getCOSObject(), byMcid);
      }
      PDStructureNode root = doc.getDocumentCatalog().getStructureTreeRoot();
      PDStructureElement document = (PDStructureElement) root.getKids().get(0);
      assertEquals("Document", document.getStructureType());
      List<String> out = new ArrayList<>();
      walk(document, texts, out);
      return out;
    }
  }

  private static void walk(
      PDStructureElement element, Map<COSBase, Map<Integer, String>> texts, List<String> out) {
    StringBuilder own = new StringBuilder();
    List<PDStructureElement> children = new ArrayList<>();
    for (Object kid : element.getKids()) {
      if (kid instanceof PDStructureElement child) {
        children.add(child);
      } else if (kid instanceof PDMarkedContentReference mcr) {
        COSDictionary page = mcr.getCOSObject().getCOSDictionary(COSName.PG);
        own.append(texts.get(page).get(mcr.getMCID()));
      }
    }
    if (element != null && !element.getStructureType().equals("Document")) {
      out.add(own.isEmpty() ? element.getStructureType() : element.getStructureType() + " " + own);
    }
    for (PDStructureElement child : children) {
      walk(child, texts, out);
    }
  }

  private static String text(PDMarkedContent mc) {
    StringBuilder s = new StringBuilder();
    for (Object o : mc.getContents()) {
      if (o instanceof TextPosition t) {
        s.append(t.getUnicode());
      } else if (o instanceof PDMarkedContent inner) {
        s.append(text(inner));
      }
    }
    return s.toString();
  }
}
