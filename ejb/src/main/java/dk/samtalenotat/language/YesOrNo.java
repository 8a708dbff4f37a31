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

  /** The words a turn takes what was proposed with, at its start: "Ja", "Fint", "Okay". */
  private static final String TAKING_WORDS = "(?:ja|jo|jep|jeps|fint|okay|ok)(?![\\p{L}])";

  private static final Pattern OPENS_TAKING_IT = Pattern.compile(TAKING_WORDS, FLAGS);

  /**
   * A reply that takes what the speaker before proposed: it opens with "ja", "fint", "gerne",
   * "aftalt", "det gør jeg", "det lyder godt", or says anywhere "det passer", "det går", "det kan
   * vi".
   */
  private static final Pattern TAKES_A_PROPOSAL =
      Pattern.compile(
          "^\\W*(?:"
              + TAKING_WORDS
              + "|(?:fair|gerne|aftalt|selvfølgelig|i\\s+orden|det\\s+(?:gør|vil|kan|skal)\\s+jeg"
              + "|det\\s+er\\s+i\\s+orden|det\\s+lyder\\s+godt)(?![\\p{L}]))"
              + "|(?<![\\p{L}])det\\s+(?:passer|går|er\\s+fint|kan\\s+jeg|kan\\s+vi)(?![\\p{L}])",
          FLAGS);

  /** "Nej, ...", "desværre", "det passer ikke", "det kan jeg desværre ikke". */
  private static final Pattern TURNS_DOWN_A_PROPOSAL =
      Pattern.compile(
          "^(?:nej|næ|desværre)(?![\\p{L}])"
              + "|(?<![\\p{L}])(?:passer|går|kan|kunne)\\s+(?:\\p{L}+\\s+)?ikke(?![\\p{L}])",
          FLAGS);

  /**
   * How a note writes someone's yes or no to an offer: "takkede nej til", "sagde ja", "nej tak",
   * "afslog", "afviste", "accepterede", "tog imod".
   */
  private static final Pattern DECISION =
      Pattern.compile(
          "(?<![\\p{L}])(?:(?:takke|takker|takkede|takket|sige|siger|sagde|sagt)"
              + "(?:\\s+\\p{L}+)?\\s+(?:ja|nej)|nej\\s+tak|ja\\s+tak|afsl(?:å|år|og|ået)"
              + "|afvis(?:e|er|te|t)|accepter(?:e|er|ede|et)|(?:tage|tager|tog|taget)\\s+imod)"
              + "(?![\\p{L}])",
          FLAGS);

  /** The no in a yes or no a note writes: "nej", "afslog", "afviste". */
  private static final Pattern DECISION_SAYS_NO =
      Pattern.compile("(?<![\\p{L}])(?:nej|afsl\\p{L}*|afvis\\p{L}*)(?![\\p{L}])", FLAGS);

  /** The verbs by which a note writes a yes or no ("takkede", "afslog", "accepterede"). */
  private static final java.util.Set<String> DECISION_VERBS =
      java.util.Set.of(
          "takke",
          "takker",
          "takkede",
          "takket",
          "afslå",
          "afslår",
          "afslog",
          "afslået",
          "afvise",
          "afviser",
          "afviste",
          "afvist",
          "acceptere",
          "accepterer",
          "accepterede",
          "accepteret");

  /** The other words of a yes or no that name no thing ("tog imod", "sagde ja tak"). */
  private static final java.util.Set<String> DECISION_OTHER_WORDS =
      java.util.Set.of(
          "tog", "tager", "taget", "tage", "imod", "sagde", "siger", "sige", "sagt", "ja", "nej",
          "tak");

  private YesOrNo() {}

  /** Verbs of promising and guaranteeing. */
  private static final java.util.Set<String> PROMISES =
      java.util.Set.of(
          "love",
          "lover",
          "lovede",
          "lovet",
          "loves",
          "garantere",
          "garanterer",
          "garanterede",
          "garanteret");

  /** The words besides "det", a verb and a "not" that a bare refusal of a promise may have. */
  private static final java.util.Set<String> REFUSAL_WORDS =
      java.util.Set.of(
          "kan",
          "kunne",
          "dig",
          "jer",
          "om",
          "i",
          "dag",
          "her",
          "desværre",
          "altså",
          "jo",
          "nu",
          "endnu",
          "bare");

  /** Whether a word (lower case) is a verb of promising: "love", "lovede", "garanterer". */
  public static boolean isPromise(String lowerCaseWord) {
    return PROMISES.contains(lowerCaseWord);
  }

  /**
   * A promise refused without saying what: "Det kan jeg ikke love", "det lover jeg dig ikke", "jeg
   * kan ikke love dig det i dag", "jeg lover ikke noget i dag", "det kan jeg desværre ikke
   * garantere". What it refuses is what was just asked or said; one that says it ("jeg kan ikke
   * love, at kommunen betaler") is no bare refusal.
   */
  public static boolean refusesAPromise(String sentence) {
    boolean it = false;
    boolean not = false;
    boolean promise = false;
    for (DanishWords.Word w : DanishWords.words(SpokenDanish.standardise(sentence))) {
      String lower = w.lower();
      if (lower.equals("det") || lower.equals("dét") || lower.equals("noget")) {
        it = true;
      } else if (DanishWords.isNegation(lower)) {
        not = true;
      } else if (PROMISES.contains(lower)) {
        promise = true;
      } else if (DanishWords.isContentWord(lower) && !REFUSAL_WORDS.contains(lower)) {
        return false;
      }
    }
    return it && not && promise;
  }

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

  /** Whether the turn's sentence opens with a word that takes a proposal ("Ja", "Fint", "Ok"). */
  public static boolean opensTakingIt(String sentence) {
    return OPENS_TAKING_IT.matcher(sentence.strip()).lookingAt();
  }

  /**
   * Whether a reply takes what the speaker before proposed: "Jo, det passer fint", "Det er i
   * orden", "Det gør jeg", "Den første oktober, det går".
   */
  public static boolean takesAProposal(String reply) {
    return TAKES_A_PROPOSAL.matcher(reply.strip()).find();
  }

  /** Whether a reply turns a proposal down: "Nej, ...", "det passer desværre ikke". */
  public static boolean turnsDownAProposal(String reply) {
    return TURNS_DOWN_A_PROPOSAL.matcher(reply.strip()).find();
  }

  /**
   * Whether a note's sentence writes someone's yes or no to an offer: "takkede nej til", "sagde ja
   * tak", "afslog", "accepterede", "tog imod".
   */
  public static boolean writesADecision(String text) {
    return DECISION.matcher(text).find();
  }

  /** Whether a yes or no a note writes is a no: "takkede nej", "afslog", "afviste". */
  public static boolean writtenDecisionSaysNo(String text) {
    return DECISION_SAYS_NO.matcher(text).find();
  }

  /** Whether a word is a verb by which a note writes a yes or no ("takkede", "afslog"). */
  public static boolean isDecisionVerb(String lowerCaseWord) {
    return DECISION_VERBS.contains(lowerCaseWord);
  }

  /** Whether a word belongs to a yes or no and names no thing ("tog", "imod", "takkede", "nej"). */
  public static boolean isWordOfADecision(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return DECISION_VERBS.contains(lower) || DECISION_OTHER_WORDS.contains(lower);
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
