package dk.samtalenotat.pipeline;

import dk.samtalenotat.retention.Schedules;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Sends the wake-up again for every job that needs it, every {@code
 * samtalenotat.pipeline.recovery-interval}: the node working on it died (its lease ran out), or its
 * message died with its node's broker (nobody took it for {@code unclaimed-after}). The wake-up
 * goes to this node's queue; the job's own checks and its claim make a wake-up too many harmless.
 *
 * <p>Persistent, so that with WildFly's database timer store (wildfly-config/70-timer-store.cli)
 * one node of the cluster runs each tick, and a tick missed while every node was down runs at the
 * next start. The timer is created at start-up from the configured interval, replacing one left
 * from an earlier start with another interval. Two nodes starting at once may each create one; the
 * conditional take-back ({@link JobLeases#takeBack}) keeps two runs from sending a job twice.
 */
@Singleton
@Startup
public class PipelineRecoveryTimer {

  private static final Logger LOG = Logger.getLogger(PipelineRecoveryTimer.class.getName());

  static final String INFO_PREFIX = "samtalenotat-pipeline-recovery:";

  /** Jobs looked at per tick; more wait for the next tick. */
  private static final int BATCH = 200;

  @Resource private TimerService timers;
  @Inject private PipelineSteps steps;
  @Inject private PipelineSettings settings;

  /**
   * Creates the timer, and sends at once the jobs this node held when it died or stopped: their
   * leases end now instead of after their time, so a restarted node picks its own work up again
   * without waiting for the next tick.
   */
  @PostConstruct
  void schedule() {
    try {
      int ended = steps.endOwnLeases();
      if (ended > 0) {
        LOG.info(() -> ended + " pipeline jobs held before this start are sent again");
        recover();
      }
    } catch (RuntimeException e) {
      // The database away at the start must not stop the deployment: the leases then run out and
      // the ticks send the jobs again.
      LOG.warning(() -> "leases held before this start left to run out: " + e);
    }
    long every = settings.recoveryInterval().toMillis();
    String info = INFO_PREFIX + every;
    Schedules.keepOne(
        timers,
        INFO_PREFIX,
        info,
        () -> timers.createIntervalTimer(every, every, new TimerConfig(info, true)));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void recover() {
    int sent = 0;
    for (JobLeases.Due job : steps.dueForRecovery(BATCH)) {
      try {
        if (steps.wakeUpAgain(job)) {
          sent++;
          LOG.warning(
              () ->
                  job.state()
                      + " job of "
                      + job.conversationId()
                      + " had no live worker; its wake-up was sent again");
        }
      } catch (RuntimeException e) {
        // One job's failure must not stop the others; it is due again at the next tick.
        LOG.warning(() -> "job of " + job.conversationId() + " not recovered: " + e);
      }
    }
    if (sent > 0) {
      int n = sent;
      LOG.info(() -> n + " pipeline jobs recovered");
    }
  }
}
