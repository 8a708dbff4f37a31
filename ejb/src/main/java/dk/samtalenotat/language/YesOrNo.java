package dk.samtalenotat.language;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The yes or no a spoken answer opens with, and the words that decline something offered. The
 * offline engine writes what an answer settles and the unsupported-fact check reads what it denies;
 * both read the same words here, so that a "næh" or a "nej tak" is a no to both.
 *
 * <p>A "nej" that opens an exclamation is no answer: "Nej, hvor dejligt!" and "Nej, men hvor
 * spændende" are delight, not a refusal. Hesitation before the word ("Øh, nej", "Hm. Ja tak") is
 * read past.
 */
public final class YesOrNo {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** Hesitation before an answer's "ja" or "nej": "Hm, nej", "Øh. Ja tak", "Tja, nej". */
  private static final Pattern HESITATION =
      Pattern.compile("^\\s*(?:(?:hm+|øh+m*|æh+m*|eh+m*|mm+|tja)(?![\\p{L}])[,.…]*\\s*)+", FLAGS);

  private static final String NO = "(?:nå\\s+)?(?:nej|næ|næh|næj|nix|nope)(?:\\s+(?:nej|tak))?";

  /** Yes words that may run on into the sentence: "Ja det gør jeg", "Jo da". */
  private static final String YES = "(?:ja|jo|jow|jah|jep|jeps|yes)(?:\\s+(?:ja|jo|tak|da))?";

  /**
   * Yes words that answer only when they stand alone before a pause: "Præcis." and "Korrekt, det
   * var i maj", but not "rigtigt godt" or "klart bedre".
   */
  private static final String YES_ALONE = "(?:præcis|korrekt|rigtigt|netop|klart|selvfølgelig)";

  private static final Pattern OPENING =
      Pattern.compile(
          "^(?:(?<no>"
              + NO
              + ")|(?<yes>"
              + YES
              + "))(?![\\p{L}])(?:[,.!]\\s*|\\s+|$)"
              + "|^(?<alone>"
              + YES_ALONE
              + ")(?:[,.!]\\s*|$)",
          FLAGS);

  /** "Nej, hvor dejligt", "Nej, men hvor spændende", "Næ, dog": delight, not a no. */
  private static final Pattern EXCLAMATION =
      Pattern.compile("^(?:men\\s+)?(?:hvor|dog|hold\\s+da\\s+op)(?![\\p{L}])", FLAGS);

  /** A no said as declining: "takke nej til", "siger nej tak", "afslår", "afviser". */
  private static final Pattern DECLINES =
      Pattern.compile(
          "(?<![\\p{L}])(?:(?:takke|takker|takkede|sige|siger)\\s+(?:\\p{L}+\\s+)?nej"
              + "|nej\\s+tak|afsl(?:å|år)|afvis(?:e|er))(?![\\p{L}])",
          FLAGS);

  /**
   * A "not" with a verb of wanting, in the standard language or the Jutlandic "itj": "jeg vil
   * ikke", "ønsker ikke", "har ikke brug for", "ikke lyst til", "ikke interesseret", "helst lade
   * være".
   */
  private static final Pattern NOT_WANTED =
      Pattern.compile(
          "(?<![\\p{L}])(?:(?:vil|ville|ønsker|ønskede)\\s+(?:\\p{L}+\\s+)?(?:ikke|itj)"
              + "|(?:ikke|itj)\\s+(?:\\p{L}+\\s+)?(?:brug\\s+for|lyst|interesseret)"
              + "|helst\\s+lade\\s+være)(?![\\p{L}])",
          FLAGS);

  /** "Det tror jeg ikke", "tror a itj": doubt that answers an offer as a no. */
  private static final Pattern DOUBTS =
      Pattern.compile("(?<![\\p{L}])tror\\s+(?:\\p{L}+\\s+)?(?:ikke|itj)(?![\\p{L}])", FLAGS);

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]");

  private YesOrNo() {}

  /**
   * The yes or no an answer opens with.
   *
   * @param yes whether it is a yes
   * @param word the word or words, in lower case ("nej tak", "jo da", "præcis")
   * @param end where the rest of the answer starts in the text read, past the word's comma or full
   *     stop
   */
  public record Opening(boolean yes, String word, int end) {

    /** The first word: "ja" of "ja tak", "nej" of "nej nej". */
    public String firstWord() {
      int space = word.indexOf(' ');
      return space < 0 ? word : word.substring(0, space);
    }

    /** Whether the first word is one of these. */
    public boolean firstWordIs(String... words) {
      return java.util.Arrays.asList(words).contains(firstWord());
    }
  }

  /** The yes or no the answer opens with, if it opens with one that answers. */
  public static Optional<Opening> opening(String answer) {
    Matcher hesitation = HESITATION.matcher(answer);
    int from = hesitation.lookingAt() ? hesitation.end() : 0;
    Matcher m = OPENING.matcher(answer).region(from, answer.length());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    boolean no = m.group("no") != null;
    if (no && exclaims(answer.substring(m.end()))) {
      return Optional.empty();
    }
    String word = no ? m.group("no") : m.group("yes") != null ? m.group("yes") : m.group("alone");
    return Optional.of(
        new Opening(!no, word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "), m.end()));
  }

  /** The answer without the hesitation it opens with ("Øh, nej" is "nej"). */
  public static String afterHesitation(String answer) {
    return HESITATION.matcher(answer).replaceFirst("");
  }

  /** Whether the answer opens with a no. */
  public static boolean opensWithNo(String answer) {
    return opening(answer).filter(o -> !o.yes()).isPresent();
  }

  /** Whether the answer opens with a yes. */
  public static boolean opensWithYes(String answer) {
    return opening(answer).filter(Opening::yes).isPresent();
  }

  /** Whether the text says that someone declines: "takker nej til", "nej tak", "afslår". */
  public static boolean declines(String text) {
    return DECLINES.matcher(text).find();
  }

  /** Whether the text says that something is not wanted: "vil ikke", "har ikke brug for". */
  public static boolean notWanted(String text) {
    return NOT_WANTED.matcher(text).find();
  }

  /**
   * Whether an answer to an offer turns it down: it opens with a no, declines, says it is not
   * wanted or doubts it ("Næh, det tror a itj").
   */
  public static boolean turnsDownAnOffer(String answer) {
    return opensWithNo(answer)
        || declines(answer)
        || notWanted(answer)
        || DOUBTS.matcher(answer).find();
  }

  /** What follows the word is an exclamation of delight or surprise, not the reason for a no. */
  private static boolean exclaims(String rest) {
    if (!EXCLAMATION.matcher(rest).lookingAt()) {
      return false;
    }
    // "Nej, hvor skulle jeg have det fra?" is still a no.
    Matcher end = SENTENCE_END.matcher(rest);
    return !end.find() || !end.group().equals("?");
  }
}
