package dk.samtalenotat.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The installation's {@link RefusalThrottle} of refused sign-on messages, device tokens and
 * receipts: the writers of those events ask {@link #admit} before they log and store one, and
 * {@link SecurityEventThrottleTimer} calls {@link #flush} once per interval to write what was held
 * back as one summary row (and one log line) per source and event id.
 *
 * <p>One per JVM: in a cluster every node throttles and summarises what it receives itself.
 */
@ApplicationScoped
public class SecurityEventThrottle {

  static final Logger LOG = Logger.getLogger("dk.samtalenotat.security");

  @Inject
  @ConfigProperty(name = "samtalenotat.security-log.throttle.burst", defaultValue = "20")
  int burst;

  @Inject
  @ConfigProperty(name = "samtalenotat.security-log.throttle.per-minute", defaultValue = "2")
  double perMinute;

  @Inject
  @ConfigProperty(name = "samtalenotat.security-log.throttle.max-sources", defaultValue = "10000")
  int maxSources;

  @Inject
  @ConfigProperty(name = "samtalenotat.security-log.throttle.interval", defaultValue = "PT1M")
  Duration interval;

  @Inject SecurityEvents events;

  private RefusalThrottle throttle;

  @Inject private dk.samtalenotat.metrics.ApplicationMetrics metrics;

  @PostConstruct
  void init() {
    throttle =
        new RefusalThrottle(
            new RefusalThrottle.Settings(burst, perMinute, maxSources), Clock.systemUTC());
  }

  /** How often the held-back refusals are summarised. */
  public Duration interval() {
    return interval;
  }

  /**
   * Whether a refusal is to be logged and stored now; when not, it is counted for the next summary.
   */
  public boolean admit(String source, String eventId, String userKey, String tenantCvr) {
    metrics.refused(eventId);
    return throttle.admit(source, eventId, userKey, tenantCvr);
  }

  /** Writes one summary row and log line per source and event id held back since the last call. */
  public void flush() {
    List<RefusalThrottle.Suppressed> held = throttle.drain();
    for (RefusalThrottle.Suppressed s : held) {
      String summary = summary(s);
      LOG.warning(
          () -> s.eventId() + " " + summary + " source=" + s.source() + " cvr=" + s.tenantCvr());
      try {
        events.record(
            s.eventId(),
            SecurityEvent.Outcome.SUPPRESSED,
            s.userKey(),
            s.tenantCvr(),
            s.source(),
            summary,
            summary + " from " + s.source(),
            s.last());
      } catch (RuntimeException failure) {
        LOG.log(Level.SEVERE, s.eventId() + " summary could not be stored", failure);
      }
    }
  }

  /** The summary row's text: how many, and between when. */
  static String summary(RefusalThrottle.Suppressed s) {
    return s.count()
        + " further refusals suppressed between "
        + s.first()
        + " and "
        + s.last()
        + (RefusalThrottle.MANY_SOURCES.equals(s.source()) ? " (from many sources)" : "");
  }
}
