package dk.samtalenotat.retention;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What retention will destroy for one tenant within a horizon (the administrator's overview):
 * metadata only, never content or CPR numbers.
 *
 * @param at when the schedule was read; anything due before it is overdue
 * @param until the end of the horizon
 * @param perRule how many objects each rule makes due by {@code until}
 * @param items the objects, each once with its earliest due time, earliest first
 * @param truncated whether a rule had more than the overview reads, so counts are lower bounds
 */
public record DeletionSchedule(
    Instant at, Instant until, List<RuleCount> perRule, List<Item> items, boolean truncated)
    implements Serializable {

  /** A rule and how many objects it makes due. */
  public record RuleCount(RetentionRule rule, int count) implements Serializable {}

  /**
   * One object due: a recording, transcript or draft version, or a whole conversation that expires
   * ({@code type} null).
   */
  public record Item(
      long conversationId,
      ObjectType type,
      long objectId,
      RetentionRule rule,
      Instant dueAt,
      boolean overdue)
      implements Serializable {}

  public long overdueCount() {
    return items.stream().filter(Item::overdue).count();
  }
}
