package dk.samtalenotat.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
