package dk.samtalenotat.quality;

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
  private final SentenceMatch.Wanted wanted;

  public SentenceFact(String id, String text) {
    this.id = id;
    this.text = text;
    this.wanted = SentenceMatch.Wanted.of(DanishItems.of(text), DanishItems.GENERIC_IN_FACTS);
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
    return wanted.items();
  }

  SentenceMatch.Wanted wanted() {
    return wanted;
  }

  @Override
  public boolean foundIn(List<String> lines) {
    return SentenceMatch.states(wanted, lines);
  }

  @Override
  public String explain(List<String> lines, int header) {
    SentenceMatch.Window w = SentenceMatch.best(wanted, lines);
    return w == null ? "the note is empty" : w.describe(lines, header);
  }

  @Override
  public String toString() {
    return id + " " + wanted.items();
  }
}
