package dk.samtalenotat.web.security;

import dk.samtalenotat.audit.SecurityEvent.Outcome;
import dk.samtalenotat.audit.SecurityEventThrottle;
import dk.samtalenotat.audit.SecurityEvents;
import dk.samtalenotat.web.saml.SamlCheck;
import dk.samtalenotat.web.saml.SamlRejectedException;
import dk.samtalenotat.web.saml.SignedOnEmployee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The security log of sign-on: every sign-on, sign-off and refused message, each line led by a
 * stable event id. Refusals the IdP or user caused are warnings; failures of our own configuration
 * are severe. Refusals pass the {@link SecurityEventThrottle} first: a flood of bad messages from
 * one source leaves a burst of lines and rows, then one summary per interval.
 */
@ApplicationScoped
public class SignOnAudit {

  /** A SAML sign-on accepted. */
  public static final String SAML_LOGIN = "SAML-LOGIN-01";

  /** A demo form sign-on accepted. */
  public static final String FORM_LOGIN = "FORM-LOGIN-01";

  /** The user signed out here; a LogoutRequest went to the IdP. */
  public static final String LOGOUT_SENT = "SAML-LOGOUT-01";

  /** The IdP asked us to end the user's session (IdP-initiated single logout). */
  public static final String LOGOUT_BY_IDP = "SAML-LOGOUT-02";

  /** The IdP confirmed our LogoutRequest. */
  public static final String LOGOUT_CONFIRMED = "SAML-LOGOUT-03";

  /** The user signed out here only: a form session, or an IdP without single logout. */
  public static final String LOGOUT_LOCAL = "SAML-LOGOUT-04";

  /** A sign-out request without the session's token: not done, the user is asked to confirm. */
  public static final String LOGOUT_UNCONFIRMED = "SAML-LOGOUT-05";

  static final Logger LOG = Logger.getLogger("dk.samtalenotat.security.signon");

  @Inject SecurityEvents events;
  @Inject SecurityEventThrottle throttle;

  public void signedOn(SignedOnEmployee e, String remote) {
    LOG.info(
        () ->
            SAML_LOGIN
                + " sign-on user="
                + e.userKey()
                + " cvr="
                + e.cvr()
                + " nsis="
                + e.level().value()
                + " roles="
                + e.roles()
                + " remote="
                + remote);
    store(
        SAML_LOGIN,
        Outcome.SIGNED_ON,
        e.userKey(),
        e.cvr(),
        remote,
        "nsis=" + e.level().value() + " roles=" + e.roles());
  }

  /** A deactivated user's sign-on, refused although the IdP accepted them. */
  public void deactivatedRefused(SignedOnEmployee e, String remote) {
    String eventId = SamlCheck.USER_DEACTIVATED.eventId();
    if (!throttle.admit(remote, eventId, e.userKey(), e.cvr())) {
      return;
    }
    LOG.warning(
        () ->
            eventId
                + " sign-on refused: the user is deactivated user="
                + e.userKey()
                + " cvr="
                + e.cvr()
                + " remote="
                + remote);
    store(
        eventId, Outcome.REFUSED, e.userKey(), e.cvr(), remote, SamlCheck.USER_DEACTIVATED.rule());
  }

  public void formSignOn(String userKey, String remote) {
    LOG.info(() -> FORM_LOGIN + " demo form sign-on user=" + userKey + " remote=" + remote);
    store(FORM_LOGIN, Outcome.SIGNED_ON, userKey, null, remote, "demo form");
  }

  public void rejected(SamlRejectedException e, String remote) {
    if (!throttle.admit(remote, e.check().eventId(), null, null)) {
      return;
    }
    Level level = e.check().fault() == SamlCheck.Fault.CONFIGURATION ? Level.SEVERE : Level.WARNING;
    // The message starts with the event id.
    LOG.log(
        level,
        "{0} [refused, fault: {1}] remote={2}",
        new Object[] {e.getMessage(), e.check().fault(), remote});
    // The compliance officer's summary is the rule in words; the message, which may carry what
    // the sender put into the refused message, stays in the detail and the log.
    store(
        e.check().eventId(),
        Outcome.REFUSED,
        null,
        null,
        remote,
        e.check().rule(),
        e.getMessage() + " [fault: " + e.check().fault() + "]");
  }

  public void signedOff(String eventId, String userKey, String remote) {
    LOG.info(() -> eventId + " sign-off user=" + userKey + " remote=" + remote);
    store(eventId, Outcome.SIGNED_OFF, "-".equals(userKey) ? null : userKey, null, remote, null);
  }

  /** The persistent copy for the compliance officer; the log line above stands if this fails. */
  private void store(
      String eventId, Outcome outcome, String userKey, String cvr, String remote, String detail) {
    store(eventId, outcome, userKey, cvr, remote, detail, detail);
  }

  private void store(
      String eventId,
      Outcome outcome,
      String userKey,
      String cvr,
      String remote,
      String summary,
      String detail) {
    try {
      events.record(eventId, outcome, userKey, cvr, remote, summary, detail);
    } catch (RuntimeException failure) {
      LOG.log(Level.SEVERE, eventId + " could not be stored in the security log", failure);
    }
  }
}
