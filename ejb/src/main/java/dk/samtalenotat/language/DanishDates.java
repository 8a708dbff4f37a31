package dk.samtalenotat.language;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates, weekdays, week numbers and clock times as Danish caseworkers and citizens say and write
 * them, resolved against a reference date (the day of the conversation): "tirsdag den tiende marts
 * (2026)", "den 10. marts", "10/3", "d. 10.03.2026", "på torsdag", "i fredags", "om to uger", "i
 * næste uge", "uge seks", "i april"; "klokken ti", "halv ti", "kvart over otte", "kvart i ni", "ti
 * minutter over ni", "kl. 9.30", "9:30", "fra ni til tolv".
 *
 * <p>A date without a year is the one nearest the reference date; with a weekday, the nearest in a
 * year where the weekday fits (within a year either side), so "tirsdag den 17. marts" said in
 * December 2026 is 17 March 2026, a Tuesday, not 2027. A week number is a calendar week unless it
 * counts from something ("uge 6 af sygemeldingen", "i sygemeldingens uge 8").
 */
public final class DanishDates {

  /**
   * The names of the days as an alternation for a pattern ("(?:" + WEEKDAY_NAMES + ")en"), so that
   * the patterns of the check and the engine name them once.
   */
  public static final String WEEKDAY_NAMES = "mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag";

  static final Map<String, Integer> MONTHS = intMap("months.txt");
  private static final Map<String, Integer> WEEKDAYS = intMap("weekdays.txt");
  private static final Locale DA = Locale.forLanguageTag("da-DK");
  private static final Set<String> DEN = Set.of("den", "d.");
  private static final Set<String> CLOCK = Set.of("kl.", "kl", "klokken");
  private static final Set<String> MONTH_QUALIFIERS =
      Set.of("starten", "slutningen", "midten", "begyndelsen", "udgangen");

  /**
   * How far from the reference a date may lie to be taken for the year its weekday fits: about a
   * year, short of a full one, so that "mandag den 27. januar" said on 13 January 2026 is a wrong
   * weekday for 27 January 2026 rather than a Monday a year back.
   */
  private static final int WEEKDAY_FIT_DAYS = 330;

  /** The days a date expression may mean; a week or a month is a span, "den 3." has two. */
  public record DaySpan(LocalDate from, LocalDate to) {

    public static DaySpan day(LocalDate d) {
      return new DaySpan(d, d);
    }

    public boolean contains(DaySpan other) {
      return !other.from.isBefore(from) && !other.to.isAfter(to);
    }

    public boolean isDay() {
      return from.equals(to);
    }
  }

  /** What a date expression names. */
  public enum DateKind {
    /** A day with its month: "den 10. marts", "10/3", "tirsdag den tiende marts 2026". */
    DATE,
    /** A day of a month not named: "den 3.", "fredag den 13.". */
    DAY_OF_MONTH,
    /** A weekday alone: "på torsdag", "i fredags". */
    WEEKDAY,
    /** A day or span counted from the reference date: "i morgen", "om to uger", "i næste uge". */
    RELATIVE,
    /** A calendar week: "uge 6", "i uge seks". */
    WEEK,
    /** A month: "i april", "november 2025". */
    MONTH
  }

  /**
   * A date expression found in a text.
   *
   * @param candidates the days it may mean, most likely first; empty when no such day exists ("den
   *     31. februar")
   * @param statedWeekday the weekday said with a date ("tirsdag den 10. marts"), or null
   * @param yearStated whether the text gave the year
   */
  public record DateMention(
      int start,
      int end,
      DateKind kind,
      List<DaySpan> candidates,
      DayOfWeek statedWeekday,
      boolean yearStated) {

    public DateMention {
      candidates = List.copyOf(candidates);
    }

    /** The day meant, when it is one day. */
    public Optional<LocalDate> day() {
      return candidates.size() == 1 && candidates.get(0).isDay()
          ? Optional.of(candidates.get(0).from())
          : Optional.empty();
    }

    /** Whether a weekday was said that no candidate day falls on. */
    public boolean weekdayMismatch() {
      return statedWeekday != null
          && !candidates.isEmpty()
          && candidates.stream()
              .filter(DaySpan::isDay)
              .noneMatch(c -> c.from().getDayOfWeek() == statedWeekday);
    }
  }

  /** A clock time found in a text; "klokken to" is 2:00 here, 14:00 to the listener. */
  public record TimeMention(int start, int end, int hour, int minute) {

    /** Minutes after midnight as said. */
    public int minutes() {
      return hour * 60 + minute;
    }

    /** Minutes on a 12-hour clock: Danes say "klokken to" for 14:00, so compare these. */
    public int clockMinutes() {
      return Math.floorMod(minutes(), 12 * 60);
    }
  }

  /**
   * "uge N": a calendar week, or a week counted from something ("uge 6 af sygemeldingen"), which is
   * a number and no date.
   */
  public record WeekMention(int start, int end, int week, boolean calendar) {}

  private DanishDates() {}

  // Dates ---------------------------------------------------------------------------------------

