package dk.samtalenotat.retention;

/**
 * Who destroyed something, for the deletion evidence: the retention timer, the pipeline (audio once
 * the draft is stored), or a user (the transcript when they approve).
 *
 * @param userKey the user's key when {@code executor} is {@link Executor#USER}, else null
 */
public record Actor(Executor executor, String userKey) {

  /** The kinds of executor. */
  public enum Executor {
    TIMER,
    PIPELINE,
    USER
  }

  public static final Actor TIMER = new Actor(Executor.TIMER, null);
  public static final Actor PIPELINE = new Actor(Executor.PIPELINE, null);

  public Actor {
    if ((executor == Executor.USER) != (userKey != null)) {
      throw new IllegalArgumentException("a user key exactly when a user acts");
    }
  }

  public static Actor user(String userKey) {
    return new Actor(Executor.USER, userKey);
  }
}
