package dk.samtalenotat.language;

import dk.samtalenotat.language.DanishDates.DateKind;
import dk.samtalenotat.language.DanishDates.DateMention;
import dk.samtalenotat.language.DanishDates.TimeMention;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes the facts of a spoken Danish text the way a note writes them: dates with weekday and year
 * ("tirsdag den tiende marts" becomes "tirsdag den 10. marts 2026"), clock times ("klokken ti"
 * becomes "kl. 10.00", "halv ti" "kl. 9.30"), numbers and amounts as digits ("tolv hundrede kroner"
 * becomes "1.200 kr.", "fire en halv time" "4,5 time"). A date whose stated weekday does not fit
 * the calendar is left as said, for a person to look at.
 *
 * <p>A whole hour from one to six said in words ("klokken to") is read as the afternoon (14.00):
 * conversations and appointments in the employment services are in working hours; but not the start
 * of a range that would then end before it ("fra seks til ti" is 6.00 to 10.00), nor a time said
 * with its time of day ("klokken fem om morgenen" is 5.00). The end of a range comes after its
 * start ("fra otte til halv et" is 8.00 to 12.30), and "halv et" alone is 12.30. A time between the
 * hours from one to four ("halv tre", "kvart over to") is the afternoon too.
 */
public final class DanishNormaliser {

  private static final Set<String> CURRENCY = Set.of("kroner", "krone", "kr", "kr.");

  private record Replacement(int start, int end, String text) {}

  private DanishNormaliser() {}

  /** The text with dates, times, numbers and amounts written as a note writes them. */
  public static String normalise(String text, LocalDate reference) {
    return normalise(text, reference, Set.of());
  }

