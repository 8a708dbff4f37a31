package dk.samtalenotat.language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value one speaker said that the next speaker denies, with the value said instead: a correction
 * across speakers, where {@link SelfCorrections} reads a speaker's own. "Praktikken starter mandag
 * den niende marts" answered by "Nej, det er ikke den niende. Han sagde mandag den sekstende" or
 * "Nej, Henrik, det var mandag den tolvte"; "Din kontaktperson er Henrik Mortensen" answered by
 * "Nej, det passer ikke ... Henriette Mogensen hed hun". The engine writes the value said instead,
 * and the check holds the denied value to be taken back.
 */
public final class Denials {

  /** What kind of value was denied. */
  public enum Kind {
    /** A day of the month: "den niende". */
    DAY,
    /** A person's full name: "Henrik Mortensen". */
    NAME
  }

  /**
   * A denial: the denied value at {@code start}..{@code end} of the turn said, the sentence that
   * denies it at {@code denialStart}..{@code denialEnd} of the reply (which states nothing else),
   * and what the reply says instead, to stand where the denied value stood ("den sekstende",
   * "Henriette Mogensen").
   */
  public record Denial(
      Kind kind, int start, int end, int denialStart, int denialEnd, String instead) {

    /** The turn said, with the value said instead where the denied one stood. */
    public String corrected(String said) {
      return said.substring(0, start) + instead + said.substring(end);
    }
  }

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** "– Nej, det er ikke den niende.": a day denied, as the reply's first sentence. */
  private static final Pattern DAY_DENIED =
      Pattern.compile(
          "^[-–\\s]*(?:(?:øh|øhm|hov|nej|næ)[,.!]?\\s*)+(?:det\\s+(?:er|var)\\s+)?ikke\\s+den\\s+"
              + "(\\p{L}+|\\d{1,2}\\.)\\s*(?:[.!]|,\\s*(?:men\\s+)?(?=den\\s))\\s*",
          FLAGS);

  /**
   * "Nej, Henrik, det var mandag den tolvte januar": a reply that opens with a no (to the one who
   * spoke, by name) and says which day it was instead. Group 1 is the no, which states nothing.
   */
  private static final Pattern NO_IT_WAS =
      Pattern.compile(
          "^([-–\\s]*(?:(?:øh|øhm|hov|altså)[,.!]?\\s*)*(?:nej|næ)[,.!]?\\s*(?:\\p{Lu}\\p{Ll}+[,.!]\\s*)?)"
              + "det\\s+(?:var|er)\\s+(?:\\p{L}+dag\\s+)?(?=den\\s)",
          FLAGS);

  /** "Nej, vent – det er ikke onsdag.": a weekday denied, as the reply's first sentence. */
  private static final Pattern WEEKDAY_DENIED =
      Pattern.compile(
          "^[-–\\s]*(?:(?:øh|øhm|hov|nej|næ|vent)[,.!]?\\s*[-–]?\\s*)+(?:det\\s+(?:er|var)\\s+)?ikke\\s+"
              + "(?:på\\s+)?("
              + DanishDates.WEEKDAY_NAMES
              + ")\\s*[.!]\\s*",
          FLAGS);

  /** A weekday named: "torsdag". */
  private static final Pattern WEEKDAY =
      Pattern.compile("(?<![\\p{L}])(" + DanishDates.WEEKDAY_NAMES + ")(?![\\p{L}])", FLAGS);

  /**
   * "torsdag den 26.", "den sjetteogtyvende": a day of the month, its weekday before it if said.
   */
  private static final Pattern WEEKDAY_AND_DAY =
      Pattern.compile(
          "(?<![\\p{L}])(?:(" + DanishDates.WEEKDAY_NAMES + ")\\s+)?den\\s+(\\p{L}+|\\d{1,2}\\.)",
          FLAGS);

  /** "den sekstende", "den 16.": a day of the month, as said. */
  private static final Pattern DAY = Pattern.compile("\\bden\\s+(\\p{L}+|\\d{1,2}\\.)", FLAGS);

  /**
   * "Øh, nej, det tror jeg ikke passer.", "Nej, det er forkert.": a reply's first sentence that
   * says what was just said is not so, and nothing else.
   */
  private static final Pattern NOT_SO =
      Pattern.compile(
          "^[-–\\s]*(?:(?:øh|øhm|hmm|altså|hov)[,.!]?\\s*)*nej[,.!]?\\s*(?:(?:altså|øh)[,.]?\\s*)?"
              + "(?:det\\s+(?:tror\\s+jeg\\s+)?(?:passer|stemmer|er)\\s+(?:vist\\s+)?(?:ikke|forkert)"
              + "(?:\\s+(?:helt\\s+)?(?:rigtigt|passer|stemmer))?"
              + "|det\\s+tror\\s+jeg\\s+ikke(?:\\s+(?:passer|stemmer|er\\s+rigtigt))?"
              + "|det\\s+er\\s+(?:vist\\s+)?(?:forkert|ikke\\s+rigtigt))"
              + "\\s*[.!]\\s*",
          FLAGS);

  /** Two or more capitalised words in a row: a person's full name, if no word is a common one. */
  private static final Pattern FULL_NAME =
      Pattern.compile("(?<![\\p{L}])\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)+(?![\\p{L}])");

  private Denials() {}

  /**
   * The value of {@code said} that {@code reply}, the next speaker's turn, denies, with what the
   * reply says instead; empty when the reply denies no value said or gives none instead.
   */
  public static Optional<Denial> find(String said, String reply) {
    Optional<Denial> day = day(said, reply);
    return day.isPresent() ? day : name(said, reply);
  }

