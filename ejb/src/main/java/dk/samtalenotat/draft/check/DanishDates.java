package dk.samtalenotat.draft.check;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates, weekdays and times as Danish caseworkers and citizens say them, resolved against the date
 * of the conversation: "på torsdag", "om fire uger", "i næste uge", "den 3. marts", "3/3", "kl.
 * 9.30", "halv ti". Resolving first is what lets "om fire uger" in the transcript support "den 9.
 * april" in the note.
 */
final class DanishDates {

  /** The days a date expression may mean; a week or a month is a span, "den 3." has two. */
  record Span(LocalDate from, LocalDate to) {
    boolean contains(Span other) {
      return !other.from.isBefore(from) && !other.to.isAfter(to);
    }

    static Span day(LocalDate d) {
      return new Span(d, d);
    }
  }

  /**
   * A date expression found in a text.
   *
   * @param weekdayOnly named only by its weekday ("på torsdag"), checked as a weekday
   * @param statedWeekday the weekday said together with a date ("tirsdag den 12. marts"), or null
   */
  record DateFact(
      int start, int end, List<Span> candidates, boolean weekdayOnly, DayOfWeek statedWeekday) {}

  /** A clock time found in a text, as minutes after midnight or noon (12-hour clock). */
  record TimeFact(int start, int end, int minutes) {}

  static final String WEEKDAY = "(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)";
  private static final String MONTH =
      "(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"
          + "|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\\.?)";
  private static final String NUM_WORD =
      "(\\d+|en|et|én|ét|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|tretten|fjorten|femten"
          + "|seksten|sytten|atten|nitten|tyve|halvanden|[a-zæøå]+og(?:tyve|tredive|fyrre))";
  private static final String HOUR_WORD =
      "(\\d{1,2}|en|et|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv)";
  private static final String DAY_PREFIX = "(?:(?:d\\.|den)\\s+)?";
  private static final String YEAR = "(?:\\s+(\\d{4}))?";

  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.of(
          "mandag", DayOfWeek.MONDAY,
          "tirsdag", DayOfWeek.TUESDAY,
          "onsdag", DayOfWeek.WEDNESDAY,
          "torsdag", DayOfWeek.THURSDAY,
          "fredag", DayOfWeek.FRIDAY,
          "lørdag", DayOfWeek.SATURDAY,
          "søndag", DayOfWeek.SUNDAY);

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static Pattern p(String regex) {
    return Pattern.compile("(?<![\\p{L}\\d])" + regex + "(?![\\p{L}\\d])", FLAGS);
  }

  /** One way of writing a date, and how to resolve it. */
  private record Form(Pattern pattern, Function<Matcher, DateFact> resolve) {}

  private DanishDates() {}

  static List<DateFact> findDates(String text, LocalDate on) {
    List<Form> forms = forms(on);
    List<DateFact> found = new ArrayList<>();
    boolean[] taken = new boolean[text.length()];
    for (Form form : forms) {
      Matcher m = form.pattern.matcher(text);
      while (m.find()) {
        if (free(taken, m.start(), m.end())) {
          DateFact f = form.resolve.apply(m);
          if (f != null) {
            found.add(f);
            mark(taken, m.start(), m.end());
          }
        }
      }
    }
    found.sort(Comparator.comparingInt(DateFact::start));
    return found;
  }