  /**
   * As {@link #normalise(String, LocalDate)}, with the whole hours the conversation has already
   * placed before noon ("klokken fem om morgenen"): a later bare "klokken fem", as in a summary, is
   * the same time, not 17.00.
   */
  public static String normalise(String text, LocalDate reference, Set<Integer> morningHours) {
    List<Replacement> replacements = new ArrayList<>();
    boolean[] taken = new boolean[text.length() + 1];
    for (DateMention d : DanishDates.findDates(text, reference)) {
      if (d.kind() == DateKind.DATE && d.day().isPresent() && !d.weekdayMismatch()) {
        replacements.add(new Replacement(d.start(), d.end(), DanishDates.format(d.day().get())));
        SpokenValue.mark(taken, d.start(), d.end());
      }
    }
    List<TimeMention> times = DanishDates.findTimes(text);
    int[] meant = new int[times.size()];
    for (int i = 0; i < times.size(); i++) {
      TimeMention t = times.get(i);
      meant[i] = -1;
      if (!SpokenValue.free(taken, t.start(), t.end()) || DanishDates.approximate(text, t)) {
        continue;
      }
      int hour = hourAsMeant(text, t, morningHours);
      if (i + 1 < times.size()
          && t.hour() < 12
          && RANGE_BETWEEN.matcher(text.substring(t.end(), times.get(i + 1).start())).matches()) {
        // "fra klokken fem til klokken otte om aftenen": the time of day said after a range is
        // said of both its ends, 17-20.
        TimeMention to = times.get(i + 1);
        String afterRange = text.substring(to.end(), Math.min(text.length(), to.end() + 24));
        if (AFTER_NOON.matcher(afterRange).lookingAt()) {
          int toHour = to.hour() < 12 ? to.hour() + 12 : to.hour();
          if ((t.hour() + 12) * 60 + t.minute() < toHour * 60 + to.minute()) {
            hour = t.hour() + 12;
          }
        } else if (BEFORE_NOON.matcher(afterRange).lookingAt()) {
          hour = t.hour() % 12;
        }
      }
      if (i > 0
          && meant[i - 1] >= 0
          && hour < 12
          && hour * 60 + t.minute() < meant[i - 1]
          && (hour + 12) * 60 + t.minute() > meant[i - 1]
          && RANGE_BETWEEN.matcher(text.substring(times.get(i - 1).end(), t.start())).matches()) {
        // "fra otte til halv et": the end of a range comes after its start, so it is 12.30.
        hour += 12;
      }
      // "fra seks til ti": a range runs forwards, so its start is not read as the afternoon when
      // its end would then come before it.
      if (hour != t.hour()
          && i + 1 < times.size()
          && RANGE_BETWEEN.matcher(text.substring(t.end(), times.get(i + 1).start())).matches()) {
        TimeMention to = times.get(i + 1);
        int toMinutes = hourAsMeant(text, to, morningHours) * 60 + to.minute();
        if (hour * 60 + t.minute() >= toMinutes && t.hour() * 60 + t.minute() < toMinutes) {
          hour = t.hour();
        }
      }
      meant[i] = hour * 60 + t.minute();
      String said = text.substring(t.start(), t.end()).toLowerCase(java.util.Locale.ROOT);
      String formatted = DanishDates.formatTime(LocalTime.of(hour % 24, t.minute()));
      if (!said.startsWith("kl") && precededByClockWord(text, t.start())) {
        formatted = formatted.substring("kl. ".length());
      }
      replacements.add(new Replacement(t.start(), t.end(), formatted));
      SpokenValue.mark(taken, t.start(), t.end());
    }
    List<DanishNumbers.SpokenNumber> numbers = DanishNumbers.find(text);
    for (int i = 0; i < numbers.size(); i++) {
      DanishNumbers.SpokenNumber n = numbers.get(i);
      if (!SpokenValue.free(taken, n.start(), n.end())
          || n.form() != DanishNumbers.Form.WORDS
          || n.value().compareTo(BigDecimal.ONE) < 0) {
        continue;
      }
      replacements.add(new Replacement(n.start(), n.end(), DanishNumbers.format(n.value())));
      SpokenValue.mark(taken, n.start(), n.end());
      int[] half = Lexer.halfTakenAfterTheUnit(text, n.end());
      if (half != null) {
        // "tre timer og et halvt" is "3,5 timer": the half is in the number.
        replacements.add(new Replacement(half[0], half[1], ""));
      }
    }
    for (DanishWords.Word w : DanishWords.words(text)) {
      if (CURRENCY.contains(w.lower()) && afterNumber(text, w.start())) {
        int end = w.end();
        if (end < text.length() && text.charAt(end) == '.') {
          end++;
        }
        replacements.add(new Replacement(w.start(), end, "kr."));
      }
    }
    replacements.sort(Comparator.comparingInt(Replacement::start));
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Replacement r : replacements) {
      if (r.start() < at) {
        continue;
      }
      String replacement = r.text();
      if (Character.isUpperCase(text.charAt(r.start())) && !replacement.isEmpty()) {
        replacement = Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
      }
      out.append(text, at, r.start()).append(replacement);
      at = r.end();
    }
    String result = out.append(text.substring(at)).toString();
    // "kr.." when the amount ended the sentence.
    return result.replace("kr..", "kr.");
  }

  /** What separates the two ends of a time range: "til", a dash, and a repeated "kl.". */
  private static final Pattern RANGE_BETWEEN =
      Pattern.compile("(?iu)\\s*(?:til|–|-)\\s*(?:kl\\.?|klokken)?\\s*");

  /** "klokken fem om morgenen", "tre om natten": the time of day said after the time. */
  private static final Pattern BEFORE_NOON =
      Pattern.compile("(?iu)^\\s*(?:om\\s+(?:morgenen|natten|formiddagen)|i\\s+nat)(?![\\p{L}])");

  /** "klokken syv om aftenen", "fire om eftermiddagen". */
  private static final Pattern AFTER_NOON =
      Pattern.compile("(?iu)^\\s*(?:om\\s+(?:eftermiddagen|aftenen)|i\\s+aften)(?![\\p{L}])");

  /**
   * The early morning said elsewhere in the same text: "jeg kører fra klokken fem, så jeg kan ikke
   * aflevere om morgenen" starts at 5.00, and so does getting up "klokken fem". Only for the hours
   * from four, which a working day can start with (a baker, a driver, a cleaner); "klokken to"
   * stays the afternoon.
   */
  private static final Pattern EARLY =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:om\\s+morgenen|i\\s+morges|tidligt|morgenvagt"
              // Getting up: "jeg er vant til at stå op klokken fem".
              + "|st(?:å|år|od)\\s+op|vågne(?:r|de)?)(?![\\p{L}])");

  /** Going to bed or falling asleep just before a time: "går sådan i seng klokken tre". */
  private static final Pattern BEDTIME =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:i\\s+seng|lægger\\s+mig|lagde\\s+mig|falder\\s+i\\s+søvn|faldt\\s+i\\s+søvn)"
              + "(?:\\s+\\p{L}+){0,3}\\s*$");

  /** The afternoon or evening said in the same text, which leaves the working-hours reading. */
  private static final Pattern LATE =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:om\\s+eftermiddagen|om\\s+aftenen|i\\s+aften|eftermiddag|aftenvagt)(?![\\p{L}])");

  /**
   * The hour a time means: what the speaker says of the time of day decides; otherwise a whole hour
   * from one to six said in words is the afternoon.
   */
  private static int hourAsMeant(String text, TimeMention t, Set<Integer> morningHours) {
    String after = text.substring(t.end(), Math.min(text.length(), t.end() + 24));
    if (BEFORE_NOON.matcher(after).lookingAt()) {
      return t.hour() % 12;
    }
    if (AFTER_NOON.matcher(after).lookingAt()) {
      return t.hour() < 12 ? t.hour() + 12 : t.hour();
    }
    boolean spoken = !Character.isDigit(text.charAt(t.end() - 1));
    if (spoken
        && t.hour() >= 1
        && t.hour() <= 6
        && BEDTIME.matcher(text.substring(Math.max(0, t.start() - 30), t.start())).find()) {
      return t.hour(); // "jeg går i seng klokken tre": the night
    }
    if (spoken
        && t.minute() == 0
        && t.hour() >= 1
        && t.hour() <= 6
        && !morningHours.contains(t.hour())
        && !(t.hour() >= 4 && EARLY.matcher(text).find() && !LATE.matcher(text).find())) {
      return t.hour() + 12;
    }
    // "halv tre", "kvart over to": the same working hours, for the hours a working day has after
    // noon ("halv syv" and "kvart over seks" stay the morning).
    if (spoken
        && t.minute() > 0
        && t.hour() >= 1
        && t.hour() <= 4
        && !morningHours.contains(t.hour())) {
      return t.hour() + 12;
    }
    // "halv et", "kvart over tolv": in working hours, after noon, not after midnight.
    if (spoken && t.hour() == 0 && t.minute() > 0) {
      return 12;
    }
    return t.hour();
  }

  /**
   * The whole hours a text places before noon by saying so ("klokken fem om morgenen", "tre om
   * natten"), for {@link #normalise(String, LocalDate, Set)} to read the same hour said later.
   */
  public static Set<Integer> hoursSaidBeforeNoon(String text) {
    Set<Integer> hours = new java.util.HashSet<>();
    for (TimeMention t : DanishDates.findTimes(text)) {
      String after = text.substring(t.end(), Math.min(text.length(), t.end() + 24));
      if (t.minute() == 0 && BEFORE_NOON.matcher(after).lookingAt()) {
        hours.add(t.hour() % 12);
      }
    }
    return Set.copyOf(hours);
  }

  private static boolean precededByClockWord(String text, int at) {
    String before = text.substring(Math.max(0, at - 9), at).toLowerCase(java.util.Locale.ROOT);
    return before.endsWith("til ") || before.endsWith("–") || before.endsWith("-");
  }

  private static boolean afterNumber(String text, int at) {
    int k = at - 1;
    while (k >= 0 && text.charAt(k) == ' ') {
      k--;
    }
    if (k < 0) {
      return false;
    }
    if (Character.isDigit(text.charAt(k))) {
      return true;
    }
    for (DanishNumbers.SpokenNumber n : DanishNumbers.find(text.substring(0, k + 1))) {
      if (n.end() == k + 1 && n.stated()) {
        return true;
      }
    }
    return false;
  }
}
