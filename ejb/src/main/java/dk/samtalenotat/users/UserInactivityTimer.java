package dk.samtalenotat.users;

import dk.samtalenotat.retention.Schedules;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The persistent timer of the inactivity sweep ({@link InactiveUsers}), created at start-up from
 * {@code samtalenotat.users.inactivity-schedule} (nightly by default) and replaced when the
 * expression changed, as the retention timer is. Persistent, so that with the database timer store
 * one node of a cluster runs each sweep.
 */
@Singleton
@Startup
public class UserInactivityTimer {

  static final String INFO_PREFIX = "samtalenotat-inactivity:";
  static final String KEY = "samtalenotat.users.inactivity-schedule";

  @Resource private TimerService timers;
  @Inject private InactiveUsers inactive;

  @Inject
  @ConfigProperty(name = KEY, defaultValue = "0 20 2 * * *")
  String schedule;

  @PostConstruct
  void schedule() {
    Schedules.keepOneTimer(timers, INFO_PREFIX, KEY, schedule);
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void sweep() {
    inactive.sweep();
  }
}
