package dk.samtalenotat.draft.check;

import java.util.Optional;

/**
 * A fact in a draft sentence that the transcript does not support.
 *
 * @param sentenceIndex position of the sentence in the list given to the check, starting at 0
 * @param fact the words of the sentence that state the fact, as written in the draft
 * @param reason Danish explanation for the caseworker of what was compared and not found, with what
 *     the transcript says there when it says something
 * @param start offset of {@code fact} in the sentence's text, or -1 when it is not one span
 * @param end offset after {@code fact} in the sentence's text, or -1
 * @param transcriptValue what the transcript says in its place, written as the note would write it
 *     ("2", "tirsdag den 10. marts 2026", "Anne Vestergaard"); null when the check has no value to
 *     offer. Replacing {@code start..end} by it gives the sentence the transcript supports.
 */
public record FactFlag(
    int sentenceIndex,
    FactKind kind,
    String fact,
    String reason,
    int start,
    int end,
    String transcriptValue) {

  /** A flag without a span or a value from the transcript. */
  public FactFlag(int sentenceIndex, FactKind kind, String fact, String reason) {
    this(sentenceIndex, kind, fact, reason, -1, -1, null);
  }

  /** What the transcript says in place of the fact, when the check found it. */
  public Optional<String> suggestion() {
    return Optional.ofNullable(transcriptValue);
  }

  /** The sentence with the fact replaced by the transcript's value, when there is one. */
  public Optional<String> corrected(String sentence) {
    if (transcriptValue == null
        || start < 0
        || end > sentence.length()
        || !sentence.substring(start, end).equals(fact)) {
      return Optional.empty();
    }
    return Optional.of(sentence.substring(0, start) + transcriptValue + sentence.substring(end));
  }
}
