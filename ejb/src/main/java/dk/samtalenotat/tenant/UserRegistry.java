package dk.samtalenotat.tenant;

import dk.samtalenotat.security.Roles;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Knows the signed-on employee: records them at sign-on and resolves the caller of a service call
 * to their {@link AppUser}, which carries the tenant every query is scoped by.
 */
@Stateless
public class UserRegistry {

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext session;

  /**
   * Records a sign-on: creates the tenant and the user on first sight, refreshes name, team and
   * whether they are a caseworker or an administrator.
   *
   * @throws UserDeactivatedException when the user is deactivated; nothing is refreshed then
   */
  public AppUser signedOn(
      String userKey,
      String displayName,
      String team,
      String tenantCvr,
      String tenantName,
      Set<String> roles) {
    AppUser user = signedOn(userKey, displayName, team, tenantCvr, tenantName);
    user.caseworker(roles.contains(Roles.CASEWORKER));
    user.administrator(roles.contains(Roles.ADMINISTRATOR));
    return user;
  }

  private AppUser signedOn(
      String userKey, String displayName, String team, String tenantCvr, String tenantName) {
    Tenant tenant =
        findTenant(tenantCvr)
            .orElseGet(
                () -> {
                  Tenant t = new Tenant(tenantCvr, tenantName);
                  em.persist(t);
                  return t;
                });
    tenant.namedAtSignOn(tenantName);
    Optional<AppUser> known = findUser(userKey);
    if (known.isPresent()) {
      if (!known.get().getTenant().getCvr().equals(tenantCvr)) {
        throw new IllegalStateException("user " + userKey + " belongs to another tenant");
      }
      if (!known.get().isActive()) {
        throw new UserDeactivatedException();
      }
      known.get().refresh(displayName, team);
      return known.get();
    }
    AppUser user = new AppUser(tenant, userKey, displayName, team);
    em.persist(user);
    return user;
  }

  /**
   * The user key of the employee calling the current service method, without reading their row: the
   * sign-on mechanism has checked on this request that they are known and active.
   */
  public String callerKey() {
    return session.getCallerPrincipal().getName();
  }

  /**
   * The employee calling the current service method.
   *
   * @throws EJBAccessException when the caller has not signed on through {@link #signedOn}
   */
  public AppUser caller() {
    String key = session.getCallerPrincipal().getName();
    return findUser(key).orElseThrow(() -> new EJBAccessException("unknown caller " + key));
  }

  /**
   * Whether the user may work now: known, not deactivated, and of a municipality that is not
   * suspended or offboarded. The authentication mechanism asks on every request of a signed-on
   * session, so a deactivation or a suspension ends the session on every node at once. One query
   * that changes nothing: it joins a transaction if there is one and opens none of its own, since a
   * transaction begun and committed for it on every request of every user is work for nothing.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public boolean isActive(String userKey) {
    return !em.createQuery(
            "select u.id from AppUser u where u.userKey = :key and u.active = true"
                + " and u.tenant.status = :active",
            Long.class)
        .setParameter("key", userKey)
        .setParameter("active", Tenant.Status.ACTIVE)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The caseworkers of the caller's municipality who could take over a conversation, by name. */
  public List<AppUser> colleagues(AppUser me) {
    return em.createQuery(
            "select u from AppUser u where u.tenant = :tenant and u.caseworker = true"
                + " and u.active = true and u <> :me order by u.displayName",
            AppUser.class)
        .setParameter("tenant", me.getTenant())
        .setParameter("me", me)
        .getResultList();
  }

  public Optional<Tenant> findTenant(String cvr) {
    return em.createQuery("select t from Tenant t where t.cvr = :cvr", Tenant.class)
        .setParameter("cvr", cvr)
        .getResultStream()
        .findFirst();
  }

  public Optional<AppUser> findUser(String userKey) {
    return em.createQuery(
            "select u from AppUser u join fetch u.tenant where u.userKey = :key", AppUser.class)
        .setParameter("key", userKey)
        .getResultStream()
        .findFirst();
  }
}
