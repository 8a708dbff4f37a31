package dk.samtalenotat.draft.offline;

import dk.samtalenotat.language.DanishDates;
import dk.samtalenotat.language.DanishNormaliser;
import dk.samtalenotat.language.DanishNumbers;
import dk.samtalenotat.language.DanishWords;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates, times, numbers and amounts as a note writes them, by the language module's {@link
 * DanishNormaliser}; a weekday the speaker did not say is left out again ("ledig siden den 1.
 * november 2025", not "siden lørdag den 1. november 2025"), so that the note says what was said. A
 * weekday said with the date stays, checked against the calendar by the module.
 */
final class Dates {

  /** The days' names, an alternation for the patterns below. */

  /** The months' names, an alternation for the patterns below. */
  private static final String MONTH_NAMES =
      "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december";

  private static final Pattern WRITTEN =
      Pattern.compile(
          "(?<![\\p{L}])(" + DanishDates.WEEKDAY_NAMES + ") den (\\d{1,2}\\. \\p{L}+ \\d{4})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A month named without a day or year: "i slutningen af februar", "siden december". */
  private static final Pattern MONTH_ALONE =
      Pattern.compile(
          "(?<![\\p{L}])((?:i|siden|fra|til|inden|indtil|efter|før|om|(?:i\\s+)?(?:starten|slutningen|midten|udgangen|begyndelsen)\\s+af)\\s+)"
              + "("
              + MONTH_NAMES
              + ")"
              + "(?!\\s*\\d)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final java.util.List<String> MONTHS =
      java.util.List.of(
          "januar",
          "februar",
          "marts",
          "april",
          "maj",
          "juni",
          "juli",
          "august",
          "september",
          "oktober",
          "november",
          "december");

  private static final Pattern PAST =
      Pattern.compile(
          "(?<![\\p{L}])(?:siden|var|blev|fik|havde|gik|kom|tog|sidste|sidst)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A word with a weak verb's past-tense ending ("flyttede", "købte"). */
  private static final Pattern PAST_ENDING =
      Pattern.compile("\\p{L}{2,}(?:ede|te)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Whether a sentence is told in the past tense. A word ending like a weak verb's past tense
   * counts only when the dictionary may read it as a verb: "kæreste" or "sidste" ends in -te but is
   * a noun or adjective, and "min kæreste og jeg skal til Rom i juni" lies ahead. A word the
   * dictionary does not know (or no dictionary) is taken by its ending, as before.
   */
  private static boolean toldInThePast(String sentence) {
    if (PAST.matcher(sentence).find()) {
      return true;
    }
    for (DanishWords.Word w : DanishWords.words(sentence)) {
      if (PAST_ENDING.matcher(w.lower()).matches() && !infinitive(w.lower())) {
        java.util.Set<DanishWords.WordClass> classes = DanishWords.wordClasses(w.lower());
        if (classes.isEmpty() || classes.contains(DanishWords.WordClass.VERB)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A verb's dictionary form that ends in -te ("starte", "hente", "vente"): the infinitive after
   * "skal" or "at", which tells nothing of the past ("jeg skal starte i august" lies ahead), where
   * "startede" and "købte" are past forms whose dictionary form is another word.
   */
  private static boolean infinitive(String lower) {
    java.util.List<String> lemmas = DanishWords.lemmas(lower);
    return !lemmas.isEmpty() && lemmas.stream().allMatch(lower::equals);
  }

  private Dates() {}

  private static String sentenceAround(String text, int at) {
    int start = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf("? ", at)) + 1;
    int end = text.indexOf(". ", at);
    return text.substring(Math.max(0, start), end < 0 ? text.length() : end);
  }

  /**
   * "i slutningen af februar" gives "i slutningen af februar 2026": the year of the month nearest
   * the conversation, so the note does not depend on when it is read.
   */
  static String withYearOfMonth(String text, LocalDate conversationDate) {
    Matcher m = MONTH_ALONE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
      int year = conversationDate.getYear();
      LocalDate best = null;
      // What is told in the past tense ("blev fyret i august", "siden december") lies before the
      // conversation; anything else is the nearest such month.
      boolean past = toldInThePast(sentenceAround(text, m.start()));
      Integer dated = yearDatedIn(text, m.group(2));
      if (dated != null) {
        m.appendReplacement(out, Matcher.quoteReplacement(m.group() + " " + dated));
        continue;
      }
      for (int y = year - 1; y <= year + 1; y++) {
        LocalDate first = LocalDate.of(y, month, 1);
        if (past && first.isAfter(conversationDate)) {
          continue;
        }
        LocalDate mid = LocalDate.of(y, month, 15);
        if (best == null
            || Math.abs(java.time.temporal.ChronoUnit.DAYS.between(conversationDate, mid))
                < Math.abs(java.time.temporal.ChronoUnit.DAYS.between(conversationDate, best))) {
          best = mid;
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(m.group() + " " + best.getYear()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A whole date as the normaliser writes it: "10. august 2026". */
  private static final Pattern DATED =
      Pattern.compile("(?<![\\d])\\d{1,2}\\. (\\p{L}+) (\\d{4})", Pattern.UNICODE_CASE);

  /**
   * The year of a whole date in the same month said in the same turn ("midt i august ... mandag den
   * 10. august 2026"): the speaker has named the August meant, which a month half a year away
   * either way could not tell; null when no such date is said, or dates of two years are.
   */
  private static Integer yearDatedIn(String text, String month) {
    Integer year = null;
    Matcher d = DATED.matcher(text);
    while (d.find()) {
      if (d.group(1).equalsIgnoreCase(month)) {
        int y = Integer.parseInt(d.group(2));
        if (year != null && year != y) {
          return null;
        }
        year = y;
      }
    }
    return year;
  }

  /** "i sommers", "sidste sommer": the summer before the conversation. */
  private static final Pattern LAST_SUMMER =
      Pattern.compile(
          "(?<![\\p{L}])(?:i\\s+sommers|sidste\\s+sommer)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * "sidste år", "i fjor": the year before; "det sidste år" is a span, and after a preposition
   * ("efter sidste år") the year would not read, so both stay.
   */
  private static final Pattern LAST_YEAR =
      Pattern.compile(
          "(?<![\\p{L}])(?<!det\\s)(?<!i\\s)(?<!for\\s)(?<!efter\\s)(?<!fra\\s)(?<!siden\\s)"
              + "(?<!før\\s)(?<!inden\\s)(?<!til\\s)(?<!om\\s)(?<!end\\s)(?:sidste\\s+år|i\\s+fjor)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * "den sidste november", "d. sidste i november": the month's last day, said without its number. A
   * note writes it as the month's end, which the transcript supports as it was said.
   */
  private static final Pattern LAST_OF_MONTH =
      Pattern.compile(
          "(?<![\\p{L}])(?:(?:med\\s+|til\\s+|fra\\s+|per\\s+)?den|d\\.)\\s+sidste\\s+(?:i\\s+)?"
              + "("
              + MONTH_NAMES
              + ")"
              + "(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A school grade said as an ordinal: "i anden klasse" is "i 2. klasse". */
  private static final Pattern GRADE =
      Pattern.compile(
          "(?<![\\p{L}])(\\p{L}+)(\\s+klasse)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * A span of days whose first day is said without its month: the month said with the last day is
   * the first day's too, "fra den første til den nittende juni" is "fra den første juni til den
   * nittende juni". Only when the first day comes before the last, so that a span over the turn of
   * a month ("fra den otteogtyvende til den tredje") keeps what was said.
   */
  private static final Pattern SPAN_WITHOUT_FIRST_MONTH =
      Pattern.compile(
          "(?<![\\p{L}])(fra\\s+den\\s+)(\\p{L}+)(\\s+(?:til\\s+og\\s+med|til)\\s+"
              + "(?:(?:"
              + DanishDates.WEEKDAY_NAMES
              + ")\\s+)?den\\s+)(\\p{L}+)\\s+"
              + "("
              + MONTH_NAMES
              + ")"
              + "(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The month of a span's last day given to its first day, see {@link #SPAN_WITHOUT_FIRST_MONTH}.
   */
  static String withMonthOfSpan(String text) {
    Matcher m = SPAN_WITHOUT_FIRST_MONTH.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Optional<Integer> first = DanishNumbers.ordinal(m.group(2).toLowerCase(Locale.ROOT));
      Optional<Integer> last = DanishNumbers.ordinal(m.group(4).toLowerCase(Locale.ROOT));
      String keep =
          first.isPresent() && last.isPresent() && first.get() >= 1 && first.get() < last.get()
              ? m.group(1)
                  + m.group(2)
                  + " "
                  + m.group(5)
                  + m.group(3)
                  + m.group(4)
                  + " "
                  + m.group(5)
              : m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(keep));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Times said relative to the conversation, as a note that is read later must write them: "i
   * sommers" is "i sommeren 2025", "sidste år" is "i 2025", "den sidste november" is "med udgangen
   * af november"; and a grade said as an ordinal is written in digits.
   */
  static String withRelativeTimes(String text, LocalDate conversationDate) {
    int summer =
        conversationDate.getMonthValue() >= 7
            ? conversationDate.getYear()
            : conversationDate.getYear() - 1;
    String s =
        LAST_SUMMER
            .matcher(withMonthOfSpan(text))
            .replaceAll(Matcher.quoteReplacement("i sommeren " + summer));
    s =
        LAST_YEAR
            .matcher(s)
            .replaceAll(Matcher.quoteReplacement("i " + (conversationDate.getYear() - 1)));
    s = LAST_OF_MONTH.matcher(s).replaceAll("med udgangen af $1");
    Matcher g = GRADE.matcher(s);
    StringBuilder out = new StringBuilder();
    while (g.find()) {
      Optional<Integer> n = DanishNumbers.ordinal(g.group(1).toLowerCase(Locale.ROOT));
      String keep =
          n.isPresent() && n.get() >= 0 && n.get() <= 10 ? n.get() + "." + g.group(2) : g.group();
      g.appendReplacement(out, Matcher.quoteReplacement(keep));
    }
    g.appendTail(out);
    return out.toString();
  }

  static String asNoteWrites(String spoken, LocalDate conversationDate) {
    return asNoteWrites(spoken, conversationDate, java.util.Set.of());
  }

  /**
   * As {@link #asNoteWrites(String, LocalDate)}, with the whole hours said before noon earlier in
   * the conversation: "klokken fem" in a summary after "fem om morgenen" stays 5.00.
   */
  static String asNoteWrites(
      String spoken, LocalDate conversationDate, java.util.Set<Integer> morningHours) {
    String written =
        DanishNormaliser.normalise(
            withRelativeTimes(spoken, conversationDate), conversationDate, morningHours);
    String said = spoken.toLowerCase(Locale.ROOT);
    Matcher m = WRITTEN.matcher(written);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      boolean weekdaySaid = said.contains(m.group(1).toLowerCase(Locale.ROOT));
      String keep = weekdaySaid ? m.group() : denOrNot(written, m.start()) + m.group(2);
      m.appendReplacement(out, Matcher.quoteReplacement(keep));
    }
    m.appendTail(out);
    return withYearOfMonth(out.toString(), conversationDate);
  }

  /** "den" stays where the speaker would say it ("siden den 1. november"), after "fra" it goes. */
  private static String denOrNot(String text, int at) {
    String before = text.substring(Math.max(0, at - 5), at).toLowerCase(Locale.ROOT);
    boolean capital = at < text.length() && Character.isUpperCase(text.charAt(at));
    if (before.endsWith("fra ") || before.endsWith("til ") || before.endsWith("per ")) {
      return "";
    }
    return capital ? "Den " : "den ";
  }
}
