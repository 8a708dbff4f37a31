package dk.samtalenotat.benefit;

import dk.samtalenotat.conversation.ConversationState;
import java.time.Duration;
import java.time.Instant;

/**
 * How the caseworker's active time on the review screen is counted. The review page sends an
 * activity beat while it is visible and the caseworker works in it (at most every {@link #BEAT}),
 * and once when it opens; the server credits the time since the previous beat of the same user on
 * the same conversation, by its own clock, but never more than {@link #IDLE_CAP}: a longer gap was
 * a pause, and only its first minute counts. Since every beat of one user and conversation moves
 * one mark forward, two tabs open on the same conversation share one timeline and are not counted
 * twice; a beat older than the mark adds nothing.
 */
public final class DocumentationClock {

  /** How often the review page sends a beat while the caseworker is active. */
  public static final Duration BEAT = Duration.ofSeconds(20);

  /** The most one gap between beats adds: three beats missed means the caseworker paused. */
  public static final Duration IDLE_CAP = Duration.ofSeconds(60);

  private DocumentationClock() {}

  /** The milliseconds a beat at {@code now} adds after the previous one at {@code last}. */
  public static long creditMillis(Instant last, Instant now) {
    if (last == null || now == null || !now.isAfter(last)) {
      return 0;
    }
    return Math.min(Duration.between(last, now).toMillis(), IDLE_CAP.toMillis());
  }

  /**
   * Whether a beat counts: only the owner's, and only while the draft is under review (not before
   * the draft exists, nor after approval).
   */
  public static boolean counts(ConversationState state, String ownerKey, String callerKey) {
    return state == ConversationState.DRAFT_READY && ownerKey != null && ownerKey.equals(callerKey);
  }
}
