package dk.samtalenotat.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A municipality using the installation, keyed by its CVR number, or the installation operator's
 * own organisation ({@link Kind#OPERATOR}), whose employees hold only the operator role and never
 * any citizen data. A municipality is onboarded ACTIVE, may be SUSPENDED (nobody signs on, its
 * pipeline and journalising wait, its data is kept) and resumed, and is finally OFFBOARDED: its
 * content and keys destroyed, this row kept only for the deletion evidence that refers to it.
 */
@Entity
@Table(name = "tenant")
public class Tenant {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "cvr", nullable = false, length = 8, unique = true)
  private String cvr;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private Kind kind = Kind.MUNICIPALITY;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private Status status = Status.ACTIVE;

  /** The version of the settings in force ({@code tenant_settings_version}); 0 for none yet. */
  @Column(name = "settings_version", nullable = false)
  private int settingsVersion;

  @Column(name = "status_changed_at")
  private Instant statusChangedAt;

  @Column(name = "status_changed_by", length = 200)
  private String statusChangedBy;

  @Column(name = "keys_destroyed_at")
  private Instant keysDestroyedAt;

  /** What the tenant is. */
  public enum Kind {
    /** A municipality: its employees document conversations. */
    MUNICIPALITY,
    /** The installation operator's organisation: the operator role only, no citizen data. */
    OPERATOR
  }

  /** Where the municipality is in its life on the installation. */
  public enum Status {
    ACTIVE,
    /** Nobody signs on, the pipeline and journalising wait; the data is kept. */
    SUSPENDED,
    /** Content and keys destroyed; the row stays for the deletion evidence. */
    OFFBOARDED
  }

  protected Tenant() {}

  public Tenant(String cvr, String name) {
    if (cvr == null || !cvr.matches("\\d{8}")) {
      throw new IllegalArgumentException("a CVR number has 8 digits");
    }
    this.cvr = cvr;
    this.name = name;
    this.createdAt = Instant.now();
  }

  /** The name a tenant gets before anyone of it signs on, when only its CVR is known. */
  public static String placeholderName(String cvr) {
    return "CVR " + cvr;
  }

  /** Takes the organisation's name from the first sign-on when only the CVR was known. */
  public void namedAtSignOn(String orgName) {
    if (name.equals(placeholderName(cvr)) && orgName != null && !orgName.isBlank()) {
      name = orgName.length() > 200 ? orgName.substring(0, 200) : orgName.strip();
    }
  }

  /** The operator's organisation, which is never a municipality and never holds citizen data. */
  public static Tenant operator(String cvr, String name) {
    Tenant t = new Tenant(cvr, name);
    t.kind = Kind.OPERATOR;
    return t;
  }

  /** Suspends an active municipality: false when it was not active. */
  public boolean suspend(Instant now, String by) {
    return move(Status.ACTIVE, Status.SUSPENDED, now, by);
  }

  /** Resumes a suspended municipality: false when it was not suspended. */
  public boolean resume(Instant now, String by) {
    return move(Status.SUSPENDED, Status.ACTIVE, now, by);
  }

  /**
   * Marks the municipality offboarded once its content is destroyed; from ACTIVE or SUSPENDED.
   *
   * @return false when it was offboarded already
   */
  public boolean offboarded(Instant now, String by) {
    if (status == Status.OFFBOARDED || kind != Kind.MUNICIPALITY) {
      return false;
    }
    status = Status.OFFBOARDED;
    statusChangedAt = now;
    statusChangedBy = by;
    return true;
  }

  /** Records that the municipality's key-encryption and look-up keys are destroyed. */
  public void keysDestroyed(Instant now) {
    keysDestroyedAt = now;
  }

  private boolean move(Status from, Status to, Instant now, String by) {
    if (status != from || kind != Kind.MUNICIPALITY) {
      return false;
    }
    status = to;
    statusChangedAt = now;
    statusChangedBy = by;
    return true;
  }

  /** The name shown on the operator's screens; a municipality may be renamed by the operator. */
  public void rename(String name) {
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new IllegalArgumentException("a tenant's name has 1 to 200 characters");
    }
    this.name = name.strip();
  }

  /** Takes the next settings version, which the caller stores. */
  public int nextSettingsVersion() {
    return ++settingsVersion;
  }

  public int getSettingsVersion() {
    return settingsVersion;
  }

  public Kind getKind() {
    return kind;
  }

  public Status getStatus() {
    return status;
  }

  public boolean isMunicipality() {
    return kind == Kind.MUNICIPALITY;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getStatusChangedAt() {
    return statusChangedAt;
  }

  public String getStatusChangedBy() {
    return statusChangedBy;
  }

  public Instant getKeysDestroyedAt() {
    return keysDestroyedAt;
  }

  public Long getId() {
    return id;
  }

  public String getCvr() {
    return cvr;
  }

  public String getName() {
    return name;
  }
}
