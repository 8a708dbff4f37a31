package dk.samtalenotat.audit;

import dk.samtalenotat.security.Roles;
import dk.samtalenotat.tenant.UserRegistry;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The persistent security log of sign-on. Each event commits in its own transaction: a refused
 * sign-on has no transaction of its own to join, and the record must outlive any failure after it.
 */
@Stateless
@PermitAll // recording happens before anyone is signed on
public class SecurityEvents {

  @PersistenceContext private EntityManager em;
  @Inject private UserRegistry users;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(
      String eventId,
      SecurityEvent.Outcome outcome,
      String userKey,
      String tenantCvr,
      String remote,
      String detail) {
    String cvr =
        tenantCvr != null || userKey == null
            ? tenantCvr
            : users.findUser(userKey).map(u -> u.getTenant().getCvr()).orElse(null);
    em.persist(new SecurityEvent(eventId, outcome, userKey, cvr, remote, detail));
  }

  /**
   * The events of the caller's municipality in [from, to), and the refusals that could not be tied
   * to any municipality; oldest first. The reading is itself an access log export.
   */
  @RolesAllowed(Roles.COMPLIANCE)
  public List<SecurityEventRecord> events(Instant from, Instant to) {
    String cvr = users.caller().getTenant().getCvr();
    return em.createQuery(
            "select e from SecurityEvent e where (e.tenantCvr = :cvr or e.tenantCvr is null)"
                + " and e.occurredAt >= :from and e.occurredAt < :to order by e.id",
            SecurityEvent.class)
        .setParameter("cvr", cvr)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultStream()
        .map(SecurityEventRecord::of)
        .toList();
  }

  /** Deletes up to {@code batch} events older than {@code cutoff}; 0 when none are left. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int purgeBefore(Instant cutoff, int batch) {
    List<Long> ids =
        em.createQuery(
                "select e.id from SecurityEvent e where e.occurredAt < :cutoff order by e.id",
                Long.class)
            .setParameter("cutoff", cutoff)
            .setMaxResults(batch)
            .getResultList();
    return ids.isEmpty()
        ? 0
        : em.createQuery("delete from SecurityEvent e where e.id in :ids")
            .setParameter("ids", ids)
            .executeUpdate();
  }
}
