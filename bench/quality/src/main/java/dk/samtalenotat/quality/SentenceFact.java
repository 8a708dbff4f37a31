package dk.samtalenotat.quality;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A fact written as a Danish sentence, as the development set gives it ("Borger har søgt 4 job den
 * seneste måned, hvoraf 3 er registreret i jobloggen."). The note states it when one of its lines,
 * or two adjacent ones, hold every value and name of the sentence and a clear majority of its
 * content words ({@link SentenceMatch}). Words that only frame a note sentence ("borger",
 * "oplyste", "aftalt", "samtalen") do not count as content.
 *
 * <p>Given what was said in the conversation, the content words are those the speakers used: a word
 * of the fact that nobody said ("afskediget" where the citizen said "så røg der fire mand",
 * "omstrukturering" for "restructuring") is the reference writer's paraphrase, which a note that
 * keeps to what was said cannot be expected to repeat; a human reader would count the fact stated
 * all the same. Values and names are required whole either way, and the strict reading (every
 * content word of the fact's own wording) is kept beside it ({@link #foundStrictlyIn}) so the
 * report can show both.
 */
public final class SentenceFact implements Expectation {

  private final String id;
  private final String text;
  private final SentenceMatch.Wanted wanted;
  private final SentenceMatch.Wanted spoken;

  /** A fact read strictly: every content word of its own wording counts. */
  public SentenceFact(String id, String text) {
    this(id, text, null);
  }

  /**
   * A fact whose content words are those of {@code spokenStems}, the stems of what was said in the
   * conversation (see the class comment); strict when {@code spokenStems} is null or when none of
   * the fact's content words was said.
   */
  public SentenceFact(String id, String text, Set<String> spokenStems) {
    this.id = id;
    this.text = text;
    StatementItems items = DanishItems.of(text);
    this.wanted = SentenceMatch.Wanted.of(items, DanishItems.GENERIC_IN_FACTS);
    this.spoken = spokenStems == null ? wanted : spokenOnly(items, wanted, spokenStems);
  }

  private static SentenceMatch.Wanted spokenOnly(
      StatementItems items, SentenceMatch.Wanted strict, Set<String> spokenStems) {
    Set<String> unsaid = new HashSet<>();
    for (String stem : strict.stems()) {
      if (!spokenStems.contains(stem)) {
        unsaid.add(stem);
      }
    }
    if (unsaid.size() == strict.stems().size()) {
      return strict;
    }
    unsaid.addAll(DanishItems.GENERIC_IN_FACTS);
    return SentenceMatch.Wanted.of(items, unsaid);
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
    return SentenceMatch.states(spoken, lines);
  }

  @Override
  public boolean foundStrictlyIn(List<String> lines) {
    return SentenceMatch.states(wanted, lines);
  }

  @Override
  public String explain(List<String> lines, int header) {
    SentenceMatch.Window w = SentenceMatch.best(spoken, lines);
    return w == null ? "the note is empty" : w.describe(lines, header);
  }

  @Override
  public String toString() {
    return id + " " + wanted.items();
  }
}
