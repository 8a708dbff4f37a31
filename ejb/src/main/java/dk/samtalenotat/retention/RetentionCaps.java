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

  private int noteCapDays;

  protected RetentionCaps() {}

  @Inject
  public RetentionCaps(@ConfigProperty(name = NOTE_CAP_KEY, defaultValue = "30") int noteCapDays) {
    if (noteCapDays < 0) {
      throw new IllegalStateException(NOTE_CAP_KEY + " cannot be negative: " + noteCapDays);
    }
    this.noteCapDays = noteCapDays;
  }

  /** The caps themselves: what a tenant without settings gets. */
  public RetentionPolicy caps() {
    return new RetentionPolicy(
        RetentionPolicy.AUDIO_CAP_DAYS, RetentionPolicy.TRANSCRIPT_CAP_DAYS, noteCapDays);
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
        Math.min(p.noteDays(), caps.noteDays()));
  }
}