  /**
   * "Du har jobsamtale onsdag den 25. marts" answered by "Nej, vent – det er ikke onsdag. Det er
   * torsdag. Torsdag den sjetteogtyvende.": the weekday and its day are denied together, and the
   * weekday and day the reply gives stand instead. A reply that gives no day of the month leaves
   * the date as said, since the weekday alone would not fit it.
   */
  private static Optional<Denial> weekday(String said, String reply) {
    Matcher denial = WEEKDAY_DENIED.matcher(reply);
    if (!denial.lookingAt()) {
      return Optional.empty();
    }
    String wrong = denial.group(1).toLowerCase(Locale.ROOT);
    Matcher instead = WEEKDAY_AND_DAY.matcher(reply);
    instead.region(denial.end(), reply.length());
    Integer day = null;
    String weekday = null;
    while (day == null && instead.find()) {
      day = dayOf(instead.group(2));
      weekday = instead.group(1);
    }
    if (day == null) {
      return Optional.empty();
    }
    if (weekday == null) {
      Matcher named = WEEKDAY.matcher(reply.substring(denial.end()));
      while (named.find()) {
        if (!named.group(1).equalsIgnoreCase(wrong)) {
          weekday = named.group(1);
          break;
        }
      }
    }
    if (weekday == null || weekday.equalsIgnoreCase(wrong)) {
      return Optional.empty();
    }
    Matcher m = WEEKDAY_AND_DAY.matcher(said);
    while (m.find()) {
      Integer saidDay = m.group(1) == null ? null : dayOf(m.group(2));
      if (saidDay != null && m.group(1).equalsIgnoreCase(wrong)) {
        String given = weekday.toLowerCase(Locale.ROOT) + " den " + instead.group(2);
        String text = Character.isUpperCase(said.charAt(m.start())) ? capitalised(given) : given;
        return Optional.of(new Denial(Kind.DAY, m.start(), m.end(), 0, denial.end(), text));
      }
    }
    return Optional.empty();
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static Optional<Denial> day(String said, String reply) {
    Optional<Denial> weekday = weekday(said, reply);
    if (weekday.isPresent()) {
      return weekday;
    }
    Matcher no = NO_IT_WAS.matcher(reply);
    if (no.lookingAt()) {
      Matcher instead = DAY.matcher(reply);
      Integer day = instead.find(no.end()) ? dayOf(instead.group(1)) : null;
      Matcher m = DAY.matcher(said);
      int[] denied = null;
      while (day != null && m.find()) {
        Integer wrong = dayOf(m.group(1));
        if (wrong != null && !wrong.equals(day)) {
          denied = new int[] {m.start(), m.end()};
        }
      }
      return denied == null
          ? Optional.empty()
          : Optional.of(new Denial(Kind.DAY, denied[0], denied[1], 0, no.end(1), instead.group()));
    }
    Matcher denial = DAY_DENIED.matcher(reply);
    Integer wrong = denial.lookingAt() ? dayOf(denial.group(1)) : null;
    if (wrong == null) {
      return Optional.empty();
    }
    Matcher instead = DAY.matcher(reply);
    instead.region(denial.end(), reply.length());
    while (instead.find()) {
      Integer day = dayOf(instead.group(1));
      if (day == null || day.equals(wrong)) {
        continue;
      }
      Matcher m = DAY.matcher(said);
      while (m.find()) {
        if (wrong.equals(dayOf(m.group(1)))) {
          return Optional.of(
              new Denial(Kind.DAY, m.start(), m.end(), 0, denial.end(), instead.group()));
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<Denial> name(String said, String reply) {
    Matcher denial = NOT_SO.matcher(reply);
    if (!denial.lookingAt()) {
      return Optional.empty();
    }
    // The name denied is the last person's name of the turn said, in a statement, not a question.
    int[] denied = null;
    for (int[] n : fullNames(said, 0)) {
      int sentenceEnd = endOfSentence(said, n[1]);
      if (sentenceEnd < said.length() && said.charAt(sentenceEnd) == '?') {
        continue;
      }
      denied = n;
    }
    if (denied == null) {
      return Optional.empty();
    }
    String deniedName = said.substring(denied[0], denied[1]);
    int words = deniedName.split("\\s+").length;
    for (int[] n : fullNames(reply, denial.end())) {
      String other = reply.substring(n[0], n[1]);
      if (other.split("\\s+").length == words
          && !said.toLowerCase(Locale.ROOT).contains(other.toLowerCase(Locale.ROOT))) {
        return Optional.of(new Denial(Kind.NAME, denied[0], denied[1], 0, denial.end(), other));
      }
    }
    return Optional.empty();
  }

  /** The spans of the persons' full names in the text from {@code from}. */
  private static List<int[]> fullNames(String text, int from) {
    List<int[]> names = new ArrayList<>();
    Matcher m = FULL_NAME.matcher(text);
    m.region(from, text.length());
    while (m.find()) {
      if (Arrays.stream(m.group().split("\\s+")).allMatch(DanishWords::looksLikeName)) {
        names.add(new int[] {m.start(), m.end()});
      }
    }
    return names;
  }

  private static int endOfSentence(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (".!?".indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return text.length();
  }

  /** The day of the month a word or "16." names, or null. */
  private static Integer dayOf(String said) {
    Integer day =
        said.endsWith(".")
            ? Integer.valueOf(said.substring(0, said.length() - 1))
            : DanishNumbers.ordinal(said).orElse(null);
    return day != null && day >= 1 && day <= 31 ? day : null;
  }
}
