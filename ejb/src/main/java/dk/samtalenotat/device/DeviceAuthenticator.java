package dk.samtalenotat.device;

import dk.samtalenotat.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a device's bearer token into its owner for one request of the ingest API. The token is
 * looked up by its hash and checked again in constant time; it is refused when unknown, expired or
 * revoked, and when its owner is deactivated (left, or away too long) or no longer a caseworker
 * (the last sign-on did not give the role).
 */
@Stateless
@PermitAll // called by the authentication mechanism, before anyone is signed on
public class DeviceAuthenticator {

  @PersistenceContext private EntityManager em;
  @Inject private DeviceAudit audit;

  /**
   * The caller a token stands for, or empty when it is refused (each refusal goes to the security
   * log).
   *
   * @param remote the address the request came from, for the security log
   */
  public Optional<DeviceCaller> authenticate(String token, String remote) {
    if (!DeviceToken.wellFormed(token)) {
      audit.refused(null, "malformed token", remote);
      return Optional.empty();
    }
    Optional<DeviceCredential> found =
        em.createQuery(
                "select d from DeviceCredential d where d.tokenHash = :hash",
                DeviceCredential.class)
            .setParameter("hash", DeviceToken.hash(token))
            .getResultStream()
            .findFirst();
    if (found.isEmpty()) {
      audit.refused(null, "unknown token", remote);
      return Optional.empty();
    }
    DeviceCredential d = found.get();
    Instant now = Instant.now();
    if (!d.accepts(token, now)) {
      DeviceStatus status = d.status(now);
      audit.refused(
          d,
          status != DeviceStatus.ACTIVE
              ? "token " + status.name().toLowerCase(Locale.ROOT)
              : d.getOwner().isActive()
                  ? "owner is no longer a caseworker"
                  : "owner is deactivated",
          remote);
      return Optional.empty();
    }
    if (d.getOwner().getTenant().getStatus() != dk.samtalenotat.tenant.Tenant.Status.ACTIVE) {
      audit.refused(d, "municipality suspended or offboarded", remote);
      return Optional.empty();
    }
    if (d.used(now)) {
      audit.used(d, remote);
    }
    return Optional.of(new DeviceCaller(d.getOwner().getUserKey(), Set.of(Roles.CASEWORKER)));
  }
}
