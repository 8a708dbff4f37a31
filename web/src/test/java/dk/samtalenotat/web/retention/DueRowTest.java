package dk.samtalenotat.web.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samtalenotat.retention.DeletionSchedule;
import dk.samtalenotat.retention.ObjectType;
import dk.samtalenotat.retention.RetentionRule;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DueRowTest {

  private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

  @Test
  void objectsTheTableCannotTellApartAreOneRowWithTheirCount() {
    Instant due = Instant.parse("2026-03-02T09:15:20Z");
    List<DeletionSchedule.Item> items =
        List.of(
            item(7, ObjectType.AUDIO, 1, RetentionRule.AUDIO_CAP, due),
            item(7, ObjectType.AUDIO, 2, RetentionRule.AUDIO_CAP, due.plusSeconds(30)),
            item(7, ObjectType.TRANSCRIPT, 3, RetentionRule.TRANSCRIPT_CAP, due),
            item(8, ObjectType.AUDIO, 4, RetentionRule.AUDIO_CAP, due),
            item(7, ObjectType.AUDIO, 5, RetentionRule.AUDIO_CAP, due.plusSeconds(3600)));

    List<DueRow> rows = DueRow.of(items, DANISH_TIME);

    assertEquals(4, rows.size(), rows.toString());
    assertEquals(
        new DueRow(
            7,
            ObjectType.AUDIO,
            RetentionRule.AUDIO_CAP,
            LocalDateTime.of(2026, 3, 2, 10, 15),
            false,
            2),
        rows.get(0));
    assertEquals(1, rows.get(1).count());
    assertEquals(8, rows.get(2).conversationId());
    assertEquals(LocalDateTime.of(2026, 3, 2, 11, 15), rows.get(3).dueAt());
  }

  private static DeletionSchedule.Item item(
      long conversation, ObjectType type, long object, RetentionRule rule, Instant due) {
    return new DeletionSchedule.Item(conversation, type, object, rule, due, false);
  }
}
