package dk.samtalenotat.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.retention.ObjectType;
import dk.samtalenotat.retention.TenantOffboarding;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

/** The offboarding report: PDF/A-2b and PDF/UA-1 by veraPDF, with counts, evidence and dates. */
class OffboardingReportTest {

  private static final Instant AT = Instant.parse("2026-12-04T03:50:00Z");

  @BeforeAll
  static void veraPdf() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  @Test
  void theReportIsPdfA2bAndPdfUa1AndCountsWhatWasDestroyed() throws Exception {
    TenantOffboarding.Summary summary =
        new TenantOffboarding.Summary(
            Map.of(
                ObjectType.AUDIO, 4L,
                ObjectType.TRANSCRIPT, 3L,
                ObjectType.DRAFT_VERSION, 5L,
                ObjectType.CONVERSATION, 3L,
                ObjectType.KEY_VERSION, 2L),
            17,
            101L,
            117L,
            "ab".repeat(32),
            AT,
            "7f3c2a10-operator");
    byte[] pdf =
        OffboardingReport.pdf(
            new OffboardingReport.Municipality(
                "29189846", "Fjerde Kommune", Instant.parse("2026-12-01T08:00:00Z")),
            summary,
            AT);
    PdfArchiveValidationTest.assertConforms(pdf);
    List<String> tree = PdfArchiveValidationTest.structure(pdf);
    assertEquals(
        "H1 Rapport om afvikling af kommunens data i Samtalenotat", tree.get(0), "" + tree);
    assertTrue(tree.contains("H2 Destrueret"), tree.toString());
    assertTrue(tree.stream().anyMatch(e -> e.startsWith("TH ")), tree.toString());
    String text;
    try (var doc = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(doc);
    }
    for (String expected :
        List.of(
            "Fjerde Kommune",
            "29189846",
            "Samtaler",
            "101–117",
            "7f3c2a10-operator",
            "04.12.2026")) {
      assertTrue(text.contains(expected), expected + " in " + text);
    }
    assertTrue(text.replaceAll("\\s", "").contains("ab".repeat(32)), "the hash, wrapped: " + text);
  }
}
