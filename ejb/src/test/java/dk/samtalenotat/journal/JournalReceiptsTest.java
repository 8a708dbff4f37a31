package dk.samtalenotat.journal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may confirm a note: its own case system's distributor of its own municipality only. */
class JournalReceiptsTest {

  /** A distributor of SF2900 receipts for the given municipalities. */
  private static ReceiptSender distributorOf(String... cvrs) {
    return new ReceiptSender() {
      @Override
      public String system() {
        return "sf2900";
      }

      @Override
      public boolean speaksFor(String tenantCvr) {
        return Set.of(cvrs).contains(tenantCvr);
      }

      @Override
      public String describe() {
        return "test distributor";
      }
    };
  }

  @Test
  void theDistributorOfTheNotesMunicipalityAndCaseSystemConfirmsIt() {
    assertTrue(JournalReceipts.mayConfirm(distributorOf("33333333"), "33333333", "sf2900"));
    assertTrue(
        JournalReceipts.mayConfirm(distributorOf("22222222", "33333333"), "33333333", "sf2900"),
        "one distributor may serve several municipalities");
  }

  @Test
  void anotherMunicipalitysDistributorDoesNot() {
    assertFalse(JournalReceipts.mayConfirm(distributorOf("22222222"), "33333333", "sf2900"));
    assertFalse(
        JournalReceipts.mayConfirm(distributorOf(), "33333333", "sf2900"), "configured for none");
  }

  @Test
  void noReceiptConfirmsANoteSentThroughAnotherCaseSystemOrJournalisedByHand() {
    ReceiptSender sender = distributorOf("11111111");
    assertFalse(JournalReceipts.mayConfirm(sender, "11111111", "sbsys"));
    assertFalse(JournalReceipts.mayConfirm(sender, "11111111", OutboxEntry.MANUAL));
  }
}
