package dk.samtalenotat.draft.offline;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and clock times as a note writes them, from the way they are said: "tirsdag den tiende
 * marts klokken ti" becomes "tirsdag den 10. marts 2026 kl. 10.00", "klokken halv elleve" "kl.
 * 10.30", "fra ni til tolv" after weekdays "kl. 9–12". A date without a year gets the year that
 * puts it nearest the conversation and, when a weekday was said, a year where the weekday fits.
 * Runs after {@link NumberWords}, so cardinals are digits already.
 */
final class CalendarText {

  static final String WEEKDAY = "(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)";
  static final String MONTH =
      "(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)";

  private static final Map<String, Integer> ORDINALS =
      Map.ofEntries(
          Map.entry("første", 1),
          Map.entry("anden", 2),
          Map.entry("andet", 2),
          Map.entry("tredje", 3),
          Map.entry("fjerde", 4),
          Map.entry("femte", 5),
          Map.entry("sjette", 6),
          Map.entry("syvende", 7),
          Map.entry("ottende", 8),
          Map.entry("niende", 9),
          Map.entry("tiende", 10),
          Map.entry("ellevte", 11),
          Map.entry("tolvte", 12),
          Map.entry("trettende", 13),
          Map.entry("fjortende", 14),
          Map.entry("femtende", 15),
          Map.entry("sekstende", 16),
          Map.entry("syttende", 17),
          Map.entry("attende", 18),
          Map.entry("nittende", 19),
          Map.entry("tyvende", 20),
          Map.entry("tredivte", 30),
          Map.entry("tredvte", 30));

  private static final Pattern ORDINAL_COMPOUND =
      Pattern.compile("(en|et|to|tre|fire|fem|seks|syv|otte|ni)og(tyvende|tredivte|tredvte)");

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

  /** "den tiende" (and "d. tiende"), with an optional month: the day as an ordinal word. */
  private static final Pattern SPOKEN_DAY =
      Pattern.compile(
          "(?<![\\p{L}])(den|d\\.)\\s+(\\p{L}+)(?=\\s*(?:[,.?!–-]|\\s" + MONTH + "|$|\\s))", FLAGS);

  /** A date with a month: optional weekday, day, month, optional year. */
  private static final Pattern DATE =
      Pattern.compile(
          "(?<![\\p{L}\\d])(?:"
              + WEEKDAY
              + "(?:\\s*,)?\\s+)?(?:den\\s+|d\\.\\s*)?(\\d{1,2})\\.?\\s+"
              + MONTH
              + "(?:\\s+(\\d{4}))?(?![\\p{L}\\d])",
          FLAGS);

  private static final String HOUR = "(\\d{1,2})(?:[.:](\\d{2}))?";
  private static final String HALF = "(halv|kvart\\s+over|kvart\\s+i)\\s+(\\d{1,2})";
  private static final Pattern CLOCK_RANGE =
      Pattern.compile(
          "(?<![\\p{L}])(?:fra\\s+)?(?:kl\\.|klokken)\\s*(?:"
              + HALF
              + "|"
              + HOUR
              + ")\\s*(?:til|-|–)\\s*(?:kl\\.\\s*|klokken\\s+)?(?:"
              + HALF
              + "|"
              + HOUR
              + ")(?![\\d])(?!\\s+(?:timer|time|uger|dage|år|gange|kr))",
          FLAGS);
  private static final Pattern BARE_RANGE =
      Pattern.compile(
          "(?<![\\p{L}])fra\\s+(?:"
              + HALF
              + "|"
              + HOUR
              + ")\\s+til\\s+(?:"
              + HALF
              + "|"
              + HOUR
              + ")(?![\\d])(?![.,]\\d)(?!\\s+(?:timer|time|uger|dage|år|gange|kr|procent|%))",
          FLAGS);
  private static final Pattern CLOCK =
      Pattern.compile(
          "(?<![\\p{L}])(?:kl\\.|klokken)\\s*(?:"
              + HALF
              + "|"
              + HOUR
              + ")(?![.:]?\\d)(?!\\s*[–-]\\s*\\d)",
          FLAGS);
  private static final Pattern DAYTIME_CONTEXT =
      Pattern.compile(
          "\\b(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|hverdage|morgen|formiddag"
              + "|eftermiddag|dagligt|om dagen)\\w*",
          FLAGS);
  private static final Pattern MORNING =
      Pattern.compile("\\bom\\s+(morgenen|natten|morgnen)", FLAGS);
  private static final Pattern WEEK_NUMBER =
      Pattern.compile("(?<![\\p{L}])uge\\s+(\\d{1,2})(?![\\d])", FLAGS);

  private CalendarText() {}

  /** The text with dates and clock times written out, resolved near {@code on}. */
  static String normalise(String text, LocalDate on) {
    String s = spokenDays(text);
    s = dates(s, on);
    s = times(s);
    return s;
  }

