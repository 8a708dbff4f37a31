package dk.samtalenotat.tenant;

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
 * An employee as the application knows them: the stable key the sign-on gives (the caller principal
 * name), their tenant and display name. Written at sign-on, never holds a password.
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
