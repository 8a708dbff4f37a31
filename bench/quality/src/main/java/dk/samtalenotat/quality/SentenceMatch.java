package dk.samtalenotat.quality;

import dk.samtalenotat.quality.StatementItems.Stem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a note states a sentence: one line of the note, or two adjacent ones (a writer may put
 * the day and the time of a meeting in two sentences), must hold every value and every name of the
 * sentence, and at least {@link #CONTENT_SHARE} of its content stems with the same polarity.
 *
 * <p>Why 60 %: values and names carry most facts and are required whole; content words are where a
 * writer paraphrases ("afskediget" / "fyret", "registreret i jobloggen" / "skrevet i jobloggen"),
 * so requiring all would count a faithful rewording as a miss, and a bare majority (half of two or
 * four words) would let a sentence that shares only the topic ("kurset", "praktikken") pass. Three
 * of five, two of three, and both of two is what "clearly the same statement" needs.
 */
final class SentenceMatch {

  static final double CONTENT_SHARE = 0.6;

  private static final Map<String, StatementItems> CACHE = new ConcurrentHashMap<>();

  /**
   * The best window of the note for a sentence.
   *
   * @param first 0-based line where the window starts
   * @param lines 1 or 2
   */
  record Window(
      int first,
      int lines,
      Set<String> missingValues,
      Set<String> missingNames,
      List<Stem> missingStems,
      int stemsFound,
      int stemsNeeded,
      int stemsTotal) {

    boolean found() {
      return missingValues.isEmpty() && missingNames.isEmpty() && stemsFound >= stemsNeeded;
    }

    int missingKeys() {
      return missingValues.size() + missingNames.size();
    }

    String describe(List<String> note) {
      String where =
          lines == 1
              ? "line " + (first + 1) + " '" + note.get(first) + "'"
              : "lines "
                  + (first + 1)
                  + "-"
                  + (first + 2)
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

  /** The content stems that count for a sentence: not generic, each stem and polarity once. */
  static List<Stem> required(StatementItems wanted, Set<String> generic) {
    Set<Stem> s = new LinkedHashSet<>();
    for (Stem stem : wanted.stems()) {
      if (!generic.contains(stem.stem())) {
        s.add(stem);
      }
    }
    return List.copyOf(s);
  }

  /** How many of {@code n} content stems a window must hold. */
  static int needed(int n) {
    return (int) Math.ceil(CONTENT_SHARE * n - 1e-9);
  }

  /** The window of {@code note} that comes closest to stating {@code wanted}, or null if empty. */
  static Window best(StatementItems wanted, List<Stem> stems, List<String> note) {
    List<StatementItems> lines = note.stream().map(SentenceMatch::items).toList();
    Window best = null;
    for (int i = 0; i < lines.size(); i++) {
      best = better(best, window(wanted, stems, lines.get(i), i, 1));
      if (i + 1 < lines.size()) {
        best = better(best, window(wanted, stems, lines.get(i).plus(lines.get(i + 1)), i, 2));
      }
    }
    return best;
  }

  /** Whether one line, or two adjacent ones, of {@code note} state {@code wanted}. */
  static boolean states(StatementItems wanted, List<Stem> stems, List<String> note) {
    Window w = best(wanted, stems, note);
    return w != null && w.found();
  }

  static Window window(
      StatementItems wanted, List<Stem> stems, StatementItems have, int first, int lines) {
    Set<String> values = new LinkedHashSet<>(wanted.values());
    values.removeAll(have.allValues());
    Set<String> names = new LinkedHashSet<>();
    for (String n : wanted.names()) {
      if (!have.hasName(n)) {
        names.add(n);
      }
    }
    List<Stem> missing = new ArrayList<>();
    for (Stem s : stems) {
      if (!have.hasStem(s)) {
        missing.add(s);
      }
    }
    return new Window(
        first,
        lines,
        values,
        names,
        missing,
        stems.size() - missing.size(),
        needed(stems.size()),
        stems.size());
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
