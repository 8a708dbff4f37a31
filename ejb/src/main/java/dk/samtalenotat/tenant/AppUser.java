package dk.samtalenotat.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An employee as the application knows them: the stable key the sign-on gives (the caller principal
 * name), their tenant and display name. Written at sign-on, never holds a password.
 *
 * <p>An employee who leaves is deactivated, by the municipality's administrator or by the
 * inactivity sweep after a period without sign-on: a deactivated user cannot sign on, their session
 * ends at its next request and their devices stop working, until an administrator reactivates them.
 */
@Entity
@Table(name = "app_user")
public class AppUser {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "tenant_id", nullable = false)
  private Tenant tenant;

  @Column(name = "user_key", nullable = false, length = 200, unique = true)
  private String userKey;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(name = "team", length = 100)
  private String team;

  @Column(name = "last_seen_at", nullable = false)
  private Instant lastSeenAt;

  /** Whether the last sign-on gave the caseworker role: only caseworkers receive hand-overs. */
  @Column(name = "caseworker", nullable = false)
  private boolean caseworker;

  /** Whether the last sign-on gave the administrator role: the sweep keeps the last of them. */
  @Column(name = "administrator", nullable = false)
  private boolean administrator;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @Column(name = "deactivated_at")
  private Instant deactivatedAt;

  /** The user key of the administrator who deactivated the user, or {@code system}. */
  @Column(name = "deactivated_by", length = 200)
  private String deactivatedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "deactivation_reason", length = 20)
  private Deactivation deactivationReason;

  @Column(name = "reactivated_at")
  private Instant reactivatedAt;

  /** Why a user was deactivated. */
  public enum Deactivation {
    /** The municipality's administrator did it (the employee left, say). */
    ADMINISTRATOR,
    /** Not seen at sign-on for longer than {@code samtalenotat.users.inactive-after}. */
    INACTIVITY
  }

  protected AppUser() {}

  public AppUser(Tenant tenant, String userKey, String displayName, String team) {
    this.tenant = tenant;
    this.userKey = userKey;
    this.displayName = displayName;
    this.team = team;
    this.lastSeenAt = Instant.now();
  }

  /** Takes the name and team the sign-on reported this time. */
  public void refresh(String displayName, String team) {
    this.displayName = displayName;
    this.team = team;
    this.lastSeenAt = Instant.now();
  }

  /** Records whether the sign-on gave the caseworker role. */
  public void caseworker(boolean caseworker) {
    this.caseworker = caseworker;
  }

  public boolean isCaseworker() {
    return caseworker;
  }

  /** Records whether the sign-on gave the administrator role. */
  public void administrator(boolean administrator) {
    this.administrator = administrator;
  }

  public boolean isAdministrator() {
    return administrator;
  }

  public boolean isActive() {
    return active;
  }

  /**
   * Deactivates the user.
   *
   * @param by the user key of the administrator, or {@code system} for the inactivity sweep
   * @return false when the user was deactivated already (the first deactivation stands)
   */
  public boolean deactivate(Instant now, String by, Deactivation reason) {
    if (!active) {
      return false;
    }
    active = false;
    deactivatedAt = now;
    deactivatedBy = by;
    deactivationReason = reason;
    return true;
  }

  /**
   * Lets the user sign on again. The inactivity period starts again from now, so that a user who
   * was away longer than the period is not deactivated again before they can sign on.
   *
   * @return false when the user was active already
   */
  public boolean reactivate(Instant now) {
    if (active) {
      return false;
    }
    active = true;
    reactivatedAt = now;
    return true;
  }

  /**
   * Whether the user has been away too long: active, and neither signed on nor reactivated since
   * {@code cutoff}.
   */
  public boolean inactiveSince(Instant cutoff) {
    return active
        && lastSeenAt.isBefore(cutoff)
        && (reactivatedAt == null || reactivatedAt.isBefore(cutoff));
  }

  public Instant getLastSeenAt() {
    return lastSeenAt;
  }

  public Instant getDeactivatedAt() {
    return deactivatedAt;
  }

  public String getDeactivatedBy() {
    return deactivatedBy;
  }

  public Deactivation getDeactivationReason() {
    return deactivationReason;
  }

  public Instant getReactivatedAt() {
    return reactivatedAt;
  }

  public Long getId() {
    return id;
  }

  public Tenant getTenant() {
    return tenant;
  }

  public String getUserKey() {
    return userKey;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getTeam() {
    return team;
  }
}
