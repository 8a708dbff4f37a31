package dk.samtalenotat.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.IntSupplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes access log entries and security events when their retention period has run out, in small
 * batches of their own transactions (the only way entries ever leave the logs). The periods are a
 * judgement per authority: six months by default for the access log, and the 180 days that
 * NemLog-in asks of sign-on logs.
 */
@Stateless
@PermitAll
public class LogRetention {

  private static final Logger LOG = Logger.getLogger(LogRetention.class.getName());
  private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");
  private static final int BATCH = 500;

  @Inject private AccessLog accessLog;
  @Inject private SecurityEvents securityEvents;

  @Inject
  @ConfigProperty(name = "samtalenotat.access-log.retention", defaultValue = "P6M")
  String accessLogRetention;

  @Inject
  @ConfigProperty(name = "samtalenotat.security-log.retention", defaultValue = "P180D")
  String securityLogRetention;

  /** Purges both logs; called by the retention timer. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void purge() {
    Instant now = Instant.now();
    Instant accessCutoff = cutoff(now, accessLogRetention);
    Instant securityCutoff = cutoff(now, securityLogRetention);
    int entries = drain(() -> accessLog.purgeBefore(accessCutoff, BATCH));
    int events = drain(() -> securityEvents.purgeBefore(securityCutoff, BATCH));
    // A purged conversation's record keeps the citizen's keyed hash only as long as the access log
    // entries that name the citizen by it.
    int forgotten = accessLog.forgetCitizensPurgedBefore(accessCutoff);
    if (forgotten > 0) {
      LOG.info(() -> forgotten + " purged conversation records no longer name their citizen");
    }
    if (entries + events > 0) {
      LOG.info(
          () ->
              "log retention deleted "
                  + entries
                  + " access log entries before "
                  + accessCutoff
                  + " and "
                  + events
                  + " security events before "
                  + securityCutoff);
    }
  }

  static Instant cutoff(Instant now, String period) {
    return ZonedDateTime.ofInstant(now, DENMARK).minus(Period.parse(period)).toInstant();
  }

  private static int drain(IntSupplier batch) {
    int total = 0;
    for (int n = batch.getAsInt(); n > 0; n = batch.getAsInt()) {
      total += n;
    }
    return total;
  }
}
