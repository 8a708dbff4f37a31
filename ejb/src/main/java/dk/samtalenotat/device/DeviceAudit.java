package dk.samtalenotat.device;

import dk.samtalenotat.audit.SecurityEvent.Outcome;
import dk.samtalenotat.audit.SecurityEventThrottle;
import dk.samtalenotat.audit.SecurityEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The security log of device credentials, beside the sign-on events: registration, the first use of
 * a day, revocation and refused tokens, each under a stable event id. The token never appears here,
 * only the device's id and name. Refused tokens pass the {@link SecurityEventThrottle} first, so a
 * flood of bad tokens from one source leaves a burst of rows and then one summary per interval.
 */
@ApplicationScoped
public class DeviceAudit {

  /** A caseworker registered a device. */
  public static final String REGISTERED = "DEVICE-REG-01";

  /** A device's token was used for the first time this day. */
  public static final String USED = "DEVICE-USE-01";

  /** A device was revoked by its owner or an administrator. */
  public static final String REVOKED = "DEVICE-REVOKE-01";

  /** A bearer token was refused: unknown, malformed, expired, revoked, or its owner left. */
  public static final String REFUSED = "DEVICE-AUTH-01";

  static final Logger LOG = Logger.getLogger("dk.samtalenotat.security.device");

  @Inject SecurityEvents events;
  @Inject SecurityEventThrottle throttle;

  void registered(DeviceCredential d, String remote) {
    event(REGISTERED, Outcome.REGISTERED, d, remote, "device registered");
  }

  void used(DeviceCredential d, String remote) {
    event(USED, Outcome.SIGNED_ON, d, remote, "first use today");
  }

  void revoked(DeviceCredential d, String byUserKey, String remote) {
    event(REVOKED, Outcome.REVOKED, d, remote, "revoked by " + byUserKey);
  }

  void refused(DeviceCredential d, String reason, String remote) {
    if (!throttle.admit(
        remote,
        REFUSED,
        d == null ? null : d.getOwner().getUserKey(),
        d == null ? null : d.getTenant().getCvr())) {
      return;
    }
    if (d == null) {
      LOG.warning(() -> REFUSED + " device token refused: " + reason + " remote=" + remote);
      store(REFUSED, Outcome.REFUSED, null, null, remote, reason);
    } else {
      event(REFUSED, Outcome.REFUSED, d, remote, reason);
    }
  }

  private void event(
      String eventId, Outcome outcome, DeviceCredential d, String remote, String what) {
    String detail = what + ": device " + d.getId() + " '" + d.getName() + "'";
    String user = d.getOwner().getUserKey();
    String cvr = d.getTenant().getCvr();
    Level level = outcome == Outcome.REFUSED ? Level.WARNING : Level.INFO;
    LOG.log(
        level,
        "{0} {1} user={2} cvr={3} remote={4}",
        new Object[] {eventId, detail, user, cvr, remote});
    store(eventId, outcome, user, cvr, remote, detail);
  }

  /** The persistent copy for the compliance officer; the log line above stands if this fails. */
  private void store(
      String eventId, Outcome outcome, String userKey, String cvr, String remote, String detail) {
    try {
      events.record(eventId, outcome, userKey, cvr, remote, detail, detail);
    } catch (RuntimeException failure) {
      LOG.log(Level.SEVERE, eventId + " could not be stored in the security log", failure);
    }
  }
}
