package dk.samtalenotat.device;

import dk.samtalenotat.tenant.AppUser;
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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A dictation device or meeting system registered by a caseworker. It carries the rules of its
 * token: issued once, valid until it expires or is revoked, only for its owner, and only inside the
 * owner's municipality.
 */
@Entity
@Table(name = "device_credential")
public class DeviceCredential {

  /** The longest name a device may have. */
  public static final int MAX_NAME = 100;

  private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

  /**
   * How often the time of last use is written: a device sending chunks every few seconds must not
   * turn every chunk into a write of the same row.
   */
  private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

  /** A device just registered, and its token, which exists nowhere else. */
  public record Issued(DeviceCredential device, String token) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "tenant_id", nullable = false, updatable = false)
  private Tenant tenant;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "owner_id", nullable = false, updatable = false)
  private AppUser owner;

  @Column(name = "name", nullable = false, length = MAX_NAME, updatable = false)
  private String name;

  @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
  private String tokenHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "revoked_by_id")
  private AppUser revokedBy;

  protected DeviceCredential() {}

  private DeviceCredential(
      AppUser owner, String name, String tokenHash, Instant now, Duration life) {
    this.tenant = owner.getTenant();
    this.owner = owner;
    this.name = name;
    this.tokenHash = tokenHash;
    this.createdAt = now;
    this.expiresAt = now.plus(life);
  }

  /**
   * Registers a device for its owner with a new random token.
   *
   * @param lifetime how long the token is accepted
   * @throws DeviceNameRejectedException when the name is blank or longer than {@link #MAX_NAME}
   */
  public static Issued issue(AppUser owner, String name, Duration lifetime, Instant now) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty()) {
      throw new DeviceNameRejectedException(DeviceNameRejectedException.Reason.BLANK);
    }
    if (trimmed.length() > MAX_NAME) {
      throw new DeviceNameRejectedException(DeviceNameRejectedException.Reason.TOO_LONG);
    }
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("device token lifetime must be positive: " + lifetime);
    }
    String token = DeviceToken.generate();
    return new Issued(
        new DeviceCredential(owner, trimmed, DeviceToken.hash(token), now, lifetime), token);
  }

  public DeviceStatus status(Instant now) {
    if (revokedAt != null) {
      return DeviceStatus.REVOKED;
    }
    return now.isBefore(expiresAt) ? DeviceStatus.ACTIVE : DeviceStatus.EXPIRED;
  }

  /**
   * Whether the token opens this device now: it is this device's token, the device is neither
   * revoked nor expired, and its owner is still active (not deactivated by the municipality's
   * administrator or for inactivity) and still a caseworker (their last sign-on gave the role).
   * Deactivation revokes the owner's devices as well; the check here also holds for a device
   * registered in the moment of the deactivation, and after a reactivation, which gives no device
   * back. (A device's municipality is its owner's by construction and a user never changes
   * municipality, so that needs no check here.)
   */
  public boolean accepts(String token, Instant now) {
    return DeviceToken.matches(token, tokenHash)
        && status(now) == DeviceStatus.ACTIVE
        && owner.isActive()
        && owner.isCaseworker();
  }

  /**
   * Whether the user may revoke this device: its owner, or an administrator of the same
   * municipality. Nobody of another municipality may.
   */
  public boolean revocableBy(AppUser user, boolean administrator) {
    return sameTenant(user) && (administrator || ownedBy(user));
  }

  /** Whether the user is the device's owner. */
  public boolean ownedBy(AppUser user) {
    return sameTenant(user) && owner.getUserKey().equals(user.getUserKey());
  }

  private boolean sameTenant(AppUser user) {
    return user.getTenant().getCvr().equals(tenant.getCvr());
  }

  /**
   * Revokes the token for good.
   *
   * @param by who revoked it; null when the application did (the owner was deactivated for
   *     inactivity)
   * @return false when it was revoked already (the first revocation stands)
   */
  public boolean revoke(AppUser by, Instant now) {
    if (revokedAt != null) {
      return false;
    }
    revokedAt = now;
    revokedBy = by;
    return true;
  }

  /**
   * Notes a use of the token.
   *
   * @return whether this is the first use on this Danish calendar day, which goes to the security
   *     log
   */
  public boolean used(Instant now) {
    boolean firstToday =
        lastUsedAt == null
            || !lastUsedAt.atZone(DENMARK).toLocalDate().equals(now.atZone(DENMARK).toLocalDate());
    if (firstToday || lastUsedAt.plus(USE_RESOLUTION).isBefore(now)) {
      lastUsedAt = now;
    }
    return firstToday;
  }

  public Long getId() {
    return id;
  }

  public Tenant getTenant() {
    return tenant;
  }

  public AppUser getOwner() {
    return owner;
  }

  public String getName() {
    return name;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public AppUser getRevokedBy() {
    return revokedBy;
  }
}
