package dk.samtalenotat.language;

import java.util.List;
import java.util.Set;

/**
 * Whether a clause says that something goes on ("tager fortsat medicin", "er stadig sygemeldt") or
 * that it no longer does ("tager ikke noget stærkt mere", "er ikke længere sygemeldt"). The two
 * contradict each other though the verb is the same and neither negates it alone: "ikke ... mere"
 * denies that it goes on, not that it ever was.
 */
public final class Continuation {

  private static final Set<String> GOES_ON = Set.copyOf(WordList.lines("continuation.txt"));

  /**
   * Words after which a clause's last "mere" is an amount ("kan ikke holde til mere", "vil ikke
   * have mere"), not "any longer".
   */
  private static final Set<String> BEFORE_AMOUNT =
      Set.of("til", "på", "i", "om", "med", "for", "af", "have", "få", "end", "meget", "lidt");

  private Continuation() {}

  /**
   * TRUE when the clause says that something goes on, FALSE when it says that it no longer does,
   * null when it says neither. "stadig ikke" says that a "not" goes on, which the clause's own
   * polarity tells; "ikke længere end" compares, and "mere" says "any longer" only where it closes
   * the clause after something other than a preposition ("holde til mere" is an amount).
   */
  public static Boolean goesOn(String clause) {
    List<DanishWords.Word> words = DanishWords.words(clause);
    boolean negated = false;
    for (DanishWords.Word w : words) {
      negated |= DanishWords.isNegation(w.lower());
    }
    boolean notBefore = false;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i).lower();
      if (GOES_ON.contains(w) && !negated) {
        return Boolean.TRUE;
      }
      if (w.equals("længere")
              && notBefore
              && !(i + 1 < words.size() && words.get(i + 1).lower().equals("end"))
          || w.equals("mere") && notBefore && i == words.size() - 1 && !amount(words.get(i - 1))) {
        return Boolean.FALSE;
      }
      notBefore |= DanishWords.isNegation(w);
    }
    return null;
  }

  private static boolean amount(DanishWords.Word before) {
    return BEFORE_AMOUNT.contains(before.lower());
  }
}
