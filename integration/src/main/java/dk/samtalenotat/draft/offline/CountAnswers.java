package dk.samtalenotat.draft.offline;

import dk.samtalenotat.language.DanishNumbers;
import dk.samtalenotat.language.DanishWords;
import dk.samtalenotat.language.DanishWords.WordClass;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A "hvor mange" question answered with a bare count, read as the statement it settles: "Hvor mange
 * timer arbejder du om ugen?" "Tyve." gives "du arbejder tyve timer om ugen"; "Hvor mange gange har
 * du været hos lægen?" "Tre." gives "du har været tre gange hos lægen". A note states the count
 * with what was counted, where the question and answer written out ("Adspurgt, hvor mange ...,
 * svarede borger: 8") leave the reader to put them together.
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
  static String statement(String question, String answer) {
    String count = count(answer);
    if (count == null) {
      return null;
    }
    List<String> w = Clauses.words(question.replaceAll("[?.!]+$", "").strip());
    if (w.size() < 4
        || !Clauses.bare(w.get(0)).equals("hvor")
        || !Clauses.bare(w.get(1)).equals("mange")) {
      return null;
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
        + (rest.isEmpty() ? "" : " " + rest);
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
