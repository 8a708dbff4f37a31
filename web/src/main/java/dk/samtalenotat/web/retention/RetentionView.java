package dk.samtalenotat.web.retention;

import dk.samtalenotat.retention.DeletionSchedule;
import dk.samtalenotat.retention.KeyRotationService;
import dk.samtalenotat.retention.KeyStatus;
import dk.samtalenotat.retention.RetentionAboveCapException;
import dk.samtalenotat.retention.RetentionPolicy;
import dk.samtalenotat.retention.RetentionRule;
import dk.samtalenotat.retention.RetentionService;
import dk.samtalenotat.web.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The administrator's retention screen ({@code oprydning.xhtml}): the tenant's settings beside the
 * caps, what retention destroys within the next 24 hours (overdue items marked), and the tenant's
 * key-encryption key versions with the next rotation and the last destruction of an old version.
 */
@Named
@ViewScoped
public class RetentionView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How far ahead the screen looks. */
  static final Duration HORIZON = Duration.ofHours(24);

  private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

  @Inject RetentionService retention;
  @Inject KeyRotationService keys;
  @Inject Texts texts;

  private RetentionPolicy caps;
  private DeletionSchedule schedule;
  private List<DueRow> dueRows;
  private KeyStatus keyStatus;
  private Integer audioDays;
  private Integer transcriptDays;
  private Integer noteDays;

  public void load() {
    caps = retention.caps();
    RetentionPolicy current = retention.settings();
    audioDays = current.audioDays();
    transcriptDays = current.transcriptDays();
    noteDays = current.noteDays();
    schedule = retention.schedule(HORIZON);
    dueRows = DueRow.of(schedule.items(), DANISH_TIME);
    keyStatus = keys.status();
  }

  public void save() {
    try {
      retention.changeSettings(new RetentionPolicy(audioDays, transcriptDays, noteDays));
      texts.info("retention.saved");
      load();
    } catch (RetentionAboveCapException e) {
      texts.error("retention.aboveCap", texts.label(e.type()), e.capDays());
    }
  }

  public void sweepNow() {
    Map<RetentionRule, Integer> destroyed = retention.sweepMyTenant();
    texts.info("retention.swept", destroyed.values().stream().mapToInt(Integer::intValue).sum());
    load();
  }

  /** The administrator rotates the key now, as the timer would; old versions due go too. */
  public void rotateNow() {
    int version = keys.rotateMyTenant();
    texts.info("retention.keys.rotated", version);
    load();
  }

  /** An instant in Danish local time, for the tables; null stays null. */
  public LocalDateTime local(Instant at) {
    return at == null ? null : LocalDateTime.ofInstant(at, DANISH_TIME);
  }

  /** What is due, one row per conversation, kind, rule and minute, identical objects counted. */
  public List<DueRow> getDueRows() {
    return dueRows;
  }

  public RetentionPolicy getCaps() {
    return caps;
  }

  public DeletionSchedule getSchedule() {
    return schedule;
  }

  public KeyStatus getKeyStatus() {
    return keyStatus;
  }

  public Integer getAudioDays() {
    return audioDays;
  }

  public void setAudioDays(Integer audioDays) {
    this.audioDays = audioDays;
  }

  public Integer getTranscriptDays() {
    return transcriptDays;
  }

  public void setTranscriptDays(Integer transcriptDays) {
    this.transcriptDays = transcriptDays;
  }

  public Integer getNoteDays() {
    return noteDays;
  }

  public void setNoteDays(Integer noteDays) {
    this.noteDays = noteDays;
  }
}
