package dk.samtalenotat.retention;

import dk.samtalenotat.audit.LogRetention;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The persistent timer that runs the retention sweep. {@code @Schedule} cannot take its expression
 * from configuration, so the timer is created here at start-up from {@code
 * samtalenotat.retention.schedule}, replacing one left from an earlier start with another
 * expression. Persistent, so that with WildFly's database timer store one node of a cluster runs
 * each sweep.
 */
@Singleton
@Startup
public class RetentionTimer {

  static final String INFO_PREFIX = "samtalenotat-retention:";

  private static final Logger LOG = Logger.getLogger(RetentionTimer.class.getName());

  @Resource private TimerService timers;
  @Inject private RetentionService retention;
  @Inject private LogRetention logs;
  @Inject private KeyRotationService keys;

  @Inject
  @ConfigProperty(name = "samtalenotat.retention.schedule", defaultValue = "0 */10 * * * *")
  String schedule;

  @PostConstruct
  void schedule() {
    Schedules.keepOneTimer(timers, INFO_PREFIX, "samtalenotat.retention.schedule", schedule);
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void sweep() {
    // One line per tick, on the node that ran it: in a cluster the nodes' logs together show that
    // each tick ran once (ClusterIT counts them).
    LOG.info("retention sweep started");
    retention.sweep();
    logs.purge();
    // Retired key versions go as soon as their backups are gone, not only at the next rotation.
    keys.destroyDue();
  }
}
