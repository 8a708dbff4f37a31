package dk.samtalenotat.retention;

import dk.samtalenotat.security.Roles;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.UserRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Destroys what retention makes due, tenant by tenant and rule by rule, in small batches that each
 * commit on their own ({@link RetentionBatches}); and the administrator's retention settings.
 */
@Stateless
public class RetentionService {

  private static final Logger LOG = Logger.getLogger(RetentionService.class.getName());

  /**
   * A bound on one sweep's work per rule and tenant (at least this many objects, since a batch
   * takes one at the least); the next sweep continues.
   */
  private static final int MAX_BATCHES = 10_000;

  /** The most objects per rule the administrator's overview reads. */
  static final int SCHEDULE_LIMIT = 500;

  @Inject private RetentionBatches batches;
  @Inject private RetentionCaps caps;
  @Inject private UserRegistry users;
  @PersistenceContext private EntityManager em;

  @Inject
  @ConfigProperty(name = "samtalenotat.retention.batch-size", defaultValue = "50")
  int batchSize;

  /** How long one batch's transaction, and so any row lock it holds, should take at most. */
  @Inject
  @ConfigProperty(name = "samtalenotat.retention.batch-time", defaultValue = "PT0.05S")
  Duration batchTime;

  /** A setting the sweep cannot work with fails the bean's first use, naming the key. */
  @PostConstruct
  void checkSettings() {
    try {
      sizer();
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /**
   * One sweep over every tenant and rule. A failing batch is logged and ends that rule for this
   * sweep; what earlier batches destroyed stays destroyed, and the next sweep tries again.
   *
   * @return how many objects (or expired conversations) each rule destroyed
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Map<RetentionRule, Integer> sweep() {
    Instant now = Instant.now();
    Map<RetentionRule, Integer> destroyed = new EnumMap<>(RetentionRule.class);
    for (RetentionBatches.TenantPolicy tenant : batches.tenants()) {
      Map<RetentionRule, Integer> ofTenant = sweep(tenant, now);
      if (!ofTenant.isEmpty()) {
        LOG.info(() -> "retention sweep of tenant " + tenant.cvr() + " destroyed " + ofTenant);
      }
      ofTenant.forEach((rule, n) -> destroyed.merge(rule, n, Integer::sum));
    }
    return destroyed;
  }

  /**
   * The administrator's "run now": one sweep over the caller's tenant only, exactly as the timer
   * would run it (same rules, batches and evidence; executor TIMER, since the rules decide).
   *
   * @return how many objects (or expired conversations) each rule destroyed
   */
  @RolesAllowed(Roles.ADMINISTRATOR)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Map<RetentionRule, Integer> sweepMyTenant() {
    RetentionBatches.TenantPolicy tenant = batches.tenantOf(users.caller().getUserKey());
    Map<RetentionRule, Integer> destroyed = sweep(tenant, Instant.now());
    LOG.info(() -> "retention sweep of tenant " + tenant.cvr() + " on request: " + destroyed);
    return destroyed;
  }

  /**
   * What the caller's tenant's retention destroys within the next {@code horizon}, and what is
   * overdue (due before now and still held: a sweep failed, or the timer has not run). Metadata
   * only, so the compliance officer may read it too (overdue deletions in the evidence).
   */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.COMPLIANCE})
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public DeletionSchedule schedule(Duration horizon) {
    RetentionBatches.TenantPolicy tenant = batches.tenantOf(users.caller().getUserKey());
    return batches.schedule(tenant, Instant.now(), horizon, SCHEDULE_LIMIT);
  }

  private Map<RetentionRule, Integer> sweep(RetentionBatches.TenantPolicy tenant, Instant now) {
    Map<RetentionRule, Integer> destroyed = new EnumMap<>(RetentionRule.class);
    for (RetentionRule rule : RetentionRule.values()) {
      try {
        RuleSweep.run(
            sizer(),
            MAX_BATCHES,
            System::nanoTime,
            (size, skip) -> batches.run(rule, tenant.tenantId(), tenant.policy(), now, size, skip),
            n -> destroyed.merge(rule, n, Integer::sum));
      } catch (EJBException e) {
        // The classes of the failure only: a database's message may quote a row.
        LOG.warning(
            () ->
                "retention "
                    + rule
                    + " for tenant "
                    + tenant.cvr()
                    + " stopped; next sweep resumes: "
                    + dk.samtalenotat.security.PersonalData.causeChain(e));
      }
    }
    destroyed.values().removeIf(n -> n == 0);
    return destroyed;
  }

  /**
   * A sizer per rule and tenant, starting small: each rule's objects cost differently, and the
   * first batches of a sweep may run before the code is compiled.
   */
  private BatchSizer sizer() {
    return new BatchSizer(batchTime, batchSize);
  }

  /** The caller's tenant's retention in force; the compliance officer's documents state it too. */
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.COMPLIANCE})
  public RetentionPolicy settings() {
    return caps.effective(settingsOf(users.caller()));
  }

  /** The caps no setting may exceed. */
  @RolesAllowed(Roles.ADMINISTRATOR)
  public RetentionPolicy caps() {
    return caps.caps();
  }

  /**
   * Changes the caller's tenant's retention.
   *
   * @throws RetentionAboveCapException when a value exceeds its cap; nothing changes
   */
  @RolesAllowed(Roles.ADMINISTRATOR)
  public void changeSettings(RetentionPolicy wanted) {
    RetentionPolicy accepted = caps.check(wanted);
    AppUser me = users.caller();
    RetentionSettings current = settingsOf(me);
    if (current == null) {
      em.persist(new RetentionSettings(me.getTenant(), accepted, me.getUserKey()));
    } else {
      current.change(accepted, me.getUserKey());
    }
    LOG.info(() -> "retention of tenant " + me.getTenant().getCvr() + " set to " + accepted);
  }

  private RetentionSettings settingsOf(AppUser user) {
    return em.createQuery(
            "select s from RetentionSettings s where s.tenant = :t", RetentionSettings.class)
        .setParameter("t", user.getTenant())
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