  /** "den tiende" becomes "den 10."; "den anden" only before a month or at a correction. */
  private static String spokenDays(String text) {
    Matcher m = SPOKEN_DAY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Integer day = ordinal(m.group(2));
      String word = m.group(2).toLowerCase(Locale.ROOT);
      boolean monthFollows = m.group(3) != null;
      // "den anden" is also "the other one", "den første" "the first one": only a date before a
      // month, or where the speaker breaks off to correct it.
      boolean ambiguous = word.equals("anden") || word.equals("andet") || word.equals("første");
      if (day == null
          || (ambiguous && !monthFollows && !breaksOff(text, m.end()))
          || word.equals("andet") && !monthFollows) {
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
        continue;
      }
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + " " + day + "."));
    }
    m.appendTail(out);
    return out.toString().replaceAll("(\\d\\.)\\.", "$1");
  }

  private static boolean breaksOff(String text, int at) {
    String rest = text.substring(at).stripLeading();
    return rest.startsWith("–") || rest.startsWith("- ");
  }

  static Integer ordinal(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    Integer v = ORDINALS.get(w);
    if (v != null) {
      return v;
    }
    Matcher c = ORDINAL_COMPOUND.matcher(w);
    if (c.matches()) {
      int unit = NumberWords.wordValue(c.group(1));
      int tens = c.group(2).startsWith("tyve") ? 20 : 30;
      return unit + tens;
    }
    return null;
  }

  private static String dates(String text, LocalDate on) {
    Matcher m = DATE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String weekdayWord = m.group(1);
      int day = Integer.parseInt(m.group(2));
      String monthWord = m.group(3).toLowerCase(Locale.ROOT);
      int month = month(monthWord);
      DayOfWeek weekday = weekdayWord == null ? null : WEEKDAYS.get(lower(weekdayWord));
      LocalDate date =
          m.group(4) != null
              ? safeDate(Integer.parseInt(m.group(4)), month, day)
              : resolve(on, month, day, weekday);
      if (date == null) {
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
        continue;
      }
      StringBuilder b = new StringBuilder();
      if (weekdayWord != null) {
        b.append(weekdayWord).append(' ');
      }
      b.append("den ")
          .append(day)
          .append(". ")
          .append(monthWord)
          .append(' ')
          .append(date.getYear());
      // "den" is written where it was said or where a weekday leads; "fra 1. november" keeps its
      // preposition without an article.
      String said = m.group();
      boolean article =
          weekdayWord != null || said.toLowerCase(Locale.ROOT).matches("(?s).*\\bden\\s.*");
      String written = article ? b.toString() : b.toString().replaceFirst("den ", "");
      m.appendReplacement(out, Matcher.quoteReplacement(written));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The year for a day and month said without one: the occurrence nearest {@code on}; if a weekday
   * was said and does not fit, the nearest occurrence within a year either way where it does.
   */
  static LocalDate resolve(LocalDate on, int month, int day, DayOfWeek weekday) {
    LocalDate nearest = null;
    LocalDate fitting = null;
    for (int y = on.getYear() - 1; y <= on.getYear() + 1; y++) {
      LocalDate d = safeDate(y, month, day);
      if (d == null) {
        continue;
      }
      if (nearest == null || distance(on, d) < distance(on, nearest)) {
        nearest = d;
      }
      if (weekday != null
          && d.getDayOfWeek() == weekday
          && (fitting == null || distance(on, d) < distance(on, fitting))) {
        fitting = d;
      }
    }
    if (fitting != null && distance(on, fitting) <= 250) {
      return fitting;
    }
    return nearest;
  }

  private static long distance(LocalDate a, LocalDate b) {
    return Math.abs(ChronoUnit.DAYS.between(a, b));
  }

  private static LocalDate safeDate(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException noSuchDay) {
      return null;
    }
  }

  static int month(String name) {
    return switch (lower(name).substring(0, 3)) {
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

  private static String times(String text) {
    boolean morning = MORNING.matcher(text).find();
    boolean daytime = DAYTIME_CONTEXT.matcher(text).find();
    String s = replaceRanges(text, CLOCK_RANGE, morning);
    if (daytime) {
      s = replaceRanges(s, BARE_RANGE, morning);
    }
    Matcher m = CLOCK.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int minutes = minutes(m, 1);
      if (minutes < 0) {
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
        continue;
      }
      if (minutes < 7 * 60 && !morning) {
        minutes += 12 * 60; // "klokken et" at a meeting is one in the afternoon
      }
      m.appendReplacement(out, Matcher.quoteReplacement("kl. " + clock(minutes, true)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String replaceRanges(String text, Pattern pattern, boolean morning) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int from = minutes(m, 1);
      int to = minutes(m, 5);
      if (from < 0 || to < 0) {
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
        continue;
      }
      if (from < 7 * 60 && !morning) {
        from += 12 * 60;
      }
      while (to <= from && to < 12 * 60) {
        to += 12 * 60; // "fra syv til et" ends at one in the afternoon
      }
      boolean whole = from % 60 == 0 && to % 60 == 0;
      String written = "kl. " + clock(from, !whole) + "–" + clock(to, !whole);
      m.appendReplacement(out, Matcher.quoteReplacement(written));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Minutes after midnight of the time in groups {@code g} (half form), {@code g+1} (hour of the
   * half form), {@code g+2} (hour), {@code g+3} (minutes); -1 when it is no clock time.
   */
  private static int minutes(Matcher m, int g) {
    if (m.group(g) != null) {
      int hour = Integer.parseInt(m.group(g + 1));
      if (hour < 1 || hour > 24) {
        return -1;
      }
      String how = lower(m.group(g)).replaceAll("\\s+", " ");
      return switch (how) {
        case "halv" -> (hour - 1) * 60 + 30;
        case "kvart over" -> hour * 60 + 15;
        default -> (hour - 1) * 60 + 45;
      };
    }
    if (m.group(g + 2) == null) {
      return -1;
    }
    int hour = Integer.parseInt(m.group(g + 2));
    int minute = m.group(g + 3) == null ? 0 : Integer.parseInt(m.group(g + 3));
    if (hour > 24 || minute > 59) {
      return -1;
    }
    return hour * 60 + minute;
  }

  private static String clock(int minutes, boolean withMinutes) {
    int h = (minutes / 60) % 24;
    int min = minutes % 60;
    return withMinutes ? h + "." + (min < 10 ? "0" : "") + min : Integer.toString(h);
  }

  /** Week numbers said as words are digits already; "uge 6" stays as it is. */
  static boolean mentionsWeek(String text) {
    return WEEK_NUMBER.matcher(text).find();
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
