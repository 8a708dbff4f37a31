package dk.samtalenotat.draft.offline;

import dk.samtalenotat.language.DanishDates;
import dk.samtalenotat.language.DanishNumbers;
import dk.samtalenotat.language.DanishWords;
import dk.samtalenotat.language.DanishWords.WordClass;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A "hvor mange" question answered with a bare count, or a "hvornår" question answered with a day
 * or a time, read as the statement it settles: "Hvor mange timer arbejder du om ugen?" "Tyve."
 * gives "du arbejder tyve timer om ugen"; "Hvor mange gange har du været hos lægen?" "Tre." gives
 * "du har været tre gange hos lægen". A note states the count with what was counted, where the
 * question and answer written out ("Adspurgt, hvor mange ..., svarede borger: 8") leave the reader
 * to put them together.
 *
 * <p>The statement stays in the asker's words (second person); the caller turns it to the third
 * person as it does the question. When the question names nothing counted ("Hvor mange har du
 * søgt?"), "søge" in employment services means applying for jobs; any other verb leaves the
 * question unanswered here (null) rather than guess what was counted.
 */
final class CountAnswers {

  /** Verbs that take another verb after them: the count follows the whole chain. */
  private static final Set<String> AUXILIARIES =
      Set.of(
          "har", "havde", "er", "var", "skal", "skulle", "vil", "ville", "kan", "kunne", "må",
          "måtte", "bliver", "blev", "plejer", "nåede", "når");

  /** Words that may stand between the auxiliary and its verb ("har du egentlig søgt"). */
  private static final Set<String> ADVERBS =
      Set.of(
          "så",
          "nu",
          "egentlig",
          "cirka",
          "ca",
          "omkring",
          "ellers",
          "da",
          "også",
          "faktisk",
          "sådan",
          "allerede");

  /** Participles the dictionary files as words of their own. */
  private static final Set<String> PARTICIPLES =
      Set.of("været", "haft", "gjort", "fået", "gået", "set", "sagt", "taget", "givet", "kommet");

  private static final Set<String> SUBJECTS = Set.of("du", "i", "han", "hun", "de", "vi");

  private CountAnswers() {}

  /**
   * The statement a count answers, or null when the question is not a "hvor mange" question with a
   * person as its subject, or the answer is not a count alone.
   */
  static String statement(String asked, String answer) {
    // "Og hvornår skal du ...?", "Men hvor mange ...?": the conjunction joins the talk, not the
    // question.
    String question =
        asked.strip().replaceFirst("(?iu)^(?:og|men|så|altså|okay|godt)[,.]?\\s+", "");
    String when = when(question, answer);
    if (when != null) {
      return when;
    }
    List<String> w = Clauses.words(question.replaceAll("[?.!]+$", "").strip());
    if (w.size() < 4
        || !Clauses.bare(w.get(0)).equals("hvor")
        || !Clauses.bare(w.get(1)).equals("mange")) {
      return null;
    }
    String count = count(answer);
    String tail = "";
    if (count == null) {
      // "Femten timer, mandag, tirsdag og torsdag.": the count with the noun the question
      // counted, and what the answer says of it after a comma.
      Matcher counted = COUNT_AND_NOUN.matcher(answer.strip().replaceAll("[.!]+$", ""));
      if (!counted.matches()
          || !counted.group(2).equalsIgnoreCase(Clauses.bare(w.get(2)))
          || (count = count(counted.group(1))) == null) {
        return null;
      }
      tail = counted.group(3) == null ? "" : counted.group(3);
    }
    int finite = 2;
    while (finite < w.size() && !Clauses.isFiniteVerb(Clauses.bare(w.get(finite)))) {
      finite++;
    }
    if (finite >= w.size() - 1 || finite > 5) {
      return null;
    }
    String subject = w.get(finite + 1);
    if (!SUBJECTS.contains(Clauses.bare(subject))) {
      return null;
    }
    String verb = Clauses.bare(w.get(finite));
    int after = finite + 2;
    StringBuilder chain = new StringBuilder(w.get(finite));
    if (AUXILIARIES.contains(verb)) {
      int v = after;
      while (v < w.size() && ADVERBS.contains(Clauses.bare(w.get(v)))) {
        v++;
      }
      if (v < w.size() && isVerbForm(Clauses.bare(w.get(v)))) {
        for (int i = after; i <= v; i++) {
          chain.append(' ').append(w.get(i));
        }
        verb = Clauses.bare(w.get(v));
        after = v + 1;
      }
    }
    String counted = String.join(" ", w.subList(2, finite));
    if (counted.isEmpty()) {
      if (!DanishWords.sameWord(verb, "søge")) {
        return null;
      }
      counted = "job";
    }
    String rest = String.join(" ", w.subList(after, w.size()));
    return (subject.equals("I") ? "I" : Clauses.bare(subject))
        + " "
        + chain
        + " "
        + count
        + " "
        + counted
        + (rest.isEmpty() ? "" : " " + rest)
        + tail;
  }

  /** A count, the noun counted, and what follows a comma: "15 timer, mandag og tirsdag". */
  private static final Pattern COUNT_AND_NOUN =
      Pattern.compile("(?iu)(\\d{1,4}|\\p{L}+)\\s+(\\p{L}+)(,\\s+.+)?");

  /** Words a short answer of when may hold besides the date and time themselves. */
  private static final Pattern WHEN_ANSWER =
      Pattern.compile(
          "(?iu)(?:(?:på|om|i|fra|den|næste|kommende|klokken|kl\\.|ved|omkring|cirka|først|allerede"
              + "|"
              + DanishDates.WEEKDAY_NAMES
              + "|morgen|eftermiddag|formiddag"
              + "|aften|uge|ugen|januar|februar|marts|april|maj|juni|juli|august|september|oktober"
              + "|november|december|halv|kvart|over|\\d+\\.?|[\\p{L}]+(?:ende|te|de|je|ne|en|ste))"
              + "[\\s,.]*)+");

  /** "Hvornår var det, (at) du blev ledig": a question of when about a clause of its own. */
  private static final Pattern CLEFT =
      Pattern.compile(
          "(?iu)hvornår\\s+(?:var|er|bliver|blev)\\s+det\\s*,?\\s+(?:at\\s+)?(\\p{L}.*)");

  /**
   * "Hvornår skal du til kontrol?" "Torsdag den tredje." gives "du skal til kontrol torsdag den
   * tredje": a "hvornår" question with a person as its subject, answered with a day or a time and
   * nothing else, read as the statement it settles, the answer where the question asked.
   */
  private static String when(String question, String answer) {
    String a = answer.strip().replaceAll("[.!,]+$", "");
    if (a.isEmpty()
        || !WHEN_ANSWER.matcher(a).matches()
        || !a.matches(
            "(?iu).*(?:\\d|"
                + DanishDates.WEEKDAY_NAMES
                + "|uge|"
                + "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november"
                + "|december|klokken).*")) {
      return null;
    }
    Matcher cleft = CLEFT.matcher(question.replaceAll("[?.!]+$", "").strip());
    if (cleft.matches()) {
      // "Hvornår var det, du blev ledig?": the clause after "det" is the statement.
      List<String> said = Clauses.words(cleft.group(1));
      if (said.size() < 2 || !SUBJECTS.contains(Clauses.bare(said.get(0)))) {
        return null;
      }
      return cleft.group(1).strip() + " " + Clauses.lowerFirst(a);
    }
    List<String> w = Clauses.words(question.replaceAll("[?.!]+$", "").strip());
    if (w.size() < 3 || !Clauses.bare(w.get(0)).equals("hvornår")) {
      return null;
    }
    String verb = Clauses.bare(w.get(1));
    String subject = Clauses.bare(w.get(2));
    // The verb stands second in a question of when: "Hvornår starter I?".
    if (!SUBJECTS.contains(subject) || !verb.matches("\\p{Ll}+")) {
      return null;
    }
    String rest = String.join(" ", w.subList(3, w.size()));
    return (w.get(2).equals("I") ? "I" : subject)
        + " "
        + w.get(1).toLowerCase(Locale.ROOT)
        + (rest.isEmpty() ? "" : " " + rest)
        + " "
        + Clauses.lowerFirst(a);
  }

  /** The count of an answer that is a number and nothing else ("Otte", "12"), or null. */
  private static String count(String answer) {
    String a = answer.strip().replaceAll("[.!,]+$", "");
    if (a.matches("\\d{1,4}")) {
      return a;
    }
    String lower = a.toLowerCase(Locale.ROOT);
    if (lower.matches("\\p{L}+") && DanishNumbers.cardinal(lower).isPresent()) {
      return String.valueOf(DanishNumbers.cardinal(lower).get());
    }
    return null;
  }

  private static boolean isVerbForm(String word) {
    if (PARTICIPLES.contains(word)) {
      return true;
    }
    if (Clauses.isFiniteVerb(word)) {
      return false;
    }
    // "arbejdet" and "arbejde" are nouns too; after an auxiliary they are the verb.
    return DanishWords.wordClasses(word).contains(WordClass.VERB)
        && (word.endsWith("t") || word.endsWith("e"));
  }
}
