package dk.samtalenotat.benefit;

/**
 * The caseworker's optional verdict on the draft at approval: 1 (useless) to 5 (usable as it was),
 * with an optional short reason. The reason may name a citizen, so it is sealed with the
 * conversation and destroyed with its row; the number alone is kept for the benefit figures.
 *
 * @param stars 1..5, or null when the caseworker did not rate
 * @param reason at most {@link #REASON_LENGTH} characters, or null
 */
public record DraftRating(Integer stars, String reason) {

  public static final int MIN = 1;
  public static final int MAX = 5;
  public static final int REASON_LENGTH = 500;

  /** No rating: approval never waits for one. */
  public static final DraftRating NONE = new DraftRating(null, null);

  /**
   * @throws IllegalArgumentException for stars outside 1..5 or a reason longer than 500
   */
  public DraftRating {
    if (stars != null && (stars < MIN || stars > MAX)) {
      throw new IllegalArgumentException("a rating is 1 to 5, not " + stars);
    }
    reason = reason == null || reason.isBlank() ? null : reason.strip();
    if (reason != null && reason.length() > REASON_LENGTH) {
      throw new IllegalArgumentException(
          "a rating's reason is at most " + REASON_LENGTH + " characters");
    }
  }
}
