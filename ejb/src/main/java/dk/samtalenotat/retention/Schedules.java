package dk.samtalenotat.retention;

import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Reads a schedule in the six fields of an EJB calendar expression, in cron order: {@code second
 * minute hour dayOfMonth month dayOfWeek}, each in the EJB syntax ({@code *}, {@code *}{@code /10},
 * {@code 1-5}, {@code Mon,Wed}). For example {@code 0 *}{@code /10 * * * *} is every ten minutes
 * and {@code 0 30 2 * * *} is 02:30 every night. Times are in the server's time zone.
 */
public final class Schedules {

  private static final Logger LOG = Logger.getLogger(Schedules.class.getName());

  private Schedules() {}

  /**
   * Keeps exactly one persistent calendar timer of a kind on {@code timers}: the one for {@code
   * schedule}. Persistent timers outlive a restart, so a timer of an earlier schedule (its info
   * starts with {@code infoPrefix}) is cancelled and the current one created only if missing.
   *
   * @throws IllegalStateException naming {@code key}, when the schedule is not six fields
   */
  public static void keepOneTimer(
      TimerService timers, String infoPrefix, String key, String schedule) {
    ScheduleExpression expression = parse(key, schedule);
    String info = infoPrefix + schedule.strip();
    keepOne(
        timers,
        infoPrefix,
        info,
        () -> timers.createCalendarTimer(expression, new TimerConfig(info, true)));
  }

  /**
   * Keeps exactly one persistent timer of a kind on {@code timers}, the one whose info is {@code
   * info}: every other timer whose info starts with {@code infoPrefix} (an earlier schedule or
   * interval, or a second one two nodes' first starts made at once) is cancelled, and {@code
   * create} makes the timer only if it is missing.
   */
  public static void keepOne(
      TimerService timers, String infoPrefix, String info, Supplier<Timer> create) {
    boolean present = false;
    for (Timer t : timers.getTimers()) {
      if (t.getInfo() instanceof String s && s.startsWith(infoPrefix)) {
        if (s.equals(info) && !present) {
          present = true;
        } else {
          LOG.info(() -> "timer " + s + " replaced by " + info);
          t.cancel();
        }
      }
    }
    if (!present) {
      create.get();
      LOG.info(() -> "timer scheduled: " + info);
    }
  }

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
              + " must have six fields (second minute hour dayOfMonth month dayOfWeek), is: "
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
