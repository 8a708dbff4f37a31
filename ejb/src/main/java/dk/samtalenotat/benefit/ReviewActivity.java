package dk.samtalenotat.benefit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One user's active time on the review screen of one conversation, summed from the page's activity
 * beats (see {@link DocumentationClock}). Deleted with the conversation's row; what stays is the
 * sum, kept on the conversation at approval.
 */
@Entity
@Table(name = "review_activity")
public class ReviewActivity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  @Column(name = "conversation_id", nullable = false)
  private Long conversationId;

  @Column(name = "user_key", nullable = false, length = 200)
  private String userKey;

  @Column(name = "last_beat_at", nullable = false)
  private Instant lastBeatAt;

  @Column(name = "active_ms", nullable = false)
  private long activeMs;

  protected ReviewActivity() {}

  /** The first beat: the review screen was opened; no time yet. */
  public ReviewActivity(Long conversationId, String userKey, Instant openedAt) {
    this.conversationId = conversationId;
    this.userKey = userKey;
    this.lastBeatAt = openedAt;
  }

  /** A beat at {@code now}: adds the bounded time since the previous beat. */
  public void beat(Instant now) {
    activeMs += DocumentationClock.creditMillis(lastBeatAt, now);
    if (now.isAfter(lastBeatAt)) {
      lastBeatAt = now;
    }
  }

  public long getActiveMs() {
    return activeMs;
  }

  public String getUserKey() {
    return userKey;
  }

  public Instant getLastBeatAt() {
    return lastBeatAt;
  }
}
