package dk.samtalenotat.retention;

import dk.samtalenotat.tenant.Tenant;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Runs each batch of a sweep in a transaction of its own, so a sweep that fails or crashes midway
 * keeps what it finished and the next sweep resumes where it stopped.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RetentionBatches {

  /** A tenant and the retention that applies to it. */
  public record TenantPolicy(long tenantId, String cvr, RetentionPolicy policy) {}

  @PersistenceContext private EntityManager em;
  @Inject private RetentionSweeper sweeper;
  @Inject private RetentionCaps caps;

  public List<TenantPolicy> tenants() {
    return em.createQuery("select t from Tenant t order by t.id", Tenant.class)
        .getResultStream()
        .map(t -> new TenantPolicy(t.getId(), t.getCvr(), caps.effective(settingsOf(t))))
        .toList();
  }

  /** The tenant of a user, with its retention. */
  public TenantPolicy tenantOf(String userKey) {
    Tenant t =
        em.createQuery("select u.tenant from AppUser u where u.userKey = :k", Tenant.class)
            .setParameter("k", userKey)
            .getSingleResult();
    return new TenantPolicy(t.getId(), t.getCvr(), caps.effective(settingsOf(t)));
  }

  /** What the tenant's retention destroys by {@code at + horizon} (read only). */
  public DeletionSchedule schedule(
      TenantPolicy tenant, Instant at, Duration horizon, int limitPerRule) {
    return sweeper.schedule(tenant.tenantId(), tenant.policy(), at, horizon, limitPerRule);
  }

  public RetentionSweeper.Batch run(
      RetentionRule rule,
      long tenantId,
      RetentionPolicy policy,
      Instant now,
      int size,
      Collection<Long> skip) {
    return sweeper.run(rule, tenantId, policy, now, size, skip);
  }

  private RetentionSettings settingsOf(Tenant t) {
    return em.createQuery(
            "select s from RetentionSettings s where s.tenant = :t", RetentionSettings.class)
        .setParameter("t", t)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
