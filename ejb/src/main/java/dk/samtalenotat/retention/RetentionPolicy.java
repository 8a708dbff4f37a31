package dk.samtalenotat.retention;

import java.io.Serializable;
import java.time.Duration;

/**
 * How long a tenant keeps each kind of content, in days, already checked against the caps.
 *
 * @param audioDays after receipt, at most {@link #AUDIO_CAP_DAYS}
 * @param transcriptDays after registration, at most {@link #TRANSCRIPT_CAP_DAYS}
 * @param noteDays after approval, at most the configured note cap
 * @param graceDays how long a conversation's row stays once its content is gone, before it is
 *     purged; at most {@link #GRACE_CAP_DAYS}
 */
public record RetentionPolicy(int audioDays, int transcriptDays, int noteDays, int graceDays)
    implements Serializable {

  /** The grace period before a finished conversation's row is purged, unless configured. */
  public static final int DEFAULT_GRACE_DAYS = 30;

  /** The longest grace period any installation may configure. */
  public static final int GRACE_CAP_DAYS = 90;

  /** With the default grace period. */
  public RetentionPolicy(int audioDays, int transcriptDays, int noteDays) {
    this(audioDays, transcriptDays, noteDays, DEFAULT_GRACE_DAYS);
  }

  /** Audio lives until the first draft, and never longer than this (design.md). */
  public static final int AUDIO_CAP_DAYS = 7;

  /** The transcript lives until approval, and never longer than this from registration. */
  public static final int TRANSCRIPT_CAP_DAYS = 30;

  /** A conversation not approved this long after registration expires, everything destroyed. */
  public static final int EXPIRY_DAYS = 30;

  public RetentionPolicy {
    if (audioDays < 0 || transcriptDays < 0 || noteDays < 0 || graceDays < 0) {
      throw new IllegalArgumentException("retention cannot be negative");
    }
  }

  public Duration audio() {
    return Duration.ofDays(audioDays);
  }

  public Duration transcript() {
    return Duration.ofDays(transcriptDays);
  }

  public Duration note() {
    return Duration.ofDays(noteDays);
  }

  public Duration grace() {
    return Duration.ofDays(graceDays);
  }

  public static Duration expiry() {
    return Duration.ofDays(EXPIRY_DAYS);
  }
}