  private static List<Form> forms(LocalDate on) {
    List<Form> forms = new ArrayList<>();
    String weekdayLead =
        "(?:(?:på|næste|på næste|førstkommende|kommende|om)\\s+)?" + WEEKDAY + "(?:\\s*,)?\\s+";
    // Weekday with a date: the date decides, the weekday must agree with it.
    forms.add(
        new Form(
            p(weekdayLead + DAY_PREFIX + "(\\d{1,2})\\.?\\s*" + MONTH + YEAR),
            m ->
                dated(
                    m,
                    dayMonth(on, m.group(2), month(m.group(3)), m.group(4)),
                    weekday(m.group(1)))));
    forms.add(
        new Form(
            p(weekdayLead + DAY_PREFIX + "(\\d{1,2})/(\\d{1,2})(?:[-/.](\\d{2,4}))?"),
            m ->
                dated(
                    m,
                    dayMonth(on, m.group(2), Integer.parseInt(m.group(3)), m.group(4)),
                    weekday(m.group(1)))));
    forms.add(
        new Form(
            p(weekdayLead + "(?:d\\.|den)\\s+(\\d{1,2})\\.(?!\\s*\\d)"),
            m -> dated(m, dayOnly(on, m.group(2)), weekday(m.group(1)))));
    // Dates.
    forms.add(
        new Form(
            p(DAY_PREFIX + "(\\d{1,2})\\.?\\s*" + MONTH + YEAR),
            m -> dated(m, dayMonth(on, m.group(1), month(m.group(2)), m.group(3)), null)));
    forms.add(
        new Form(
            p("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2,4})"),
            m ->
                dated(
                    m, dayMonth(on, m.group(1), Integer.parseInt(m.group(2)), m.group(3)), null)));
    forms.add(
        new Form(
            p(DAY_PREFIX + "(\\d{1,2})/(\\d{1,2})(?:[-/.](\\d{2,4}))?"),
            m ->
                dated(
                    m, dayMonth(on, m.group(1), Integer.parseInt(m.group(2)), m.group(3)), null)));
    forms.add(
        new Form(
            p("(?:d\\.|den)\\s+(\\d{1,2})\\.(?!\\s*\\d)"),
            m -> dated(m, dayOnly(on, m.group(1)), null)));
    // Relative dates.
    forms.add(new Form(p("i\\s+dag"), m -> dated(m, List.of(Span.day(on)), null)));
    forms.add(new Form(p("i\\s+morgen"), m -> dated(m, List.of(Span.day(on.plusDays(1))), null)));
    forms.add(
        new Form(p("i\\s+overmorgen"), m -> dated(m, List.of(Span.day(on.plusDays(2))), null)));
    forms.add(new Form(p("i\\s+går"), m -> dated(m, List.of(Span.day(on.minusDays(1))), null)));
    forms.add(
        new Form(
            p(
                "om\\s+(?:cirka\\s+|ca\\.\\s+|omkring\\s+|ca\\s+)?"
                    + NUM_WORD
                    + "\\s+(dag|dage|uge|uger|måned|måneder)(?:s\\s+tid)?"),
            m -> dated(m, later(on, m.group(1), m.group(2)), null)));
    forms.add(
        new Form(
            p("om\\s+(?:en\\s+)?(uge|måned)s\\s+tid"),
            m -> dated(m, later(on, "1", m.group(1)), null)));
    forms.add(
        new Form(
            p("(?:i\\s+|)(?:den\\s+)?(næste|kommende)\\s+uge"),
            m -> dated(m, List.of(week(on.plusWeeks(1))), null)));
    forms.add(
        new Form(p("(?:i\\s+)?(denne|den\\s+her)\\s+uge"), m -> dated(m, List.of(week(on)), null)));
    forms.add(
        new Form(
            p("(?:i\\s+)?(næste|kommende)\\s+måned"),
            m -> dated(m, List.of(month(on.plusMonths(1))), null)));
    forms.add(
        new Form(
            p("uge\\s+(\\d{1,2})"),
            m -> {
              int n = Integer.parseInt(m.group(1));
              if (n < 1 || n > 53) {
                return dated(m, List.of(), null);
              }
              LocalDate monday =
                  on.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, n).with(DayOfWeek.MONDAY);
              return dated(m, List.of(week(monday)), null);
            }));
    // A month alone: "i april".
    forms.add(
        new Form(
            p(
                "(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)"
                    + YEAR),
            m -> {
              int month = month(m.group(1));
              LocalDate first = nearest(on, y -> LocalDate.of(y, month, 1), m.group(2));
              return dated(m, List.of(month(first)), null);
            }));
    // A weekday alone.
    forms.add(
        new Form(
            p("i\\s+" + WEEKDAY + "s"),
            m -> {
              LocalDate last = on.with(TemporalAdjusters.previous(weekday(m.group(1))));
              return weekdayOnly(m, List.of(Span.day(last)));
            }));
    forms.add(
        new Form(
            p("(?:(på\\s+næste|næste|førstkommende|kommende|på|om)\\s+)?" + WEEKDAY),
            m -> {
              DayOfWeek day = weekday(m.group(2));
              LocalDate next = on.with(TemporalAdjusters.next(day));
              List<Span> spans = new ArrayList<>();
              spans.add(Span.day(next));
              String lead = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
              // "næste torsdag" means the coming one to some speakers, the one after to others.
              if (lead.contains("næste")) {
                spans.add(Span.day(next.plusWeeks(1)));
              }
              return weekdayOnly(m, spans);
            }));
    return forms;
  }

  private static DateFact dated(Matcher m, List<Span> candidates, DayOfWeek weekday) {
    return new DateFact(m.start(), m.end(), candidates, false, weekday);
  }

  private static DateFact weekdayOnly(Matcher m, List<Span> candidates) {
    return new DateFact(m.start(), m.end(), candidates, true, null);
  }

  private static DayOfWeek weekday(String name) {
    return WEEKDAYS.get(name.toLowerCase(Locale.ROOT));
  }

  private static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace(".", "");
    return switch (n.substring(0, 3)) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "maj" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "okt" -> 10;
      case "nov" -> 11;
      case "dec" -> 12;
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** A day and month; without a year, the occurrence nearest the conversation. */
  private static List<Span> dayMonth(LocalDate on, String day, int month, String year) {
    int d = Integer.parseInt(day);
    try {
      return List.of(Span.day(nearest(on, y -> LocalDate.of(y, month, d), year)));
    } catch (DateTimeException noSuchDay) {
      return List.of();
    }
  }

  /** "den 3." without a month: this month's or next month's. */
  private static List<Span> dayOnly(LocalDate on, String day) {
    int d = Integer.parseInt(day);
    List<Span> spans = new ArrayList<>();
    for (LocalDate month : List.of(on.withDayOfMonth(1), on.withDayOfMonth(1).plusMonths(1))) {
      if (d >= 1 && d <= month.lengthOfMonth()) {
        spans.add(Span.day(month.withDayOfMonth(d)));
      }
    }
    return spans;
  }

  private static LocalDate nearest(
      LocalDate on, java.util.function.IntFunction<LocalDate> inYear, String year) {
    if (year != null) {
      int y = Integer.parseInt(year);
      return inYear.apply(y < 100 ? 2000 + y : y);
    }
    LocalDate best = null;
    for (int y = on.getYear() - 1; y <= on.getYear() + 1; y++) {
      LocalDate candidate;
      try {
        candidate = inYear.apply(y);
      } catch (DateTimeException notInThatYear) {
        continue;
      }
      if (best == null
          || Math.abs(ChronoUnit.DAYS.between(on, candidate))
              < Math.abs(ChronoUnit.DAYS.between(on, best))) {
        best = candidate;
      }
    }
    if (best == null) {
      throw new DateTimeException("no such day near " + on);
    }
    return best;
  }

  private static List<Span> later(LocalDate on, String amount, String unit) {
    BigDecimal n = DanishNumbers.parseSimple(amount);
    if (n == null) {
      return List.of();
    }
    String u = unit.toLowerCase(Locale.ROOT);
    if (u.startsWith("dag")) {
      return List.of(Span.day(on.plusDays(n.longValue())));
    }
    if (u.startsWith("uge")) {
      return List.of(Span.day(on.plusDays(Math.round(n.doubleValue() * 7))));
    }
    return List.of(Span.day(on.plusMonths(n.longValue())));
  }

  private static Span week(LocalDate any) {
    LocalDate monday = any.with(DayOfWeek.MONDAY);
    return new Span(monday, monday.plusDays(6));
  }

  private static Span month(LocalDate any) {
    return new Span(any.withDayOfMonth(1), any.withDayOfMonth(any.lengthOfMonth()));
  }

  // Times -----------------------------------------------------------------------------------

  private static final Pattern CLOCK =
      p("(?:kl\\.?|klokken)\\s*(\\d{1,2})(?:[.:](\\d{2}))?(?![.,]?\\d)");
  private static final Pattern CLOCK_WORD = p("(?:kl\\.?|klokken)\\s+" + HOUR_WORD);
  private static final Pattern HALF =
      p("(?:(?:kl\\.?|klokken)\\s+)?(halv|kvart\\s+over|kvart\\s+i)\\s+" + HOUR_WORD);
  private static final Pattern BARE_TIME = p("(\\d{1,2})[:.](\\d{2})(?![.,]?\\d)");

  static List<TimeFact> findTimes(String text) {
    List<TimeFact> found = new ArrayList<>();
    boolean[] taken = new boolean[text.length()];
    Matcher h = HALF.matcher(text);
    while (h.find()) {
      BigDecimal hour = DanishNumbers.parseSimple(h.group(2));
      if (hour == null || hour.intValue() > 24) {
        continue;
      }
      String how = h.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      int minutes =
          switch (how) {
            case "halv" -> (hour.intValue() - 1) * 60 + 30;
            case "kvart over" -> hour.intValue() * 60 + 15;
            default -> (hour.intValue() - 1) * 60 + 45;
          };
      found.add(new TimeFact(h.start(), h.end(), clock(minutes)));
      mark(taken, h.start(), h.end());
    }
    for (Pattern pattern : List.of(CLOCK, BARE_TIME)) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        if (!free(taken, m.start(), m.end())) {
          continue;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (hour > 24 || minute > 59) {
          continue;
        }
        found.add(new TimeFact(m.start(), m.end(), clock(hour * 60 + minute)));
        mark(taken, m.start(), m.end());
      }
    }
    Matcher w = CLOCK_WORD.matcher(text);
    while (w.find()) {
      if (free(taken, w.start(), w.end())) {
        BigDecimal hour = DanishNumbers.parseSimple(w.group(1));
        if (hour != null) {
          found.add(new TimeFact(w.start(), w.end(), clock(hour.intValue() * 60)));
          mark(taken, w.start(), w.end());
        }
      }
    }
    found.sort(Comparator.comparingInt(TimeFact::start));
    return found;
  }

  /** Danes say "klokken to" for 14:00: compare on a 12-hour clock. */
  private static int clock(int minutes) {
    int m = Math.floorMod(minutes, 24 * 60);
    return m % (12 * 60);
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
