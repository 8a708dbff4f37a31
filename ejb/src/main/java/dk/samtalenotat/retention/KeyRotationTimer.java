package dk.samtalenotat.retention;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The persistent timer that rotates every tenant's key-encryption key, by default at 02:30 on the
 * first day of each month ({@code samtalenotat.crypto.rotation.schedule}, six EJB calendar fields
 * as for the retention sweep). Created at start-up from configuration, replacing one left from an
 * earlier start with another expression; persistent, so that with the database timer store one node
 * of a cluster runs it.
 */
@Singleton
@Startup
public class KeyRotationTimer {

  static final String INFO_PREFIX = "samtalenotat-key-rotation:";
  static final String SCHEDULE_KEY = "samtalenotat.crypto.rotation.schedule";
  static final String DEFAULT_SCHEDULE = "0 30 2 1 * *";

  @Resource private TimerService timers;
  @EJB private KeyRotationService rotation;

  @Inject
  @ConfigProperty(name = SCHEDULE_KEY, defaultValue = DEFAULT_SCHEDULE)
  String schedule;

  @PostConstruct
  void schedule() {
    Schedules.keepOneTimer(timers, INFO_PREFIX, SCHEDULE_KEY, schedule);
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void rotate() {
    rotation.rotateAll();
  }

  /** When the timer runs next, or null when it is not scheduled. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Instant nextRotation() {
    for (Timer t : timers.getTimers()) {
      if (t.getInfo() instanceof String s && s.startsWith(INFO_PREFIX)) {
        return t.getNextTimeout().toInstant();
      }
    }
    return null;
  }

  /** The schedule as configured. */
  public String configuredSchedule() {
    return schedule.strip();
  }
}