  /** Every date expression in the text, resolved against the reference date, in text order. */
  public static List<DateMention> findDates(String text, LocalDate reference) {
    List<Lexeme> l = Lexer.lex(text);
    List<DateMention> found = new ArrayList<>();
    int i = 0;
    while (i < l.size()) {
      int[] end = {i};
      DateMention m = dateAt(l, i, reference, end);
      if (m != null) {
        found.add(m);
        i = end[0];
      } else {
        i++;
      }
    }
    found.sort(Comparator.comparingInt(DateMention::start));
    return found;
  }

  private static DateMention dateAt(List<Lexeme> l, int i, LocalDate on, int[] end) {
    int start = i;
    DayOfWeek weekday = weekdayAt(l, i);
    int k = i;
    if (weekday != null) {
      k++;
      if (isPunct(l, k, ",")) {
        k++;
      }
    }
    boolean den = isWordIn(l, k, DEN);
    int d = den ? k + 1 : k;
    // A date in digits: "10/3", "10.03.2026", "d. 10.3.".
    if (d < l.size() && l.get(d).type() == Lexeme.Type.DATE && (weekday != null || den || d == i)) {
      Lexeme date = l.get(d);
      end[0] = d + 1;
      return dayMonth(l, start, d, date.day(), date.month(), date.year(), weekday, on);
    }
    int day = dayAt(l, d);
    if (day > 0 && (weekday != null || den || d == i)) {
      Integer month = monthAt(l, d + 1, true);
      if (month != null) {
        int year = yearAt(l, d + 2);
        end[0] = year > 0 ? d + 3 : d + 2;
        return dayMonth(l, start, end[0] - 1, day, month, year, weekday, on);
      }
      // "den 3. i næste måned": that day of the month named.
      if (den && word(l, d + 1).equals("i") && word(l, d + 3).equals("måned")) {
        int shift =
            switch (word(l, d + 2)) {
              case "næste", "kommende" -> 1;
              case "denne" -> 0;
              case "sidste", "forrige" -> -1;
              default -> 99;
            };
        if (shift != 99) {
          end[0] = d + 4;
          LocalDate named = on.withDayOfMonth(1).plusMonths(shift);
          List<DaySpan> days =
              day <= named.lengthOfMonth()
                  ? List.of(DaySpan.day(named.withDayOfMonth(day)))
                  : List.of();
          return new DateMention(
              l.get(start).start(), l.get(d + 3).end(), DateKind.DATE, days, weekday, false);
        }
      }
      // "den 3." / "fredag den 13." / "den anden –": a day of this month or the next.
      boolean digitsWithStop =
          Character.isDigit(l.get(d).text().charAt(0)) && l.get(d).text().endsWith(".");
      boolean ordinal =
          l.get(d).form() == DanishNumbers.Form.ORDINAL
              || d + 1 < l.size() && l.get(d + 1).isPunct() && ".".equals(l.get(d + 1).text());
      boolean closes = d + 1 >= l.size() || l.get(d + 1).isPunct() || digitsWithStop && den;
      if (ordinal && (den || weekday != null) && (closes || weekday != null && den)) {
        end[0] = d + 1;
        return new DateMention(
            l.get(start).start(),
            l.get(d).end(),
            DateKind.DAY_OF_MONTH,
            dayOnly(on, day, weekday),
            weekday,
            false);
      }
    }
    if (weekday != null) {
      return weekdayAlone(l, i, weekday, on, end);
    }
    DateMention relative = relativeAt(l, i, on, end);
    if (relative != null) {
      return relative;
    }
    WeekMention week = weekAt(l, i);
    if (week != null) {
      end[0] = indexAfter(l, week.end());
      if (!week.calendar() || week.week() < 1 || week.week() > 53) {
        return null;
      }
      return new DateMention(
          week.start(),
          week.end(),
          DateKind.WEEK,
          List.of(calendarWeek(on, week.week())),
          null,
          false);
    }
    Integer month = monthAt(l, i, false);
    if (month != null) {
      int year = yearAt(l, i + 1);
      end[0] = year > 0 ? i + 2 : i + 1;
      LocalDate first =
          year > 0 ? LocalDate.of(year, month, 1) : nearest(on, y -> LocalDate.of(y, month, 1));
      return new DateMention(
          l.get(i).start(),
          l.get(end[0] - 1).end(),
          DateKind.MONTH,
          List.of(monthSpan(first)),
          null,
          year > 0);
    }
    return null;
  }

  private static DateMention dayMonth(
      List<Lexeme> l,
      int from,
      int to,
      int day,
      int month,
      int year,
      DayOfWeek weekday,
      LocalDate on) {
    List<DaySpan> candidates;
    try {
      LocalDate date = year > 0 ? LocalDate.of(year, month, day) : resolve(day, month, weekday, on);
      candidates = List.of(DaySpan.day(date));
    } catch (DateTimeException noSuchDay) {
      candidates = List.of();
    }
    return new DateMention(
        l.get(from).start(), l.get(to).end(), DateKind.DATE, candidates, weekday, year > 0);
  }

