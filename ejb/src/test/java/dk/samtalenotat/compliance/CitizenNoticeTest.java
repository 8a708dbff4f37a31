package dk.samtalenotat.compliance;

import static dk.samtalenotat.compliance.PdfDocumentTest.text;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.retention.RetentionPolicy;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CitizenNoticeTest {

  @Test
  void theNoticeSaysWhatIsRecordedWhenItIsDeletedAndTheCitizensRights() throws Exception {
    String text =
        text(CitizenNotice.pdf(
                TestFacts.local(new RetentionPolicy(1, 14, 20)),
                Instant.parse("2026-06-01T08:00:00Z")))
            .replace("\n", " ");
    assertTrue(text.contains("Oplysning om optagelse af din samtale med kommunen"), text);
    assertTrue(text.contains("Dannet 01.06.2026 10:00"), "Danish summer time: " + text);
    assertTrue(text.contains("Æbeltoft Kommune vil gerne optage samtalen"), text);
    assertTrue(text.contains("Vi optager lyden af samtalen"), text);
    assertTrue(text.contains("art. 6, stk. 1, litra c og e"), text);
    assertTrue(text.contains("senest efter 1 dag"), "the tenant's audio retention: " + text);
    assertTrue(text.contains("senest 14 dage efter samtalen blev registreret"), text);
    assertTrue(text.contains("senest 20 dage efter godkendelsen"), text);
    assertTrue(text.contains("inden for 30 dage, slettes det hele"), text);
    assertTrue(text.contains("Det slettede kan ikke genskabes"), text);
    assertTrue(text.contains("heller ikke fra sikkerhedskopier"), text);
    assertTrue(text.contains("Du kan sige nej"), text);
    assertTrue(text.contains("for alle fremtidige samtaler"), text);
    assertTrue(text.contains("Dine rettigheder"), text);
    assertTrue(text.contains("Søren Ørsted, e-mail dpo@aebeltoft.dk"), text);
    assertTrue(text.contains("Klage til Datatilsynet"), text);
    assertTrue(text.contains("Carl Jacobsens Vej 35, 2500 Valby"), text);
    assertTrue(text.contains("Side 1 af "), text);
  }
}
