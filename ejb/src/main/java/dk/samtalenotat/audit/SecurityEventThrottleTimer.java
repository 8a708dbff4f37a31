package dk.samtalenotat.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Writes the throttle's summaries once per {@code samtalenotat.security-log.throttle.interval}. Not
 * persistent: the throttle's counts live in this node's memory, so every node summarises its own,
 * and what is held back when the node stops is written on the way down.
 */
@Singleton
@Startup
public class SecurityEventThrottleTimer {

  @Resource private TimerService timers;
  @Inject private SecurityEventThrottle throttle;

  @PostConstruct
  void schedule() {
    long every = throttle.interval().toMillis();
    timers.createIntervalTimer(every, every, new TimerConfig(null, false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void summarise() {
    throttle.flush();
  }

  @PreDestroy
  void lastSummary() {
    throttle.flush();
  }
}
