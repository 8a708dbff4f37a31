package dk.samtalenotat.draft.offline;

import dk.samtalenotat.language.DanishDates;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days of the week with their hours, "Så siger vi mandag, onsdag og fredag, klokken otte til tolv":
 * when the work or the internship is, not a meeting. A note writes it as the schedule it is:
 * "Praktikken er mandag, onsdag og fredag kl. 8.00 til 12.00."
 */
final class Schedules {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final String DAY = "(?:" + DanishDates.WEEKDAY_NAMES + ")";

  /** "mandag, tirsdag og torsdag", "mandag til torsdag": more than one day. */
  private static final String DAYS =
      DAY + "(?:\\s*,\\s*" + DAY + ")*\\s+(?:og|til)\\s+" + DAY + "(?![\\p{L}])";

  /** "kl. 9.00 til 12.00", "fra kl. 8 til kl. 12": a span of hours. */
  private static final String HOURS =
      "(?:fra\\s+)?kl\\.\\s*\\d{1,2}(?:\\.\\d{2})?\\s*(?:til|–|-)\\s*(?:kl\\.\\s*)?\\d{1,2}(?:\\.\\d{2})?";

  /** A list of days and a span of hours, anywhere in a sentence. */
  private static final Pattern DAYS_AND_HOURS =
      Pattern.compile("(?<![\\p{L}])" + DAYS + "\\s*,?\\s*" + HOURS, FLAGS);

  /**
   * A sentence that says only the schedule: "Så siger vi ...", "Arbejdstiden er ...". The subject,
   * when said, is group 1.
   */
  private static final Pattern SCHEDULE =
      Pattern.compile(
          "^(?:(?:og|så|godt|fint|okay|ja)[,\\s]+)*"
              + "(?:(?:så\\s+)?siger\\s+vi\\s+(?:så\\s+)?"
              + "|(arbejdstiden|praktikken|arbejdsdagene|praktikdagene)\\s+(?:er|bliver)\\s+)"
              + "("
              + DAYS
              + "\\s*,?\\s*"
              + HOURS
              + ")\\s*[.!]?$",
          FLAGS);

  private Schedules() {}

  /** Whether the sentence names more than one weekday with a span of hours. */
  static boolean namesDaysAndHours(String sentence) {
    return DAYS_AND_HOURS.matcher(sentence).find();
  }

  /**
   * The schedule the sentence settles, as a note writes it, or null when the sentence says more
   * than the schedule.
   *
   * @param internship whether the talk just before is about an internship ("praktik"): then the
   *     days are the internship's, otherwise the working hours
   */
  static String write(String sentence, boolean internship) {
    Matcher m = SCHEDULE.matcher(sentence.strip());
    if (!m.matches()) {
      return null;
    }
    String subject =
        m.group(1) != null
            ? m.group(1).toLowerCase(Locale.ROOT)
            : internship ? "praktikken" : "arbejdstiden";
    String when = m.group(2).replaceFirst(",\\s*(?=(?:fra\\s+)?kl\\.)", " ");
    return Clauses.upperFirst(subject) + " er " + when + ".";
  }
}
