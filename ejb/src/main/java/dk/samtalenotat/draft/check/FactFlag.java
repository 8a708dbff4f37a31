package dk.samtalenotat.draft.check;

/**
 * A fact in a draft sentence that the transcript does not support.
 *
 * @param sentenceIndex position of the sentence in the list given to the check, starting at 0
 * @param fact the words of the sentence that state the fact, as written in the draft
 * @param reason Danish explanation for the caseworker of what was compared and not found
 */
public record FactFlag(int sentenceIndex, FactKind kind, String fact, String reason) {}
