package dk.samtalenotat.quality;

import dk.samtalenotat.quality.StatementItems.Stem;
import java.util.List;

/**
 * A fact written as a Danish sentence, as the development set gives it ("Borger har søgt 4 job den
 * seneste måned, hvoraf 3 er registreret i jobloggen."). The note states it when one of its lines,
 * or two adjacent ones, hold every value and name of the sentence and a clear majority of its
 * content words ({@link SentenceMatch}). Words that only frame a note sentence ("borger",
 * "oplyste", "aftalt", "samtalen") do not count as content.
 */
public final class SentenceFact implements Expectation {

  private final String id;
  private final String text;
  private final StatementItems items;
  private final List<Stem> stems;

  public SentenceFact(String id, String text) {
    this.id = id;
    this.text = text;
    this.items = DanishItems.of(text);
    this.stems = SentenceMatch.required(items, DanishItems.GENERIC_IN_FACTS);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String text() {
    return text;
  }

  StatementItems items() {
    return items;
  }

  @Override
  public boolean foundIn(List<String> lines) {
    return SentenceMatch.states(items, stems, lines);
  }

  @Override
  public String explain(List<String> lines) {
    SentenceMatch.Window w = SentenceMatch.best(items, stems, lines);
    return w == null ? "the note is empty" : w.describe(lines);
  }

  @Override
  public String toString() {
    return id + " " + items;
  }
}
