package dk.samtalenotat.operator;

import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.retention.RetentionCaps;
import dk.samtalenotat.retention.RetentionPolicy;
import dk.samtalenotat.retention.RetentionSettings;
import dk.samtalenotat.template.DefaultTemplates;
import dk.samtalenotat.template.TemplateVersion;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a municipality starts with when the operator onboards it: the installation's standard note
 * templates as its own first versions, and the installation's default retention ({@code
 * samtalenotat.retention.default-audio-days}, {@code -transcript-days}, {@code -note-days}; the cap
 * where a value is not set), each value shortened to its cap. Copied, so that the municipality's
 * administrator sees them as the municipality's own and a later change of the installation's
 * defaults changes no municipality already onboarded.
 */
@ApplicationScoped
public class MunicipalityDefaults {

  static final String AUDIO_KEY = "samtalenotat.retention.default-audio-days";
  static final String TRANSCRIPT_KEY = "samtalenotat.retention.default-transcript-days";
  static final String NOTE_KEY = "samtalenotat.retention.default-note-days";

  /** What was copied, for the access log. */
  public record Copied(int templates, RetentionPolicy retention) {}

  private RetentionCaps caps;
  private Integer audioDays;
  private Integer transcriptDays;
  private Integer noteDays;

  protected MunicipalityDefaults() {}

  /**
   * @throws IllegalStateException when a configured default is negative
   */
  @Inject
  public MunicipalityDefaults(
      RetentionCaps caps,
      @ConfigProperty(name = AUDIO_KEY) Optional<Integer> audioDays,
      @ConfigProperty(name = TRANSCRIPT_KEY) Optional<Integer> transcriptDays,
      @ConfigProperty(name = NOTE_KEY) Optional<Integer> noteDays) {
    this.caps = caps;
    this.audioDays = checked(AUDIO_KEY, audioDays);
    this.transcriptDays = checked(TRANSCRIPT_KEY, transcriptDays);
    this.noteDays = checked(NOTE_KEY, noteDays);
  }

  private static Integer checked(String key, Optional<Integer> days) {
    if (days.isPresent() && days.get() < 0) {
      throw new IllegalStateException(key + " cannot be negative: " + days.get());
    }
    return days.orElse(null);
  }

  /** The retention a new municipality gets: the installation's defaults within the caps. */
  public RetentionPolicy retention() {
    RetentionPolicy cap = caps.caps();
    return new RetentionPolicy(
        within(audioDays, cap.audioDays()),
        within(transcriptDays, cap.transcriptDays()),
        within(noteDays, cap.noteDays()),
        cap.graceDays());
  }

  private static int within(Integer wanted, int cap) {
    return wanted == null ? cap : Math.min(wanted, cap);
  }

  /**
   * Gives the new municipality its first template version of every conversation type (the
   * installation's standard) and its retention settings, in the caller's transaction.
   *
   * @param by who onboarded it: the templates' history names them, the retention settings hold
   *     their user key (as when an administrator saves either)
   */
  public Copied copyTo(EntityManager em, Tenant tenant, AppUser by) {
    int templates = 0;
    for (ConversationType type : ConversationType.values()) {
      em.persist(
          new TemplateVersion(tenant, DefaultTemplates.of(type).asVersion(1), by.getDisplayName()));
      templates++;
    }
    RetentionPolicy retention = retention();
    em.persist(new RetentionSettings(tenant, retention, by.getUserKey()));
    return new Copied(templates, retention);
  }
}
