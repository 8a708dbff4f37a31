package dk.samtalenotat.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The longest any tenant may keep content: fixed for audio (7 days) and transcripts (30 days from
 * registration), configured for draft and note text, whose legal maximum is the installation
 * owner's decision. A tenant's administrator may only shorten these.
 */
@ApplicationScoped
public class RetentionCaps {

  static final String NOTE_CAP_KEY = "samtalenotat.retention.note-cap-days";
  static final String GRACE_KEY = "samtalenotat.retention.conversation-grace";

  private int noteCapDays;
  private int graceDays;

  protected RetentionCaps() {}

  /** With the default grace period. */
  public RetentionCaps(int noteCapDays) {
    this(noteCapDays, "P" + RetentionPolicy.DEFAULT_GRACE_DAYS + "D");
  }

  /**
   * @param grace how long a finished conversation's row stays before it is purged (ISO-8601 in
   *     days, {@code P30D}); at most {@link RetentionPolicy#GRACE_CAP_DAYS} days
   */
  @Inject
  public RetentionCaps(
      @ConfigProperty(name = NOTE_CAP_KEY, defaultValue = "30") int noteCapDays,
      @ConfigProperty(name = GRACE_KEY, defaultValue = "P30D") String grace) {
    if (noteCapDays < 0) {
      throw new IllegalStateException(NOTE_CAP_KEY + " cannot be negative: " + noteCapDays);
    }
    this.noteCapDays = noteCapDays;
    this.graceDays = graceDays(grace);
  }

  static int graceDays(String text) {
    long days;
    try {
      days = java.time.Duration.parse(text.strip()).toDays();
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          GRACE_KEY + " must be a number of days in ISO-8601, such as P30D; is: " + text);
    }
    if (days < 0 || days > RetentionPolicy.GRACE_CAP_DAYS) {
      throw new IllegalStateException(
          GRACE_KEY
              + " must be between P0D and P"
              + RetentionPolicy.GRACE_CAP_DAYS
              + "D; is: "
              + text);
    }
    return (int) days;
  }

  /** The caps themselves: what a tenant without settings gets. */
  public RetentionPolicy caps() {
    return new RetentionPolicy(
        RetentionPolicy.AUDIO_CAP_DAYS,
        RetentionPolicy.TRANSCRIPT_CAP_DAYS,
        noteCapDays,
        graceDays);
  }

  /**
   * Checks what an administrator asks for.
   *
   * @throws RetentionAboveCapException naming the first value above its cap
   */
  public RetentionPolicy check(RetentionPolicy wanted) {
    RetentionPolicy caps = caps();
    if (wanted.audioDays() > caps.audioDays()) {
      throw new RetentionAboveCapException(ObjectType.AUDIO, caps.audioDays());
    }
    if (wanted.transcriptDays() > caps.transcriptDays()) {
      throw new RetentionAboveCapException(ObjectType.TRANSCRIPT, caps.transcriptDays());
    }
    if (wanted.noteDays() > caps.noteDays()) {
      throw new RetentionAboveCapException(ObjectType.DRAFT_VERSION, caps.noteDays());
    }
    return wanted;
  }

  /**
   * What applies to a tenant: its settings, each shortened to its cap in case the configured note
   * cap was lowered after the settings were saved.
   */
  public RetentionPolicy effective(RetentionSettings settings) {
    RetentionPolicy caps = caps();
    if (settings == null) {
      return caps;
    }
    RetentionPolicy p = settings.policy();
    return new RetentionPolicy(
        Math.min(p.audioDays(), caps.audioDays()),
        Math.min(p.transcriptDays(), caps.transcriptDays()),
        Math.min(p.noteDays(), caps.noteDays()),
        graceDays);
  }
}
