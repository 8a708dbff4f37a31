package dk.samtalenotat.quality;

import java.util.List;

/**
 * Something a note must state (a fact) or must not state (a wrong statement), tested against the
 * lines of a note: its header lines and its sentences, in order.
 */
public interface Expectation {

  /** Short name, stable across runs, for the report. */
  String id();

  /** True when the note's lines state it. */
  boolean foundIn(List<String> lines);

  /**
   * True when the note's lines state it in the expectation's own wording; the same as {@link
   * #foundIn} where there is no looser reading.
   */
  default boolean foundStrictlyIn(List<String> lines) {
    return foundIn(lines);
  }

  /** The expectation as written, for the details file. */
  default String text() {
    return id();
  }

  /**
   * Why it was or was not found in {@code lines}, for the details file; empty when obvious.
   *
   * @param header how many of the first lines are the note's header
   */
  default String explain(List<String> lines, int header) {
    return "";
  }
}
