package dk.samtalenotat.device;

import dk.samtalenotat.tenant.AppUser;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The devices of one user as a whole: when the user is deactivated, every device of theirs that
 * still works is revoked with them, in the caller's transaction, each revocation in the security
 * log.
 */
@Stateless
@PermitAll // called by the administrator's deactivation and by the inactivity sweep (no caller)
public class OwnerDevices {

  /** The user key written as revoker when the application itself revokes. */
  public static final String SYSTEM = "system";

  @PersistenceContext private EntityManager em;
  @Inject private DeviceAudit audit;

  /**
   * Revokes every device of the owner that is not revoked yet.
   *
   * @param by the administrator who deactivated the owner; null when the application did
   * @param remote the address the deactivation came from, for the security log; null for a timer
   * @return how many devices were revoked
   */
  public int revokeAll(AppUser owner, AppUser by, String remote) {
    Instant now = Instant.now();
    List<DeviceCredential> devices =
        em.createQuery(
                "select d from DeviceCredential d where d.tenant = :tenant and d.owner = :owner"
                    + " and d.revokedAt is null order by d.id",
                DeviceCredential.class)
            .setParameter("tenant", owner.getTenant())
            .setParameter("owner", owner)
            .getResultList();
    int revoked = 0;
    for (DeviceCredential d : devices) {
      if (d.revoke(by, now)) {
        revoked++;
        audit.revoked(d, (by == null ? SYSTEM : by.getUserKey()) + " (user deactivated)", remote);
      }
    }
    return revoked;
  }
}
