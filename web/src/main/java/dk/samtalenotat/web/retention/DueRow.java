package dk.samtalenotat.web.retention;

import dk.samtalenotat.retention.DeletionSchedule;
import dk.samtalenotat.retention.ObjectType;
import dk.samtalenotat.retention.RetentionRule;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A row of the retention screen's table of what is due: the objects of one conversation that one
 * rule destroys at the same minute, counted. The table shows no object ids, so without counting, a
 * conversation's draft versions would be rows nobody could tell apart.
 */
public record DueRow(
    long conversationId,
    ObjectType type,
    RetentionRule rule,
    LocalDateTime dueAt,
    boolean overdue,
    int count)
    implements Serializable {

  /** The schedule's items as rows, in its order (earliest first), identical ones counted. */
  static List<DueRow> of(List<DeletionSchedule.Item> items, ZoneId zone) {
    Map<List<Object>, DueRow> rows = new LinkedHashMap<>();
    for (DeletionSchedule.Item item : items) {
      LocalDateTime due =
          LocalDateTime.ofInstant(item.dueAt(), zone).truncatedTo(ChronoUnit.MINUTES);
      List<Object> key =
          java.util.Arrays.asList(
              item.conversationId(), item.type(), item.rule(), due, item.overdue());
      rows.merge(
          key,
          new DueRow(item.conversationId(), item.type(), item.rule(), due, item.overdue(), 1),
          (a, b) -> new DueRow(a.conversationId, a.type, a.rule, a.dueAt, a.overdue, a.count + 1));
    }
    return new ArrayList<>(rows.values());
  }
}
