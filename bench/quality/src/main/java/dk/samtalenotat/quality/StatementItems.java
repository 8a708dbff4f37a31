package dk.samtalenotat.quality;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a Danish sentence says, reduced to the items that decide whether it states a fact (see
 * {@link DanishItems}): values in one written form ({@code d:01-16} a day and month, {@code
 * m:2026-01} a month of a year, {@code t:09:30} a time, {@code n:185} a number, {@code wd:fri} a
 * weekday that is not part of a date), names (capitalised words inside the sentence, lower case),
 * and content words as stems, each with whether its clause is negated.
 *
 * @param values the values the sentence states
 * @param implied values a reader also takes from it: a date with its year gives the month of that
 *     year ("1. december 2025" states "december 2025")
 */
record StatementItems(
    Set<String> values, Set<String> implied, Set<String> names, List<Stem> stems) {

  /** A content word's stem and whether it stands in a negated clause. */
  record Stem(String stem, boolean negated) {

    @Override
    public String toString() {
      return negated ? "¬" + stem : stem;
    }
  }

  StatementItems {
    values = Set.copyOf(new LinkedHashSet<>(values));
    implied = Set.copyOf(implied);
    names = Set.copyOf(names);
    stems = List.copyOf(stems);
  }

  /** Every value a reader takes from the sentence, stated or implied. */
  Set<String> allValues() {
    Set<String> all = new LinkedHashSet<>(values);
    all.addAll(implied);
    return all;
  }

  /** The items of two sentences read together, for a fact a writer split over two sentences. */
  StatementItems plus(StatementItems other) {
    Set<String> v = new LinkedHashSet<>(values);
    v.addAll(other.values);
    Set<String> i = new LinkedHashSet<>(implied);
    i.addAll(other.implied);
    Set<String> n = new LinkedHashSet<>(names);
    n.addAll(other.names);
    List<Stem> s = new ArrayList<>(stems);
    s.addAll(other.stems);
    return new StatementItems(v, i, n, s);
  }

  /** Whether the sentence names {@code name}, allowing a genitive s on either side. */
  boolean hasName(String name) {
    return names.contains(name)
        || names.contains(name + "s")
        || (name.endsWith("s") && names.contains(name.substring(0, name.length() - 1)));
  }

  /**
   * Whether the sentence holds {@code wanted} with the same polarity: the same stem, or one is the
   * head of the other as a Danish compound ("kursus" and "svejsekursus"; compounds put the head
   * last), for stems of at least four letters.
   */
  boolean hasStem(Stem wanted) {
    for (Stem s : stems) {
      if (s.negated() == wanted.negated() && sameWord(s.stem(), wanted.stem())) {
        return true;
      }
    }
    return false;
  }

  static boolean sameWord(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    return shorter.length() >= 4 && longer.endsWith(shorter);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "values %s names %s stems %s", allValues(), names, stems);
  }
}
