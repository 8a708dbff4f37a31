package dk.samtalenotat.quality;

import dk.samtalenotat.quality.StatementItems.Stem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a note states a sentence: one line of the note, or two adjacent ones (a writer may put
 * the day and the time of a meeting in two sentences), must hold every value and every name of the
 * sentence, at least {@link #CONTENT_SHARE} of its content words, and agree with it in polarity.
 *
 * <p>Why 60 % of the content words: values and names carry most facts and are required whole;
 * content words are where a writer paraphrases ("afskediget" / "fyret", "registreret i jobloggen" /
 * "skrevet i jobloggen"), so requiring all would count a faithful rewording as a miss, while a bare
 * half (one of two, two of four words) lets a sentence that shares only the topic ("kurset",
 * "praktikken") pass. Three of five, two of three and both of two is what "clearly the same
 * statement" takes.
 *
 * <p>Polarity: every negated clause of the sentence ("og er ikke sygemeldt") must be answered by a
 * negated word of the window that the clause holds ("men at han ikke er sygemeldt"), and no word
 * the sentence states only positively may stand in the window only negated ("han har ikke bil" does
 * not state "borger har bil"). Negation is read per clause, not by syntax, so a paraphrase that
 * moves the negation to another word ("besluttet at vente med praktik" for "ikke aftalt praktik")
 * is a miss: the scorer errs towards strictness.
 */
final class SentenceMatch {

  static final double CONTENT_SHARE = 0.6;

  private static final Map<String, StatementItems> CACHE = new ConcurrentHashMap<>();

  /**
   * A sentence prepared for matching.
   *
   * @param stems its content words, each once, without the generic ones
   * @param positiveOnly the content words it states only in clauses that are not negated
   * @param negatedClauses the content words of each negated clause (a clause may have none)
   */
  record Wanted(
      StatementItems items,
      List<String> stems,
      Set<String> positiveOnly,
      List<Set<String>> negatedClauses) {

    static Wanted of(StatementItems items, Set<String> generic) {
      Set<String> stems = new LinkedHashSet<>();
      Set<String> positive = new LinkedHashSet<>();
      Set<String> negative = new LinkedHashSet<>();
      Map<Integer, Set<String>> negated = new LinkedHashMap<>();
      for (Stem s : items.stems()) {
        if (s.negated()) {
          Set<String> clause = negated.computeIfAbsent(s.clause(), k -> new LinkedHashSet<>());
          if (!generic.contains(s.stem())) {
            clause.add(s.stem());
          }
        }
        if (generic.contains(s.stem())) {
          continue;
        }
        stems.add(s.stem());
        (s.negated() ? negative : positive).add(s.stem());
      }
      positive.removeAll(negative);
      List<Set<String>> clauses = new ArrayList<>(negated.values());
      if (clauses.isEmpty() && items.negation() && negative.isEmpty()) {
        // A negation with no content word of its own ("det blev ikke aftalt").
        clauses.add(Set.of());
      }
      return new Wanted(items, List.copyOf(stems), positive, clauses);
    }
  }

  /**
   * How a window of the note compares with a sentence.
   *
   * @param first 0-based line where the window starts
   * @param lines 1 or 2
   * @param unanswered negated clauses of the sentence the window does not negate
   * @param contradicted words the sentence states and the window only negates
   */
  record Window(
      int first,
      int lines,
      Set<String> missingValues,
      Set<String> missingNames,
      List<String> missingStems,
      int stemsFound,
      int stemsNeeded,
      int stemsTotal,
      List<Set<String>> unanswered,
      Set<String> contradicted) {

    boolean found() {
      return missingValues.isEmpty()
          && missingNames.isEmpty()
          && stemsFound >= stemsNeeded
          && unanswered.isEmpty()
          && contradicted.isEmpty();
    }

    private static String line(int index, int header) {
      return index < header ? "header line " + (index + 1) : "sentence " + (index - header + 1);
    }

    int missingKeys() {
      return missingValues.size() + missingNames.size();
    }

    /**
     * What the window lacks, for the details file.
     *
     * @param header how many of the note's first lines are the header the application writes; the
     *     others are numbered as the draft's sentences
     */
    String describe(List<String> note, int header) {
      String where =
          lines == 1
              ? line(first, header) + " '" + note.get(first) + "'"
              : line(first, header)
                  + " + "
                  + line(first + 1, header)
                  + " '"
                  + note.get(first)
                  + " / "
                  + note.get(first + 1)
                  + "'";
      List<String> lacks = new ArrayList<>();
      if (!missingValues.isEmpty()) {
        lacks.add("values " + missingValues);
      }
      if (!missingNames.isEmpty()) {
        lacks.add("names " + missingNames);
      }
      lacks.add(
          String.format(
              Locale.ROOT,
              "content %d/%d of %d%s",
              stemsFound,
              stemsNeeded,
              stemsTotal,
              missingStems.isEmpty() ? "" : ", lacks " + missingStems));
      if (!unanswered.isEmpty()) {
        lacks.add("negation not answered " + unanswered);
      }
      if (!contradicted.isEmpty()) {
        lacks.add("negated in the note " + contradicted);
      }
      return "nearest " + where + ": " + String.join("; ", lacks);
    }
  }

  private SentenceMatch() {}

  /** The items of a line, read once per distinct text. */
  static StatementItems items(String line) {
    if (CACHE.size() > 20_000) {
      CACHE.clear();
    }
    return CACHE.computeIfAbsent(line, DanishItems::of);
  }

  /** How many of {@code n} content words a window must hold. */
  static int needed(int n) {
    return (int) Math.ceil(CONTENT_SHARE * n - 1e-9);
  }

  /** The window of {@code note} that comes closest to stating {@code wanted}, or null if empty. */
  static Window best(Wanted wanted, List<String> note) {
    List<StatementItems> lines = note.stream().map(SentenceMatch::items).toList();
    Window best = null;
    for (int i = 0; i < lines.size(); i++) {
      best = better(best, window(wanted, lines.get(i), i, 1));
      if (i + 1 < lines.size()) {
        best = better(best, window(wanted, lines.get(i).plus(lines.get(i + 1)), i, 2));
      }
    }
    return best;
  }

  /** Whether one line, or two adjacent ones, of {@code note} state {@code wanted}. */
  static boolean states(Wanted wanted, List<String> note) {
    Window w = best(wanted, note);
    return w != null && w.found();
  }

  static Window window(Wanted wanted, StatementItems have, int first, int lines) {
    Set<String> values = new LinkedHashSet<>(wanted.items().values());
    values.removeAll(have.allValues());
    // A month the sentence names without a year ("i januar") is a value too: required whole.
    for (String s : wanted.stems()) {
      if (DanishItems.MONTH_STEMS.contains(s) && !have.hasWord(s)) {
        values.add("month:" + s);
      }
    }
    Set<String> names = new LinkedHashSet<>();
    for (String n : wanted.items().names()) {
      if (!have.hasName(n)) {
        names.add(n);
      }
    }
    List<String> missing = new ArrayList<>();
    for (String s : wanted.stems()) {
      if (!have.hasWord(s)) {
        missing.add(s);
      }
    }
    List<Set<String>> unanswered = new ArrayList<>();
    for (Set<String> clause : wanted.negatedClauses()) {
      boolean answered =
          clause.isEmpty() ? have.negation() : clause.stream().anyMatch(have::hasNegated);
      if (!answered) {
        unanswered.add(clause);
      }
    }
    Set<String> contradicted = new LinkedHashSet<>();
    for (String s : wanted.positiveOnly()) {
      if (have.hasNegated(s) && !have.hasPositive(s)) {
        contradicted.add(s);
      }
    }
    int total = wanted.stems().size();
    return new Window(
        first,
        lines,
        values,
        names,
        missing,
        total - missing.size(),
        needed(total),
        total,
        unanswered,
        contradicted);
  }

  private static Window better(Window a, Window b) {
    if (a == null) {
      return b;
    }
    if (a.found() != b.found()) {
      return a.found() ? a : b;
    }
    if (a.missingKeys() != b.missingKeys()) {
      return a.missingKeys() < b.missingKeys() ? a : b;
    }
    if (a.stemsFound() != b.stemsFound()) {
      return a.stemsFound() > b.stemsFound() ? a : b;
    }
    return a.lines() <= b.lines() ? a : b;
  }
}
