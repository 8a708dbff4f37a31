package dk.samtalenotat.conversation;

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
 * A citizen's standing refusal to be recorded (GDPR art. 21), registered by a caseworker: while it
 * stands, no later conversation of the tenant with that citizen takes audio or a transcript. The
 * citizen is named only by the tenant's keyed CPR hash. Withdrawing keeps the row, with who and
 * when.
 */
@Entity
@Table(name = "recording_refusal")
public class RecordingRefusal {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "tenant_id", nullable = false)
  private Tenant tenant;

  @Column(name = "citizen_cpr_hash", nullable = false, length = 64)
  private String citizenCprHash;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Column(name = "registered_by", nullable = false, length = 200)
  private String registeredBy;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(name = "withdrawn_by", length = 200)
  private String withdrawnBy;

  protected RecordingRefusal() {}

  public RecordingRefusal(Tenant tenant, String citizenCprHash, String registeredBy) {
    this.tenant = tenant;
    this.citizenCprHash = citizenCprHash;
    this.registeredBy = registeredBy;
    this.registeredAt = Instant.now();
  }

  public void withdraw(String by) {
    if (withdrawnAt != null) {
      throw new IllegalStateException("refusal " + id + " is already withdrawn");
    }
    withdrawnAt = Instant.now();
    withdrawnBy = by;
  }

  public boolean isActive() {
    return withdrawnAt == null;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }

  public String getWithdrawnBy() {
    return withdrawnBy;
  }
}