  /**
   * The date of a day and month said without a year: with a weekday, the date nearest the reference
   * in a year (of the one before, the reference's, the one after) where the weekday fits;
   * otherwise, or when it fits none, the nearest date (the later one on a tie).
   *
   * @throws DateTimeException when no such day exists in any of those years (31 February)
   */
  public static LocalDate resolve(int day, int month, DayOfWeek weekday, LocalDate reference) {
    if (weekday != null) {
      LocalDate best = null;
      for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
        LocalDate c;
        try {
          c = LocalDate.of(y, month, day);
        } catch (DateTimeException notThatYear) {
          continue;
        }
        boolean nearEnough = Math.abs(ChronoUnit.DAYS.between(reference, c)) <= WEEKDAY_FIT_DAYS;
        if (c.getDayOfWeek() == weekday
            && nearEnough
            && (best == null || closer(reference, c, best))) {
          best = c;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return nearest(reference, y -> LocalDate.of(y, month, day));
  }

  private static boolean closer(LocalDate on, LocalDate a, LocalDate b) {
    long da = Math.abs(ChronoUnit.DAYS.between(on, a));
    long db = Math.abs(ChronoUnit.DAYS.between(on, b));
    return da < db || da == db && a.isAfter(b);
  }

  private static LocalDate nearest(LocalDate on, java.util.function.IntFunction<LocalDate> inYear) {
    LocalDate best = null;
    for (int y = on.getYear() - 1; y <= on.getYear() + 1; y++) {
      LocalDate c;
      try {
        c = inYear.apply(y);
      } catch (DateTimeException notThatYear) {
        continue;
      }
      if (best == null || closer(on, c, best)) {
        best = c;
      }
    }
    if (best == null) {
      throw new DateTimeException("no such day near the reference date");
    }
    return best;
  }

  /** "den 3.": this month's or next month's, or last month's; with a weekday, those it fits. */
  private static List<DaySpan> dayOnly(LocalDate on, int day, DayOfWeek weekday) {
    List<DaySpan> all = new ArrayList<>();
    LocalDate month = on.withDayOfMonth(1);
    for (LocalDate m : List.of(month, month.plusMonths(1), month.minusMonths(1))) {
      if (day <= m.lengthOfMonth()) {
        all.add(DaySpan.day(m.withDayOfMonth(day)));
      }
    }
    if (weekday == null) {
      return all;
    }
    List<DaySpan> fitting = all.stream().filter(s -> s.from().getDayOfWeek() == weekday).toList();
    return fitting.isEmpty() ? all : fitting;
  }

  private static DateMention weekdayAlone(
      List<Lexeme> l, int i, DayOfWeek weekday, LocalDate on, int[] end) {
    end[0] = i + 1;
    int start = i;
    String lead = i > 0 && l.get(i - 1).isWord() ? l.get(i - 1).lower() : "";
    String lead2 = i > 1 && l.get(i - 2).isWord() ? l.get(i - 2).lower() : "";
    LocalDate next = on.with(TemporalAdjusters.next(weekday));
    List<DaySpan> spans = new ArrayList<>();
    spans.add(DaySpan.day(next));
    if (lead.equals("næste") || lead.equals("kommende") || lead.equals("førstkommende")) {
      start = lead2.equals("på") ? i - 2 : i - 1;
      // "næste torsdag" is the coming one to some speakers, the one after to others; only while
      // the coming one is still this week (said on a Monday, "næste mandag" is in a week).
      if (lead.equals("næste")
          && next.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
              == on.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) {
        spans.add(DaySpan.day(next.plusWeeks(1)));
      }
    } else if (lead.equals("på") || lead.equals("om")) {
      start = i - 1;
    } else if (lead.equals("sidste") || lead.equals("forrige")) {
      start = i - 1;
      spans.set(0, DaySpan.day(on.with(TemporalAdjusters.previous(weekday))));
    }
    return new DateMention(
        l.get(start).start(), l.get(i).end(), DateKind.WEEKDAY, spans, null, false);
  }

  private static DateMention relativeAt(List<Lexeme> l, int i, LocalDate on, int[] end) {
    String a = word(l, i);
    String b = word(l, i + 1);
    String c = word(l, i + 2);
    // "i dag", "i morgen", "i overmorgen", "i går", "i forgårs", "i fredags".
    if (a.equals("i")) {
      LocalDate day =
          switch (b) {
            case "dag" -> on;
            case "morgen" -> on.plusDays(1);
            case "overmorgen" -> on.plusDays(2);
            case "går" -> on.minusDays(1);
            case "forgårs" -> on.minusDays(2);
            default -> null;
          };
      if (day == null && b.endsWith("s") && WEEKDAYS.containsKey(b.substring(0, b.length() - 1))) {
        DayOfWeek wd = DayOfWeek.of(WEEKDAYS.get(b.substring(0, b.length() - 1)));
        day = on.with(TemporalAdjusters.previous(wd));
      }
      if (day != null && !(b.equals("dag") && (c.equals("i") || c.equals("til")))) {
        end[0] = i + 2;
        return relative(l, i, i + 1, List.of(DaySpan.day(day)));
      }
    }
    // "(i) næste uge", "i den kommende uge", "i denne uge", "sidste måned".
    int k = a.equals("i") ? i + 1 : i;
    if (word(l, k).equals("den")
        && Set.of("kommende", "næste", "sidste").contains(word(l, k + 1))) {
      k++;
    }
    String which = word(l, k);
    String unit = word(l, k + 1);
    if (Set.of("næste", "kommende", "denne", "sidste", "forrige").contains(which)
        && (unit.equals("uge") || unit.equals("måned"))) {
      int shift =
          switch (which) {
            case "næste", "kommende" -> 1;
            case "sidste", "forrige" -> -1;
            default -> 0;
          };
      DaySpan span =
          unit.equals("uge")
              ? weekSpan(on.plusWeeks(shift))
              : monthSpan(on.plusMonths(shift).withDayOfMonth(1));
      end[0] = k + 2;
      return relative(l, i, k + 1, List.of(span));
    }
    // "om to uger", "om cirka en måned", "om en uges tid", "om fjorten dage".
    if (a.equals("om")) {
      int n = i + 1;
      if (Set.of("cirka", "ca.", "ca", "omkring").contains(word(l, n))) {
        n++;
      }
      if (n < l.size() && l.get(n).isNumber()) {
        BigDecimal amount = l.get(n).value();
        String u = word(l, n + 1);
        int last = n + 1;
        if (word(l, n + 2).equals("tid")) {
          last = n + 2;
        }
        DaySpan span = later(on, amount, u);
        if (span != null) {
          end[0] = last + 1;
          return relative(l, i, last, List.of(span));
        }
      }
    }
    // "for to uger siden".
    if (a.equals("for")
        && i + 1 < l.size()
        && l.get(i + 1).isNumber()
        && word(l, i + 3).equals("siden")) {
      DaySpan span = later(on, l.get(i + 1).value().negate(), word(l, i + 2));
      if (span != null) {
        end[0] = i + 4;
        return relative(l, i, i + 3, List.of(span));
      }
    }
    return null;
  }

  private static DateMention relative(List<Lexeme> l, int from, int to, List<DaySpan> spans) {
    return new DateMention(
        l.get(from).start(), l.get(to).end(), DateKind.RELATIVE, spans, null, false);
  }

  private static DaySpan later(LocalDate on, BigDecimal amount, String unit) {
    String u =
        unit.endsWith("s") && !unit.equals("års") ? unit.substring(0, unit.length() - 1) : unit;
    long days;
    if (u.equals("dag") || u.equals("dage")) {
      days = amount.longValue();
    } else if (u.equals("uge") || u.equals("uger")) {
      days = Math.round(amount.doubleValue() * 7);
    } else if (u.equals("måned") || u.equals("måneder")) {
      return DaySpan.day(on.plusMonths(amount.longValue()));
    } else if (u.equals("år") || u.equals("års")) {
      return DaySpan.day(on.plusYears(amount.longValue()));
    } else {
      return null;
    }
    return DaySpan.day(on.plusDays(days));
  }

  private static DaySpan calendarWeek(LocalDate on, int week) {
    LocalDate best = null;
    for (int y = on.getYear() - 1; y <= on.getYear() + 1; y++) {
      LocalDate mid = LocalDate.of(y, 7, 1);
      if (week > mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
        continue;
      }
      LocalDate monday = mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
      if (best == null || closer(on, monday, best)) {
        best = monday;
      }
    }
    return weekSpan(best);
  }

  private static DaySpan weekSpan(LocalDate any) {
    LocalDate monday = any.with(DayOfWeek.MONDAY);
    return new DaySpan(monday, monday.plusDays(6));
  }

  private static DaySpan monthSpan(LocalDate any) {
    return new DaySpan(any.withDayOfMonth(1), any.withDayOfMonth(any.lengthOfMonth()));
  }

  // Weeks ---------------------------------------------------------------------------------------

  /** Every "uge N" in the text, calendar weeks and weeks counted from something. */
  public static List<WeekMention> findWeeks(String text) {
    List<Lexeme> l = Lexer.lex(text);
    List<WeekMention> found = new ArrayList<>();
    for (int i = 0; i < l.size(); i++) {
      WeekMention w = weekAt(l, i);
      if (w != null) {
        found.add(w);
      }
    }
    return found;
  }

  private static WeekMention weekAt(List<Lexeme> l, int i) {
    String u = word(l, i);
    if (!(u.equals("uge") || u.equals("ugerne")) || i + 1 >= l.size() || !l.get(i + 1).isNumber()) {
      return null;
    }
    Lexeme n = l.get(i + 1);
    int week = n.intValue();
    if (week < 0 && n.form() == DanishNumbers.Form.ORDINAL) {
      week = n.value().intValue();
    }
    if (week < 0) {
      return null;
    }
    String before = word(l, i - 1);
    String after = word(l, i + 2);
    boolean counted =
        before.length() > 3
                && before.endsWith("s")
                && !MONTHS.containsKey(before)
                && !before.equals("årets")
            || after.equals("af")
            || after.equals("efter")
            || after.equals("i") && i + 3 < l.size() && l.get(i + 3).isWord()
            || u.equals("ugerne");
    return new WeekMention(l.get(i).start(), n.end(), week, !counted);
  }

  // Times ---------------------------------------------------------------------------------------

  /** Words of change before "fra ... til": "går op fra tolv til seksten" changes a count. */
  private static final Set<String> CHANGES =
      Set.of("op", "ned", "stiger", "steg", "øges", "øget", "hæves", "sænkes", "falder", "faldt");

  /** Every clock time in the text, in text order; "kl. 9–12" and "fra ni til tolv" give two. */
  public static List<TimeMention> findTimes(String text) {
    List<Lexeme> l = Lexer.lex(text);
    List<TimeMention> found = new ArrayList<>();
    int lastEnd = -1; // the lexeme after the last time found
    int i = 0;
    while (i < l.size()) {
      int before = found.size();
      i = nextTime(l, i, lastEnd, found);
      if (found.size() > before) {
        lastEnd = i;
      }
    }
    return found;
  }

  /** The times said from lexeme {@code i} on, added to {@code found}; the lexeme to read next. */
  private static int nextTime(List<Lexeme> l, int i, int lastEnd, List<TimeMention> found) {
    int[] end = {i};
    TimeMention t = timeAt(l, i, false, end);
    if (t == null && word(l, i).equals("fra") && !CHANGES.contains(word(l, i - 1))) {
      // "fra ni til tolv": both numbers are times when no unit follows ("fra tolv til fjorten
      // timer" counts hours, and so does "timerne går op fra tolv til seksten").
      int[] e1 = {i + 1};
      TimeMention from = timeAt(l, i + 1, true, e1);
      if (from != null && word(l, e1[0]).equals("til")) {
        int[] e2 = {e1[0] + 1};
        TimeMention to = timeAt(l, e1[0] + 1, true, e2);
        if (to != null && !Lexer.UNIT_WORDS.contains(word(l, e2[0]))) {
          found.add(from);
          found.add(to);
          return e2[0];
        }
      }
    }
    if (t == null && correctsTheTimeBefore(l, i, lastEnd)) {
      // "klokken syv og tyve – nej, syv og halvtreds": the hour said bare in the correction of
      // a time just said is a time of the clock too, with its minutes.
      int h = hourAt(l, i);
      int minutes = minutesAfterTheHour(l, i + 1);
      int last = minutes < 0 ? i : word(l, i + 1).equals("og") ? i + 2 : i + 1;
      if (h >= 0 && !Lexer.UNIT_WORDS.contains(word(l, last + 1))) {
        found.add(new TimeMention(l.get(i).start(), l.get(last).end(), h, Math.max(minutes, 0)));
        return last + 1;
      }
    }
    if (t == null && !word(l, i).equals("fra")) {
      int spoken = spokenBareAt(l, i, found);
      if (spoken >= 0) {
        return spoken;
      }
    }
    if (t != null) {
      found.add(t);
      int k = end[0];
      // "kl. 9–12", "klokken ni til tolv": the second number is a time too.
      if ((isDashAt(l, k) || word(l, k).equals("til"))) {
        int[] e2 = {k + 1};
        TimeMention to = timeAt(l, k + 1, true, e2);
        if (to != null && !Lexer.UNIT_WORDS.contains(word(l, e2[0]))) {
          found.add(to);
          return e2[0];
        }
      }
      return k;
    }
    // "ved ti-tiden", "omkring ottetiden", "ved ti-stykker": the hour inside a word.
    String word = word(l, i);
    Matcher around = AROUND_THE_HOUR.matcher(word);
    // The suffix first: the pattern would be tried on every word of a transcript otherwise.
    if ((word.endsWith("tiden") || word.endsWith("stykker")) && around.matches()) {
      Optional<Integer> h = DanishNumbers.cardinal(around.group(1));
      if (h.isPresent() && h.get() >= 1 && h.get() <= 24) {
        found.add(new TimeMention(l.get(i).start(), l.get(i).end(), h.get(), 0));
        return i + 1;
      }
    }
    if (word(l, i).equals("til")) {
      // "til seks-syv stykker", "indtil ni stykker": hours said as about so many.
      int[] e1 = {i + 1};
      TimeMention first = timeAt(l, i + 1, true, e1);
      if (first != null) {
        int k = e1[0];
        TimeMention second = null;
        if (isDashAt(l, k)) {
          int[] e2 = {k + 1};
          second = timeAt(l, k + 1, true, e2);
          if (second != null) {
            k = e2[0];
          }
        }
        if (word(l, k).equals("stykker")) {
          found.add(first);
          if (second != null) {
            found.add(second);
          }
          return k + 1;
        }
        // "Fredag til tolv": the end of a weekday's hours; "fra syv til halv fire – nej, til
        // tre": the end of a span just said, corrected.
        boolean corrected = false;
        for (int j = Math.max(lastEnd, 0); lastEnd >= 0 && j < i && i - lastEnd <= 4; j++) {
          corrected |= CORRECTING.contains(word(l, j));
        }
        // "Fra syv til halv tre, som de andre. Men de første dage kun til tolv.": the end of a
        // shorter day, said bare at a sentence's end soon after a span of the clock.
        boolean endOfADay =
            lastEnd >= 0
                && i - lastEnd <= AFTER_A_SPAN
                && (e1[0] >= l.size() || isPunct(l, e1[0], ".") || isPunct(l, e1[0], "!"));
        if ((weekdayAt(l, i - 1) != null || corrected || endOfADay)
            && !Lexer.UNIT_WORDS.contains(word(l, e1[0]))) {
          found.add(first);
          return e1[0];
        }
      }
    }
    return i + 1;
  }

  /** How many lexemes after a span of the clock a bare "til tolv." still ends a day's hours. */
  private static final int AFTER_A_SPAN = 12;

  /** The parts of a day an hour said bare may name, with the hours to add to it (12 after noon). */
  private static final Map<String, Integer> PARTS_OF_DAY =
      Map.of(
          "natten", 0,
          "morgenen", 0,
          "formiddagen", 0,
          "eftermiddagen", 12,
          "aftenen", 12);

  /**
   * Hours said bare, without "klokken", where what follows says they are the clock's: a span with
   * the days or the part of the day it is for ("otte til et mandag og onsdag", "otte til tolv om
   * torsdagen", "ni til tre om eftermiddagen"), or an hour or two with the part of the day ("to,
   * tre om natten", "fire om eftermiddagen"). Adds them and returns the lexeme after them, else -1.
   * A count ("otte til ti ansøgninger", "to til tre uger") has no such words after it.
   */
  private static int spokenBareAt(List<Lexeme> l, int i, List<TimeMention> found) {
    int[] e1 = {i};
    TimeMention from = timeAt(l, i, true, e1);
    if (from == null) {
      return -1;
    }
    if (word(l, e1[0]).equals("til")) {
      int[] e2 = {e1[0] + 1};
      TimeMention to = timeAt(l, e1[0] + 1, true, e2);
      if (to != null && daysAt(l, e2[0])) {
        found.add(from);
        found.add(to);
        return e2[0];
      }
      return -1;
    }
    int k = e1[0];
    TimeMention second = null;
    if (isPunct(l, k, ",")) {
      int[] e3 = {k + 1};
      second = timeAt(l, k + 1, true, e3);
      if (second != null) {
        k = e3[0];
      }
    }
    Integer afterNoon = word(l, k).equals("om") ? PARTS_OF_DAY.get(word(l, k + 1)) : null;
    if (afterNoon == null) {
      return -1;
    }
    for (TimeMention t : second == null ? List.of(from) : List.of(from, second)) {
      found.add(
          new TimeMention(
              t.start(), t.end(), t.hour() < 12 ? t.hour() + afterNoon : t.hour(), t.minute()));
    }
    return k + 2;
  }

  /**
   * Whether the days or the part of the day follow a span at {@code k}: a weekday ("mandag og
   * onsdag"), or "om" with a weekday or a part of the day ("om torsdagen", "om formiddagen"). Not
   * "om dagen" or "hver dag": "to til tre om dagen" counts applications as often as hours.
   */
  private static boolean daysAt(List<Lexeme> l, int k) {
    if (weekdayAt(l, k) != null) {
      return true;
    }
    String next = word(l, k + 1);
    return word(l, k).equals("om")
        && (PARTS_OF_DAY.containsKey(next)
            || next.endsWith("en") && WEEKDAYS.containsKey(next.substring(0, next.length() - 2))
            || next.endsWith("ene") && WEEKDAYS.containsKey(next.substring(0, next.length() - 3)));
  }

  /**
   * Whether a time found in a text was said as about that hour ("ved ti-tiden", "til seks-syv
   * stykker"): a note keeps such words rather than write an exact clock time.
   */
  public static boolean approximate(String text, TimeMention t) {
    String said = text.substring(t.start(), t.end()).toLowerCase(Locale.ROOT);
    return said.endsWith("tiden")
        || said.endsWith("stykker")
        || APPROXIMATE_AFTER.matcher(text.substring(t.end())).lookingAt();
  }

  private static final Pattern APPROXIMATE_AFTER =
      Pattern.compile("(?iu)(?:\\s*[-–]\\s*\\p{L}+)?\\s+stykker(?![\\p{L}])");

  /** "ti-tiden", "ottetiden", "ti-stykker": an hour and "about then" in one word. */
  private static final Pattern AROUND_THE_HOUR = Pattern.compile("(\\p{L}+?)-?(?:tiden|stykker)");

  /** Words that take back what was just said ("nej, til tre"). */
  private static final Set<String> CORRECTING = Set.of("nej", "undskyld", "altså", "eller");

  /**
   * A time at lexeme {@code i}. A bare number counts only when {@code bare} (in a range) or after
   * "kl."/"klokken".
   */
  private static TimeMention timeAt(List<Lexeme> l, int i, boolean bare, int[] end) {
    if (i >= l.size()) {
      return null;
    }
    int start = i;
    boolean clock = CLOCK.contains(word(l, i));
    int k = clock ? i + 1 : i;
    if (k >= l.size()) {
      return null;
    }
    Lexeme x = l.get(k);
    if (x.type() == Lexeme.Type.TIME) {
      end[0] = k + 1;
      return new TimeMention(l.get(start).start(), x.end(), x.day(), x.month());
    }
    String w = word(l, k);
    // "halv ti" = 9.30.
    if (w.equals("halv")) {
      int h = hourAt(l, k + 1);
      if (h > 0) {
        end[0] = k + 2;
        return new TimeMention(l.get(start).start(), l.get(k + 1).end(), h - 1, 30);
      }
    }
    // "kvart over otte" = 8.15, "kvart i ni" = 8.45.
    if (w.equals("kvart") && (word(l, k + 1).equals("over") || word(l, k + 1).equals("i"))) {
      int h = hourAt(l, k + 2);
      if (h >= 0) {
        end[0] = k + 3;
        boolean over = word(l, k + 1).equals("over");
        return new TimeMention(
            l.get(start).start(), l.get(k + 2).end(), over ? h : h - 1, over ? 15 : 45);
      }
    }
    // "ti minutter over ni" = 9.10, "fem minutter i ni" = 8.55; "kl. fem over ni" too.
    if (x.isNumber() && x.intValue() > 0 && x.intValue() < 30) {
      int m = k + 1;
      boolean minutes = word(l, m).equals("minutter") || word(l, m).equals("min.");
      if (minutes) {
        m++;
      }
      String dir = word(l, m);
      // "fem over halv syv" = 6.35, "fem i halv syv" = 6.25: unambiguous without "klokken".
      if ((dir.equals("over") || dir.equals("i")) && word(l, m + 1).equals("halv")) {
        int h = hourAt(l, m + 2);
        if (h > 0) {
          end[0] = m + 3;
          int half = (h - 1) * 60 + 30;
          int total = dir.equals("over") ? half + x.intValue() : half - x.intValue();
          return new TimeMention(l.get(start).start(), l.get(m + 2).end(), total / 60, total % 60);
        }
      }
      if ((minutes || clock) && (dir.equals("over") || dir.equals("i"))) {
        int h = hourAt(l, m + 1);
        // "kl. 7 i to uger": the number after "i" counts weeks (a unit follows), it is no hour.
        if (h >= 0 && !Lexer.UNITS.containsKey(word(l, m + 2))) {
          end[0] = m + 2;
          int total = dir.equals("over") ? h * 60 + x.intValue() : h * 60 - x.intValue();
          total = Math.floorMod(total, 24 * 60);
          return new TimeMention(l.get(start).start(), l.get(m + 1).end(), total / 60, total % 60);
        }
      }
    }
    if (clock || bare) {
      int h = hourAt(l, k);
      if (h >= 0 && (clock || bare)) {
        // "mellem klokken otte og fjorten" is a span of two hours.
        int minutes =
            clock && !word(l, start - 1).equals("mellem") ? minutesAfterTheHour(l, k + 1) : -1;
        if (minutes >= 0) {
          // "klokken seks fyrre", "klokken seks og tyve": the minutes said after the hour.
          int m = word(l, k + 1).equals("og") ? k + 2 : k + 1;
          end[0] = m + 1;
          return new TimeMention(l.get(start).start(), l.get(m).end(), h, minutes);
        }
        end[0] = k + 1;
        return new TimeMention(l.get(start).start(), l.get(k).end(), h, 0);
      }
    }
    return null;
  }

  /**
   * Whether lexeme {@code i} comes right after a correcting word ("nej", "undskyld") that follows
   * the time found last, within four lexemes of it ("seks og tyve – nej, seks og fyrre").
   */
  private static boolean correctsTheTimeBefore(List<Lexeme> l, int i, int lastEnd) {
    if (lastEnd < 0 || i - lastEnd > 4 || i <= lastEnd) {
      return false;
    }
    for (int j = lastEnd; j < i; j++) {
      if (CORRECTING.contains(word(l, j))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The minutes said right after "klokken" and its hour, as a timetable is read aloud: a number
   * from ten to 59, alone or after "og" ("seks fyrre", "seks og tyve", "ti femogtredive"), with no
   * unit after it ("klokken ni og ti minutter over"); or -1.
   */
  private static int minutesAfterTheHour(List<Lexeme> l, int i) {
    int k = word(l, i).equals("og") ? i + 1 : i;
    if (k >= l.size()
        || !l.get(k).isNumber()
        || l.get(k).form() == DanishNumbers.Form.ORDINAL
        || l.get(k).form() == DanishNumbers.Form.APPROXIMATE
        || l.get(k).value().scale() > 0 && l.get(k).value().stripTrailingZeros().scale() > 0
        || Lexer.UNITS.containsKey(word(l, k + 1))
        || word(l, k + 1).equals("over")
        || word(l, k + 1).equals("i")) {
      return -1;
    }
    int m = l.get(k).intValue();
    return m >= 10 && m <= 59 ? m : -1;
  }

  /** An hour 0..24 said or written as one number ("ni", "9", "et"), or -1. */
  private static int hourAt(List<Lexeme> l, int i) {
    if (i >= l.size() || !l.get(i).isNumber()) {
      return -1;
    }
    Lexeme n = l.get(i);
    if (n.form() == DanishNumbers.Form.ORDINAL || n.form() == DanishNumbers.Form.APPROXIMATE) {
      return -1;
    }
    BigDecimal v = n.value();
    if (v.scale() > 0 || v.intValue() > 24 || v.signum() < 0) {
      return -1;
    }
    return v.intValue();
  }

  // Formatting ----------------------------------------------------------------------------------

  /** "tirsdag den 10. marts 2026", as a note writes a date. */
  public static String format(LocalDate date) {
    return date.getDayOfWeek().getDisplayName(TextStyle.FULL, DA)
        + " den "
        + date.getDayOfMonth()
        + ". "
        + date.getMonth().getDisplayName(TextStyle.FULL, DA)
        + " "
        + date.getYear();
  }

  /** "kl. 10.00", "kl. 9.30", as a note writes a time. */
  public static String formatTime(LocalTime time) {
    return String.format(Locale.ROOT, "kl. %d.%02d", time.getHour(), time.getMinute());
  }

  /** The weekday a word names ("tirsdag", any case), if it names one. */
  public static Optional<DayOfWeek> weekday(String word) {
    Integer d = WEEKDAYS.get(word.toLowerCase(Locale.ROOT));
    return d == null ? Optional.empty() : Optional.of(DayOfWeek.of(d));
  }

  /** The month a word names ("marts", "okt."), if it names one. */
  public static Optional<Integer> month(String word) {
    return Optional.ofNullable(MONTHS.get(stripStop(word.toLowerCase(Locale.ROOT))));
  }

  // Lexeme helpers ------------------------------------------------------------------------------

  private static String word(List<Lexeme> l, int i) {
    return i >= 0 && i < l.size() && l.get(i).isWord() ? l.get(i).lower() : "";
  }

  private static boolean isWordIn(List<Lexeme> l, int i, Set<String> words) {
    return words.contains(word(l, i));
  }

  private static boolean isPunct(List<Lexeme> l, int i, String p) {
    return i < l.size() && l.get(i).isPunct() && l.get(i).text().equals(p);
  }

  private static boolean isDashAt(List<Lexeme> l, int i) {
    return i < l.size() && l.get(i).isDash();
  }

  private static DayOfWeek weekdayAt(List<Lexeme> l, int i) {
    Integer d = WEEKDAYS.get(word(l, i));
    return d == null ? null : DayOfWeek.of(d);
  }

  /**
   * A month name at {@code i}. "August" with a capital is a name unless a day stands before it;
   * "maj" and the abbreviations likewise count only after a day.
   */
  private static Integer monthAt(List<Lexeme> l, int i, boolean afterDay) {
    String w = word(l, i);
    Integer m = MONTHS.get(stripStop(w));
    if (m == null) {
      return null;
    }
    if (!afterDay) {
      String text = l.get(i).text();
      boolean abbreviation = stripStop(w).length() <= 4 && !w.equals("juni") && !w.equals("juli");
      if (Character.isUpperCase(text.charAt(0)) && !atSentenceStart(l, i) || abbreviation) {
        return null;
      }
      if (w.equals("maj") && !word(l, i - 1).equals("i") && !word(l, i - 1).equals("af")) {
        return null;
      }
    }
    return m;
  }

  private static boolean atSentenceStart(List<Lexeme> l, int i) {
    return i == 0 || l.get(i - 1).isPunct() && ".!?".contains(l.get(i - 1).text());
  }

  private static String stripStop(String w) {
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }

  /** A day of the month 1..31 at {@code i}: an ordinal ("tiende", "10.") or plain digits. */
  private static int dayAt(List<Lexeme> l, int i) {
    if (i >= l.size() || !l.get(i).isNumber()) {
      return -1;
    }
    Lexeme n = l.get(i);
    if (n.form() == DanishNumbers.Form.ARTICLE || n.form() == DanishNumbers.Form.APPROXIMATE) {
      return -1;
    }
    if (n.form() == DanishNumbers.Form.WORDS) {
      // "den ti marts" is heard for "den tiende marts" now and then.
      return -1;
    }
    BigDecimal v = n.value();
    return v.scale() <= 0 && v.intValue() >= 1 && v.intValue() <= 31 ? v.intValue() : -1;
  }

  private static int yearAt(List<Lexeme> l, int i) {
    if (i >= l.size() || !l.get(i).isNumber() || l.get(i).form() != DanishNumbers.Form.DIGITS) {
      return -1;
    }
    int y = l.get(i).intValue();
    return y >= 1900 && y <= 2100 ? y : -1;
  }

  private static int indexAfter(List<Lexeme> l, int offset) {
    for (int i = 0; i < l.size(); i++) {
      if (l.get(i).start() >= offset) {
        return i;
      }
    }
    return l.size();
  }

  private static Map<String, Integer> intMap(String name) {
    Map<String, Integer> out = new HashMap<>();
    WordList.map(name).forEach((k, v) -> out.put(k, Integer.valueOf(v)));
    return Map.copyOf(out);
  }
}
