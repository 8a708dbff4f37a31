package dk.samtalenotat.users;

import dk.samtalenotat.device.OwnerDevices;
import dk.samtalenotat.tenant.AppUser;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The inactivity sweep: deactivates the users not seen at sign-on for {@code
 * samtalenotat.users.inactive-after} (default 90 days) and revokes their devices, in small batches
 * of their own transactions, each deactivation in the security log ({@link InactivitySweep} has the
 * rule). Idempotent: a second run, or a run on two nodes at once, finds nobody left to do.
 */
@Stateless
@PermitAll // called by the timer, with no caller
public class InactiveUsers {

  private static final Logger LOG = Logger.getLogger(InactiveUsers.class.getName());

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext self;
  @Inject private OwnerDevices devices;
  @Inject private UserAudit audit;

  @Inject
  @ConfigProperty(name = "samtalenotat.users.inactive-after", defaultValue = "P90D")
  String inactiveAfter;

  @Inject
  @ConfigProperty(name = "samtalenotat.users.inactivity-batch", defaultValue = "50")
  int batch;

  /** Runs the sweep to the end; called by {@link UserInactivityTimer}. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sweep() {
    Instant now = Instant.now();
    Instant cutoff = InactivitySweep.cutoff(now, inactiveAfter);
    InactiveUsers me = self.getBusinessObject(InactiveUsers.class);
    long after = 0;
    int deactivated = 0;
    for (InactivitySweep.Step step = me.batch(now, cutoff, after);
        step.looked() > 0;
        step = me.batch(now, cutoff, after)) {
      after = step.lastId();
      deactivated += step.deactivated().size();
    }
    if (deactivated > 0) {
      int total = deactivated;
      LOG.info(() -> "inactivity sweep deactivated " + total + " users not seen since " + cutoff);
    }
  }

  /** One batch in a transaction of its own. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public InactivitySweep.Step batch(Instant now, Instant cutoff, long afterId) {
    InactivitySweep.Step step = InactivitySweep.step(em, now, cutoff, afterId, batch);
    for (AppUser u : step.deactivated()) {
      int revoked = devices.revokeAll(u, null, null);
      audit.deactivatedForInactivity(u, cutoff, revoked);
    }
    step.keptAsLastAdministrator().forEach(audit::keptAsLastAdministrator);
    return step;
  }
}
