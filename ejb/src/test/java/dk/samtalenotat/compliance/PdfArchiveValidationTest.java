package dk.samtalenotat.compliance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.retention.RetentionPolicy;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
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
 * The generated documents checked by veraPDF as PDF/A-2b, the archival form a municipality keeps
 * them in: a rule broken is named with where in the file, so a change of the PDF writer that breaks
 * the archive form fails here rather than in a municipality's archive.
 */
class PdfArchiveValidationTest {

  private static final Instant AT = Instant.parse("2026-11-29T13:05:00Z");

  @BeforeAll
  static void veraPdf() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  @Test
  void theCitizenNoticeIsPdfA2b() throws Exception {
    assertPdfA2b(CitizenNotice.pdf(TestFacts.local(new RetentionPolicy(1, 14, 20)), AT));
  }

  @Test
  void theRecordOfProcessingIsPdfA2b() throws Exception {
    assertPdfA2b(RecordOfProcessing.pdf(TestFacts.local(new RetentionPolicy(3, 12, 9)), AT));
  }

  @Test
  void aDocumentWithEveryKindOfBlockIsPdfA2b() throws Exception {
    assertPdfA2b(
        PdfDocument.titled("Fortegnelse over behandlingsaktiviteter", AT)
            .heading("Dataansvarlig")
            .paragraph("Søren Ærø på Åbenrå Rådhus – ✓ godkendt.")
            .note("Bemærk: oplysningerne er fra kommunens indstillinger.")
            .facts(List.<String[]>of(new String[] {"Databeskyttelsesrådgiver", "dpo@kommune.dk"}))
            .table(
                List.of("Kategori", "Slettes"),
                new float[] {1, 1},
                List.of(List.of("Lyd", "efter 1 dag"), List.of("Udskrift", "efter 14 dage")))
            .render());
  }

  private static void assertPdfA2b(byte[] pdf) throws Exception {
    try (PDFAParser parser =
            Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
      ValidationResult result = validator.validate(parser);
      String failed =
          result.getTestAssertions().stream()
              .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
              .map(a -> a.getRuleId().getClause() + " " + a.getMessage() + " @ " + a.getLocation())
              .distinct()
              .collect(Collectors.joining("\n"));
      assertTrue(result.isCompliant(), "PDF/A-2b rules broken:\n" + failed);
    }
  }
}
