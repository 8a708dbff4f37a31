package dk.samtalenotat.retention;

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
 * One version of a tenant's key-encryption key, as far as the database knows it: when it was made,
 * when a rotation retired it (every data key re-wrapped under its successor), and when it was
 * destroyed in the key store. The key itself never leaves the key store.
 */
@Entity
@Table(name = "key_version")
public class KeyVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "tenant_id", nullable = false)
  private Tenant tenant;

  @Column(name = "kek_version", nullable = false)
  private int version;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "retired_at")
  private Instant retiredAt;

  @Column(name = "destroyed_at")
  private Instant destroyedAt;

  protected KeyVersion() {}

  KeyVersion(Tenant tenant, int version, Instant createdAt) {
    this.tenant = tenant;
    this.version = version;
    this.createdAt = createdAt;
  }

  void retired(Instant at) {
    if (retiredAt == null) {
      retiredAt = at;
    }
  }

  /**
   * Whether no database backup that may still hold data keys wrapped with this version is kept:
   * retired longer ago than the backup retention.
   */
  boolean outlivedBackups(Instant now, java.time.Duration backupRetention) {
    return retiredAt != null
        && destroyedAt == null
        && !retiredAt.plus(backupRetention).isAfter(now);
  }

  public Tenant getTenant() {
    return tenant;
  }

  public int getVersion() {
    return version;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getRetiredAt() {
    return retiredAt;
  }

  public Instant getDestroyedAt() {
    return destroyedAt;
  }
}
