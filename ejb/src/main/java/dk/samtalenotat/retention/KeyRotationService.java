package dk.samtalenotat.retention;

import dk.samtalenotat.crypto.KeyEncryptionKeys;
import dk.samtalenotat.security.Roles;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.Tenant;
import dk.samtalenotat.tenant.UserRegistry;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Key rotation on schedule ({@link KeyRotationTimer}) and on the administrator's request: a new
 * key-encryption key version per tenant, every data key re-wrapped under it, and the retired
 * versions destroyed once the municipality's database backups that may need them are gone ({@code
 * samtalenotat.backup.retention}, default 35 days). See {@link KeyLifecycle}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KeyRotationService {

  private static final Logger LOG = Logger.getLogger(KeyRotationService.class.getName());

  static final String BACKUP_RETENTION_KEY = "samtalenotat.backup.retention";

  @Inject private UserRegistry users;
  @Inject private KeyEncryptionKeys keks;
  @Inject private KeyRotation rotation;
  @EJB private KeyRotationTimer timer;

  @Inject
  @ConfigProperty(name = BACKUP_RETENTION_KEY, defaultValue = "P35D")
  String backupRetention;

  /** The scheduled rotation of every tenant, then the destruction of what is due. */
  @PermitAll
  public void rotateAll() {
    Instant now = Instant.now();
    for (Tenant t : rotation.tenants()) {
      try {
        lifecycle().rotate(t.getId(), t.getCvr(), Actor.TIMER, now);
      } catch (RuntimeException e) {
        LOG.severe(
            () ->
                "key rotation of tenant "
                    + t.getCvr()
                    + " stopped; the next run finishes it: "
                    + dk.samtalenotat.security.PersonalData.causeChain(e));
      }
    }
    destroyDue();
  }

  /**
   * Destroys, for every tenant, the retired versions no kept backup can need: run by the rotation
   * timer and by every retention sweep, so a version goes soon after its backups.
   */
  @PermitAll
  public void destroyDue() {
    Instant now = Instant.now();
    for (Tenant t : rotation.tenants()) {
      try {
        lifecycle().destroyDue(t.getId(), t.getCvr(), Actor.TIMER, now);
      } catch (RuntimeException e) {
        LOG.severe(
            () ->
                "destroying old key versions of tenant "
                    + t.getCvr()
                    + " stopped; the next run tries again: "
                    + dk.samtalenotat.security.PersonalData.causeChain(e));
      }
    }
  }

  /**
   * The administrator's "rotate now": the caller's tenant rotated as the timer would, then what is
   * due destroyed.
   *
   * @return the new version
   */
  @RolesAllowed(Roles.ADMINISTRATOR)
  public int rotateMyTenant() {
    AppUser me = users.caller();
    Tenant t = me.getTenant();
    KeyLifecycle keys = lifecycle();
    Actor actor = Actor.user(me.getUserKey());
    int version = keys.rotate(t.getId(), t.getCvr(), actor, Instant.now());
    keys.destroyDue(t.getId(), t.getCvr(), actor, Instant.now());
    return version;
  }

  /** The caller's tenant's key versions, the next rotation and the last destruction. */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.COMPLIANCE})
  public KeyStatus status() {
    Tenant t = users.caller().getTenant();
    List<KeyStatus.Version> versions =
        rotation.versions(t.getId()).stream()
            .map(
                k ->
                    new KeyStatus.Version(
                        k.getVersion(), k.getCreatedAt(), k.getRetiredAt(), k.getDestroyedAt()))
            .toList();
    Instant lastDestruction =
        versions.stream()
            .map(KeyStatus.Version::destroyedAt)
            .filter(Objects::nonNull)
            .max(Comparator.naturalOrder())
            .orElse(null);
    return new KeyStatus(
        keks.currentVersion(t.getCvr()),
        versions,
        timer.nextRotation(),
        lastDestruction,
        retention(),
        timer.configuredSchedule());
  }

  private KeyLifecycle lifecycle() {
    return new KeyLifecycle(keks, rotation, retention());
  }

  private Duration retention() {
    return parseRetention(backupRetention);
  }

  /**
   * The backup retention: an ISO-8601 duration in days or less ({@code P35D}, {@code PT0S}).
   *
   * @throws IllegalStateException for anything else, naming the key
   */
  static Duration parseRetention(String text) {
    try {
      Duration d = Duration.parse(text.strip());
      if (d.isNegative()) {
        throw new IllegalArgumentException("negative");
      }
      return d;
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          BACKUP_RETENTION_KEY + " must be an ISO-8601 duration such as P35D; is: " + text);
    }
  }
}
