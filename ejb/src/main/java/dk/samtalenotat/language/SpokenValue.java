package dk.samtalenotat.language;

import dk.samtalenotat.language.DanishDates.DateMention;
import dk.samtalenotat.language.DanishDates.TimeMention;
import dk.samtalenotat.language.DanishNumbers.SpokenNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A value said in a text (a number, a date, a weekday, a month or a clock time) with a key that is
 * equal for equal values however they were said: "fire" and "4", "den tiende marts" and "10/3".
 *
 * @param key equal for equal values of a kind ("4", "03-10", "TUESDAY", "10", "9:30")
 */
public record SpokenValue(int start, int end, Kind kind, String key) {

  /** What kind of value. */
  public enum Kind {
    NUMBER,
    DATE,
    WEEKDAY,
    MONTH,
    TIME,
    /** "hver anden uge" (see {@link Frequencies}). */
    FREQUENCY
  }

  /** Any fixed day: keys of dates leave out the year, so the reference only orders candidates. */
  private static final LocalDate ANY_DAY = LocalDate.of(2026, 7, 1);

  /**
   * The values of a text in order; a number inside a date or a time counts only as part of it.
   * Articles, "et par" and ordinals outside dates are not values.
   */
  public static List<SpokenValue> find(String text) {
    List<SpokenValue> values = new ArrayList<>();
    boolean[] taken = new boolean[text.length() + 1];
    for (TimeMention t : DanishDates.findTimes(text)) {
      values.add(
          new SpokenValue(
              t.start(),
              t.end(),
              Kind.TIME,
              t.clockMinutes() / 60 + ":" + String.format("%02d", t.clockMinutes() % 60)));
      mark(taken, t.start(), t.end());
    }
    for (DateMention d : DanishDates.findDates(text, ANY_DAY)) {
      if (!free(taken, d.start(), d.end())) {
        continue;
      }
      SpokenValue v =
          switch (d.kind()) {
            case DATE ->
                d.candidates().isEmpty()
                    ? null
                    : new SpokenValue(
                        d.start(), d.end(), Kind.DATE, monthDay(d.candidates().get(0).from()));
            case DAY_OF_MONTH ->
                d.candidates().isEmpty()
                    ? null
                    : new SpokenValue(
                        d.start(),
                        d.end(),
                        Kind.DATE,
                        "day " + d.candidates().get(0).from().getDayOfMonth());
            case WEEKDAY ->
                new SpokenValue(
                    d.start(),
                    d.end(),
                    Kind.WEEKDAY,
                    d.candidates().get(0).from().getDayOfWeek().name());
            case MONTH ->
                new SpokenValue(
                    d.start(),
                    d.end(),
                    Kind.MONTH,
                    String.valueOf(d.candidates().get(0).from().getMonthValue()));
            default -> null;
          };
      if (v != null) {
        values.add(v);
        mark(taken, d.start(), d.end());
      }
    }
    for (Frequencies.Frequency f : Frequencies.find(text)) {
      if (free(taken, f.start(), f.end())) {
        values.add(new SpokenValue(f.start(), f.end(), Kind.FREQUENCY, f.key()));
        mark(taken, f.start(), f.end());
      }
    }
    for (SpokenNumber n : DanishNumbers.find(text)) {
      if (n.stated() && n.form() != DanishNumbers.Form.ORDINAL && free(taken, n.start(), n.end())) {
        values.add(new SpokenValue(n.start(), n.end(), Kind.NUMBER, n.value().toPlainString()));
      }
    }
    values.sort(Comparator.comparingInt(SpokenValue::start));
    return values;
  }

  /** Whether two values are of one kind for a correction: a day of a month is a date. */
  boolean sameKind(SpokenValue other) {
    return kind == other.kind;
  }

  boolean sameValue(SpokenValue other) {
    return kind == other.kind && key.equals(other.key);
  }

  private static String monthDay(LocalDate d) {
    return String.format("%02d-%02d", d.getMonthValue(), d.getDayOfMonth());
  }

  static boolean free(boolean[] taken, int start, int end) {
    for (int k = start; k < end; k++) {
      if (taken[k]) {
        return false;
      }
    }
    return true;
  }

  static void mark(boolean[] taken, int start, int end) {
    for (int k = start; k < end; k++) {
      taken[k] = true;
    }
  }
}
