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
 * and content words as stems, each with its clause and whether the clause is negated.
 *
 * @param values the values the sentence states
 * @param implied values a reader also takes from it: a date with its year gives the month of that
 *     year ("1. december 2025" states "december 2025")
 * @param negation whether the sentence holds a negation word at all
 */
record StatementItems(
    Set<String> values,
    Set<String> implied,
    Set<String> names,
    List<Stem> stems,
    boolean negation) {

  /** A content word's stem, the clause it stands in, and whether that clause is negated. */
  record Stem(String stem, boolean negated, int clause) {

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
    int offset = stems.stream().mapToInt(Stem::clause).max().orElse(0) + 1;
    other.stems.forEach(x -> s.add(new Stem(x.stem(), x.negated(), x.clause() + offset)));
    return new StatementItems(v, i, n, s, negation || other.negation);
  }

  /** Whether the sentence names {@code name}, allowing a genitive s on either side. */
  boolean hasName(String name) {
    return names.contains(name)
        || names.contains(name + "s")
        || (name.endsWith("s") && names.contains(name.substring(0, name.length() - 1)));
  }

  /** Whether the sentence holds the word, negated or not ({@link #sameWord}). */
  boolean hasWord(String wanted) {
    return stems.stream().anyMatch(s -> sameWord(s.stem(), wanted)) || hasMonth(wanted);
  }

  /**
   * Whether the sentence names the month {@code wanted} (a month's stem) in a value: "i januar" is
   * stated by "i januar 2026" and by "den 5. januar 2026", which are read as values, not words.
   */
  boolean hasMonth(String wanted) {
    int month = DanishItems.MONTH_STEMS.indexOf(wanted) + 1;
    if (month == 0) {
      return false;
    }
    String mm = String.format(Locale.ROOT, "%02d", month);
    return allValues().stream()
        .anyMatch(v -> v.startsWith("m:") && v.endsWith("-" + mm) || v.startsWith("d:" + mm + "-"));
  }

  /** Whether the sentence holds the word in a clause that is not negated. */
  boolean hasPositive(String wanted) {
    return stems.stream().anyMatch(s -> !s.negated() && sameWord(s.stem(), wanted));
  }

  /** Whether the sentence holds the word in a negated clause. */
  boolean hasNegated(String wanted) {
    return stems.stream().anyMatch(s -> s.negated() && sameWord(s.stem(), wanted));
  }

  /**
   * Whether a word of the note ({@code have}) says the word wanted: the same stem, or a compound
   * whose head is the wanted word ("svejsekursus" says "kursus"; Danish compounds put the head
   * last), for wanted words of at least four letters. Not the other way round: "plan" does not say
   * "fastholdelsesplan".
   */
  static boolean sameWord(String have, String wanted) {
    return have.equals(wanted)
        || (wanted.length() >= 4 && have.endsWith(wanted))
        || sameBase(have, wanted);
  }

  /**
   * Inflections the stemmer leaves apart: a final s it cut on one side only ("moms" / "momsen"),
   * and a long word and its derivation ("fysioterapi" / "fysioterapeutisk"): the shorter, without
   * its last letter, begins the longer is at least nine letters long, and what follows in the
   * longer opens with a vowel, as derivation endings do ("-eutisk", "-isk"): short stems that
   * merely share a beginning ("plan" / "planteskole") and compounds with another head
   * ("sygedagpengesag") stay apart.
   */
  private static boolean sameBase(String have, String wanted) {
    if (have.length() >= 3 && wanted.length() >= 3) {
      if (have.equals(wanted + "s") || wanted.equals(have + "s")) {
        return true;
      }
    }
    String shorter = have.length() <= wanted.length() ? have : wanted;
    String longer = shorter == have ? wanted : have;
    String base = shorter.substring(0, Math.max(0, shorter.length() - 1));
    return shorter.length() >= 9
        && longer.length() > shorter.length()
        && longer.length() <= shorter.length() + 6
        && longer.startsWith(base)
        && "aeiouyæøå".indexOf(longer.charAt(base.length())) >= 0;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "values %s names %s stems %s", allValues(), names, stems);
  }
}
