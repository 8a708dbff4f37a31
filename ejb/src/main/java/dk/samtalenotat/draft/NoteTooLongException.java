package dk.samtalenotat.draft;

/**
 * A draft version does not fit what the database holds of it: the note text, one of its sentences
 * or a sentence's citations are longer than their limits ({@link DraftVersion#MAX_CONTENT}, {@link
 * CitedSentence#MAX_TEXT}, {@link CitedSentence#MAX_CITATIONS}). Nothing is stored; an edit gets a
 * Danish message, a generated draft marks the conversation DRAFT_FAILED with this as the reason.
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class NoteTooLongException extends RuntimeException {

  /** What is too long. */
  public enum What {
    NOTE,
    SENTENCE,
    CITATIONS
  }

  private final What what;
  private final int limit;

  public NoteTooLongException(What what, int length, int limit, int sentence) {
    super(
        (what == What.NOTE ? "the note" : "sentence " + sentence)
            + (what == What.CITATIONS ? " cites too many segments (" : " has ")
            + length
            + (what == What.CITATIONS ? " characters of citations" : " characters")
            + (what == What.CITATIONS ? ")" : "")
            + ", at most "
            + limit);
    this.what = what;
    this.limit = limit;
  }

  public What what() {
    return what;
  }

  /** The longest allowed, in characters. */
  public int limit() {
    return limit;
  }
}
