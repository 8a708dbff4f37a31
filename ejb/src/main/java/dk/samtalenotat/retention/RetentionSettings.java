package dk.samtalenotat.retention;

import dk.samtalenotat.tenant.Tenant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A tenant's own retention, set by its administrator within the caps ({@link RetentionCaps}). */
@Entity
@Table(name = "retention_settings")
public class RetentionSettings {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "tenant_id", nullable = false, unique = true)
  private Tenant tenant;

  @Column(name = "audio_days", nullable = false)
  private int audioDays;

  @Column(name = "transcript_days", nullable = false)
  private int transcriptDays;

  @Column(name = "note_days", nullable = false)
  private int noteDays;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 200)
  private String updatedBy;

  protected RetentionSettings() {}

  public RetentionSettings(Tenant tenant, RetentionPolicy policy, String updatedBy) {
    this.tenant = tenant;
    change(policy, updatedBy);
  }

  /** Takes a policy the caps have already accepted. */
  public void change(RetentionPolicy policy, String by) {
    this.audioDays = policy.audioDays();
    this.transcriptDays = policy.transcriptDays();
    this.noteDays = policy.noteDays();
    this.updatedAt = Instant.now();
    this.updatedBy = by;
  }

  public RetentionPolicy policy() {
    return new RetentionPolicy(audioDays, transcriptDays, noteDays);
  }

  public Tenant getTenant() {
    return tenant;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }
}
