package dk.samtalenotat.users;

import dk.samtalenotat.audit.SecurityEvent.Outcome;
import dk.samtalenotat.audit.SecurityEvents;
import dk.samtalenotat.tenant.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The security log of users that leave: deactivation by an administrator or by the inactivity
 * sweep, and reactivation, each under a stable event id, with how many devices went with it.
 */
@ApplicationScoped
public class UserAudit {

  /** An administrator deactivated a user. */
  public static final String DEACTIVATED = "USER-DEACT-01";

  /** The inactivity sweep deactivated a user not seen at sign-on for the configured period. */
  public static final String DEACTIVATED_INACTIVE = "USER-DEACT-02";

  /** An administrator reactivated a user. */
  public static final String REACTIVATED = "USER-REACT-01";

  static final Logger LOG = Logger.getLogger("dk.samtalenotat.security.users");

  @Inject SecurityEvents events;

  void deactivated(AppUser user, AppUser by, int devices, String remote) {
    write(
        DEACTIVATED,
        Outcome.DEACTIVATED,
        user,
        remote,
        "deactivated by administrator " + by.getUserKey() + "; devices revoked: " + devices);
  }

  void deactivatedForInactivity(AppUser user, Instant cutoff, int devices) {
    write(
        DEACTIVATED_INACTIVE,
        Outcome.DEACTIVATED,
        user,
        null,
        "deactivated: no sign-on since "
            + user.getLastSeenAt()
            + " (before "
            + cutoff
            + "); devices revoked: "
            + devices);
  }

  void reactivated(AppUser user, AppUser by, String remote) {
    write(
        REACTIVATED,
        Outcome.REACTIVATED,
        user,
        remote,
        "reactivated by administrator " + by.getUserKey());
  }

  void keptAsLastAdministrator(AppUser user) {
    LOG.warning(
        () ->
            DEACTIVATED_INACTIVE
                + " not applied: user="
                + user.getUserKey()
                + " cvr="
                + user.getTenant().getCvr()
                + " is the municipality's last active administrator");
  }

  private void write(String eventId, Outcome outcome, AppUser user, String remote, String what) {
    String cvr = user.getTenant().getCvr();
    LOG.info(
        () ->
            eventId
                + " "
                + what
                + " user="
                + user.getUserKey()
                + " cvr="
                + cvr
                + " remote="
                + remote);
    try {
      events.record(eventId, outcome, user.getUserKey(), cvr, remote, what, what);
    } catch (RuntimeException failure) {
      LOG.log(Level.SEVERE, eventId + " could not be stored in the security log", failure);
    }
  }
}
