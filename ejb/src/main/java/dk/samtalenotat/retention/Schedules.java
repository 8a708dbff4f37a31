package dk.samtalenotat.retention;

import jakarta.ejb.ScheduleExpression;

/**
 * Reads a schedule in the six fields of an EJB calendar expression, in cron order: {@code second
 * minute hour dayOfMonth month dayOfWeek}, each in the EJB syntax ({@code *}, {@code *}{@code /10},
 * {@code 1-5}, {@code Mon,Wed}). For example {@code 0 *}{@code /10 * * * *} is every ten minutes
 * and {@code 0 30 2 * * *} is 02:30 every night. Times are in the server's time zone.
 */
public final class Schedules {

  private Schedules() {}

  static ScheduleExpression parse(String text) {
    return parse("samtalenotat.retention.schedule", text);
  }

  /**
   * The schedule configured under {@code key}.
   *
   * @throws IllegalStateException naming the key, when the text is not six fields
   */
  public static ScheduleExpression parse(String key, String text) {
    String[] f = text == null ? new String[0] : text.strip().split("\\s+");
    if (f.length != 6 || f[0].isEmpty()) {
      throw new IllegalStateException(
          key
              + " must have six fields (second minute hour dayOfMonth"
              + " month dayOfWeek), is: "
              + text);
    }
    return new ScheduleExpression()
        .second(f[0])
        .minute(f[1])
        .hour(f[2])
        .dayOfMonth(f[3])
        .month(f[4])
        .dayOfWeek(f[5]);
  }
}
