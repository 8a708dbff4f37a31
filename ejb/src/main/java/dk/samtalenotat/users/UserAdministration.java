package dk.samtalenotat.users;

import dk.samtalenotat.device.OwnerDevices;
import dk.samtalenotat.security.Roles;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.UserRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The municipality's administrator lists its users and deactivates or reactivates them. A
 * deactivation revokes the user's devices at once and ends their sessions at their next request
 * (the authentication mechanism asks {@link UserRegistry#isActive} on every request); the user
 * cannot sign on until reactivated. Every query is scoped by the caller's municipality: a user of
 * another municipality is "not found".
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class UserAdministration {

  @PersistenceContext private EntityManager em;
  @Inject private UserRegistry users;
  @Inject private OwnerDevices devices;
  @Inject private UserAudit audit;

  /** The municipality's users, active ones first, then by name. */
  public List<UserOverview> ofMunicipality() {
    AppUser me = users.caller();
    List<AppUser> all =
        em.createQuery(
                "select u from AppUser u where u.tenant = :tenant"
                    + " order by u.active desc, u.displayName, u.id",
                AppUser.class)
            .setParameter("tenant", me.getTenant())
            .getResultList();
    Map<String, String> names =
        all.stream()
            .collect(Collectors.toMap(AppUser::getUserKey, AppUser::getDisplayName, (a, b) -> a));
    Function<AppUser, UserOverview> overview =
        u ->
            new UserOverview(
                u.getUserKey(),
                u.getDisplayName(),
                u.getTeam(),
                u.isCaseworker(),
                u.isAdministrator(),
                u.getLastSeenAt(),
                u.isActive(),
                u.getDeactivatedAt(),
                u.getDeactivatedBy() == null ? null : names.get(u.getDeactivatedBy()),
                u.getDeactivationReason(),
                u.getUserKey().equals(me.getUserKey()));
    return all.stream().map(overview).toList();
  }

  /**
   * Deactivates a user of the caller's municipality and revokes their devices.
   *
   * @param remote the address the request came from, for the security log
   * @return false when the user was deactivated already
   * @throws UserNotFoundException when the municipality has no user with that key
   * @throws SelfDeactivationException when the administrator names themselves
   */
  public boolean deactivate(String userKey, String remote) {
    AppUser me = users.caller();
    AppUser user = ofMyMunicipality(me, userKey);
    if (user.getId().equals(me.getId())) {
      throw new SelfDeactivationException();
    }
    if (!user.deactivate(Instant.now(), me.getUserKey(), AppUser.Deactivation.ADMINISTRATOR)) {
      return false;
    }
    int revoked = devices.revokeAll(user, me, remote);
    em.flush();
    audit.deactivated(user, me, revoked, remote);
    return true;
  }

  /**
   * Lets a deactivated user of the caller's municipality sign on again. Their revoked devices stay
   * revoked: they register them again.
   *
   * @return false when the user was active already
   * @throws UserNotFoundException when the municipality has no user with that key
   */
  public boolean reactivate(String userKey, String remote) {
    AppUser me = users.caller();
    AppUser user = ofMyMunicipality(me, userKey);
    if (!user.reactivate(Instant.now())) {
      return false;
    }
    em.flush();
    audit.reactivated(user, me, remote);
    return true;
  }

  private AppUser ofMyMunicipality(AppUser me, String userKey) {
    return em.createQuery(
            "select u from AppUser u where u.tenant = :tenant and u.userKey = :key", AppUser.class)
        .setParameter("tenant", me.getTenant())
        .setParameter("key", userKey == null ? "" : userKey.strip())
        .getResultStream()
        .findFirst()
        .orElseThrow(UserNotFoundException::new);
  }
}
