package dk.samtalenotat.tenant.settings;

import dk.samtalenotat.tenant.Tenant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One saved version of a municipality's settings: who saved it, when, in which role, and the names
 * (never the values) of what changed. Never changed once stored; its settings are a whole snapshot.
 */
@Entity
@Table(name = "tenant_settings_version")
public class SettingsVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "tenant_id", nullable = false, updatable = false)
  private Tenant tenant;

  @Column(name = "version_no", nullable = false, updatable = false)
  private int versionNo;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false, length = 200, updatable = false)
  private String changedBy;

  @Column(name = "changed_role", nullable = false, length = 30, updatable = false)
  private String changedRole;

  @Column(name = "changed_names", length = 2000, updatable = false)
  private String changedNames;

  protected SettingsVersion() {}

  SettingsVersion(
      Tenant tenant,
      int versionNo,
      Instant changedAt,
      String changedBy,
      String changedRole,
      String changedNames) {
    this.tenant = tenant;
    this.versionNo = versionNo;
    this.changedAt = changedAt;
    this.changedBy = changedBy;
    this.changedRole = changedRole;
    this.changedNames =
        changedNames.length() <= 2000 ? changedNames : changedNames.substring(0, 1997) + "...";
  }

  public Long getId() {
    return id;
  }

  public Tenant getTenant() {
    return tenant;
  }

  public int getVersionNo() {
    return versionNo;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public String getChangedRole() {
    return changedRole;
  }

  public String getChangedNames() {
    return changedNames;
  }
}
