package dk.samtalenotat.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.journal.JournalReceipt;
import dk.samtalenotat.retention.Actor;
import dk.samtalenotat.retention.DeletionRecord;
import dk.samtalenotat.retention.DeletionSchedule;
import dk.samtalenotat.retention.ObjectType;
import dk.samtalenotat.retention.RetentionRule;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeletionEvidenceResourceTest {

  private static final Instant AT = Instant.parse("2026-11-29T12:00:00Z");

  @Test
  void overdueCsvListsOnlyWhatIsOverdueWithWholeConversationsNamed() {
    DeletionSchedule schedule =
        new DeletionSchedule(
            AT,
            AT,
            List.of(),
            List.of(
                new DeletionSchedule.Item(
                    7,
                    ObjectType.AUDIO,
                    70,
                    RetentionRule.AUDIO_CAP,
                    Instant.parse("2026-11-20T08:00:00Z"),
                    true),
                new DeletionSchedule.Item(
                    8,
                    null,
                    8,
                    RetentionRule.EXPIRED_UNAPPROVED,
                    Instant.parse("2026-11-28T08:00:00Z"),
                    true),
                new DeletionSchedule.Item(
                    9,
                    ObjectType.TRANSCRIPT,
                    90,
                    RetentionRule.TRANSCRIPT_CAP,
                    Instant.parse("2026-11-29T13:00:00Z"),
                    false)),
            false);

    assertEquals(
        DeletionEvidenceResource.OVERDUE_HEADER
            + "\r\n"
            + "7;70;AUDIO;AUDIO_CAP;2026-11-20T08:00:00Z;2026-11-29T12:00:00Z;true\r\n"
            + "8;;CONVERSATION;EXPIRED_UNAPPROVED;2026-11-28T08:00:00Z;2026-11-29T12:00:00Z;true\r\n",
        DeletionEvidenceResource.overdueCsv(schedule));
  }

  @Test
  void overdueCsvSaysWhenTheScheduleWasCutShort() {
    DeletionSchedule schedule =
        new DeletionSchedule(
            AT,
            AT,
            List.of(),
            List.of(
                new DeletionSchedule.Item(
                    7,
                    ObjectType.DRAFT_VERSION,
                    71,
                    RetentionRule.NOTE_CAP,
                    Instant.parse("2026-11-20T08:00:00Z"),
                    true)),
            true);

    assertEquals(
        DeletionEvidenceResource.OVERDUE_HEADER
            + "\r\n"
            + "7;71;DRAFT_VERSION;NOTE_CAP;2026-11-20T08:00:00Z;2026-11-29T12:00:00Z;false\r\n",
        DeletionEvidenceResource.overdueCsv(schedule));
  }

  @Test
  void theCsvGivesEachDeletionTheReceiptOfItsConversation() {
    JournalReceipt receipt =
        new JournalReceipt(
            "sbsys", "27.00.00-P20-1-26", "4711", Instant.parse("2026-11-29T09:30:00Z"));
    DeletionRecord transcript =
        new DeletionRecord(
                1,
                7L,
                "70",
                ObjectType.TRANSCRIPT,
                RetentionRule.TRANSCRIPT_APPROVED,
                Instant.parse("2026-11-29T09:00:00Z"),
                Instant.parse("2026-11-29T09:00:01Z"),
                Actor.Executor.USER,
                "mette",
                "ab".repeat(32))
            .withReceipt(receipt);
    DeletionRecord expired =
        new DeletionRecord(
            2,
            8L,
            "80",
            ObjectType.AUDIO,
            RetentionRule.EXPIRED_UNAPPROVED,
            Instant.parse("2026-11-28T08:00:00Z"),
            Instant.parse("2026-11-29T10:00:00Z"),
            Actor.Executor.TIMER,
            null,
            "cd".repeat(32));

    assertEquals(receipt, transcript.receipt());
    assertFalse(transcript.late());
    assertNull(expired.receipt(), "an expired conversation was never journalised");
    assertTrue(expired.late(), "executed more than an hour after its time");
    assertEquals(
        DeletionEvidenceResource.CSV_HEADER
            + "\r\n"
            + "1;7;70;TRANSCRIPT;TRANSCRIPT_APPROVED;2026-11-29T09:00:00Z;2026-11-29T09:00:01Z;"
            + "USER;mette;"
            + "ab".repeat(32)
            + ";false;sbsys;27.00.00-P20-1-26;4711;2026-11-29T09:30:00Z\r\n"
            + "2;8;80;AUDIO;EXPIRED_UNAPPROVED;2026-11-28T08:00:00Z;2026-11-29T10:00:00Z;TIMER;;"
            + "cd".repeat(32)
            + ";true;;;;\r\n",
        DeletionEvidenceResource.csv(List.of(transcript, expired)));
  }
}
