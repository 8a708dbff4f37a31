package dk.samtalenotat.device;

import dk.samtalenotat.security.Roles;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.UserRegistry;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Registration, listing and revocation of devices. A caseworker registers and manages their own
 * devices; an administrator sees the devices of the whole municipality (metadata only) and may
 * revoke any of them. Every query is scoped by the caller's municipality.
 */
@Stateless
@RolesAllowed({Roles.CASEWORKER, Roles.ADMINISTRATOR})
public class DeviceService {

  @PersistenceContext private EntityManager em;
  @Inject private UserRegistry users;
  @Inject private DeviceAudit audit;
  @Resource private SessionContext session;

  @Inject
  @ConfigProperty(name = "samtalenotat.device.token-lifetime", defaultValue = "P365D")
  String tokenLifetime;

  /**
   * Registers a device for the calling caseworker and answers its token, which is shown once.
   *
   * @param remote the address the registration came from, for the security log
   * @throws DeviceNameRejectedException when the name is blank or too long
   */
  @RolesAllowed(Roles.CASEWORKER)
  public RegisteredDevice register(String name, String remote) {
    AppUser me = users.caller();
    Instant now = Instant.now();
    DeviceCredential.Issued issued =
        DeviceCredential.issue(me, name, Duration.parse(tokenLifetime), now);
    em.persist(issued.device());
    em.flush();
    audit.registered(issued.device(), remote);
    return new RegisteredDevice(DeviceOverview.of(issued.device(), now), issued.token());
  }

  /** The caller's own devices, newest first, revoked and expired ones included. */
  @RolesAllowed(Roles.CASEWORKER)
  public List<DeviceOverview> mine() {
    AppUser me = users.caller();
    Instant now = Instant.now();
    return em.createQuery(
            "select d from DeviceCredential d where d.tenant = :tenant and d.owner = :me"
                + " order by d.createdAt desc, d.id desc",
            DeviceCredential.class)
        .setParameter("tenant", me.getTenant())
        .setParameter("me", me)
        .getResultStream()
        .map(d -> DeviceOverview.of(d, now))
        .toList();
  }

  /** Every device of the caller's municipality, newest first: what an administrator oversees. */
  @RolesAllowed(Roles.ADMINISTRATOR)
  public List<DeviceOverview> ofMunicipality() {
    AppUser me = users.caller();
    Instant now = Instant.now();
    return em.createQuery(
            "select d from DeviceCredential d join fetch d.owner where d.tenant = :tenant"
                + " order by d.createdAt desc, d.id desc",
            DeviceCredential.class)
        .setParameter("tenant", me.getTenant())
        .getResultStream()
        .map(d -> DeviceOverview.of(d, now))
        .toList();
  }

  /**
   * Revokes a device: the caller's own, or as an administrator any of the municipality.
   *
   * @return false when it was revoked already
   * @throws DeviceNotFoundException when there is no such device the caller may revoke
   */
  public boolean revoke(long id, String remote) {
    AppUser me = users.caller();
    DeviceCredential d = em.find(DeviceCredential.class, id);
    if (d == null || !d.revocableBy(me, session.isCallerInRole(Roles.ADMINISTRATOR))) {
      throw new DeviceNotFoundException(id);
    }
    boolean revoked = d.revoke(me, Instant.now());
    if (revoked) {
      audit.revoked(d, me.getUserKey(), remote);
    }
    return revoked;
  }
}
