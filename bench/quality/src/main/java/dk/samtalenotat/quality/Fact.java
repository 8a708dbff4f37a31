package dk.samtalenotat.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Something a note states, as one or more terms that must all occur close together: in one sentence
 * of the note, or in two adjacent ones (a writer may put the day and the time of a meeting in two
 * sentences). Terms are regular expressions matched against {@link NoteText#normalise normalised}
 * text, case-insensitively; alternatives ("14\. april|14\.04") are the tolerance.
 *
 * @param id short name, stable across runs, for the report
 * @param terms all must match
 */
public record Fact(String id, List<Pattern> terms) implements Expectation {

  public Fact {
    if (terms.isEmpty()) {
      throw new IllegalArgumentException("fact " + id + " has no term");
    }
    terms = List.copyOf(terms);
  }

  /** Reads {@code term && term && ...}. */
  public static Fact parse(String id, String spec) {
    List<Pattern> terms = new ArrayList<>();
    for (String t : spec.split("&&")) {
      String term = t.strip();
      if (!term.isEmpty()) {
        terms.add(Pattern.compile(term, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      }
    }
    return new Fact(id, terms);
  }

  /** True when one sentence, or two adjacent sentences together, hold every term. */
  @Override
  public boolean foundIn(List<String> sentences) {
    List<String> norm = sentences.stream().map(NoteText::normalise).toList();
    for (int i = 0; i < norm.size(); i++) {
      if (allIn(norm.get(i))) {
        return true;
      }
      if (i + 1 < norm.size() && allIn(norm.get(i) + " " + norm.get(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private boolean allIn(String text) {
    return terms.stream().allMatch(p -> p.matcher(text).find());
  }

  @Override
  public String toString() {
    return id + " " + Arrays.toString(terms.stream().map(Pattern::pattern).toArray());
  }
}
