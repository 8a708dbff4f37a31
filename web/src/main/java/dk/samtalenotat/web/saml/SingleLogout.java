package dk.samtalenotat.web.saml;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.opensaml.saml.common.SAMLVersion;
import org.opensaml.saml.saml2.core.Issuer;
import org.opensaml.saml.saml2.core.LogoutRequest;
import org.opensaml.saml.saml2.core.LogoutResponse;
import org.opensaml.saml.saml2.core.NameID;
import org.opensaml.saml.saml2.core.SessionIndex;
import org.opensaml.saml.saml2.core.Status;
import org.opensaml.saml.saml2.core.StatusCode;

/**
 * Single logout messages (saml-profiles-2.0 §4.4): our LogoutRequest when the user signs out here,
 * our LogoutResponse when the IdP asks us to end a session, and the checks on what the IdP sends.
 * Signatures travel in the HTTP-Redirect query string ({@link HttpRedirectBinding}), which verifies
 * them before these checks run.
 */
public final class SingleLogout {

  private final SamlEnvironment saml;
  private final ReplayStore answeredRequests;
  private final ReplayStore idpMessages;
  private final Clock clock;

  /**
   * @param answeredRequests the IDs of our requests already answered, shared with the sign-on
   *     checks
   * @param idpMessages the IDs of the IdP's messages already used, shared with the sign-on checks
   */
  public SingleLogout(
      SamlEnvironment saml, ReplayStore answeredRequests, ReplayStore idpMessages, Clock clock) {
    this.saml = saml;
    this.answeredRequests = answeredRequests;
    this.idpMessages = idpMessages;
    this.clock = clock;
  }

  /**
   * A LogoutRequest for the session the assertion opened. The caller binds its ID to the browser
   * ({@link SignOnCookie}), where the IdP's LogoutResponse must find it.
   */
  public LogoutRequest request(
      SpConfiguration sp,
      IdpMetadata idp,
      String nameIdValue,
      String nameIdFormat,
      String sessionIndex) {
    LogoutRequest request = saml.build(LogoutRequest.DEFAULT_ELEMENT_NAME);
    request.setID(AuthnRequestFactory.newId());
    request.setVersion(SAMLVersion.VERSION_20);
    request.setIssueInstant(clock.instant());
    request.setDestination(idp.singleLogout().map(Object::toString).orElse(null));
    request.setIssuer(issuer(sp.entityId()));
    NameID nameId = saml.build(NameID.DEFAULT_ELEMENT_NAME);
    nameId.setValue(nameIdValue);
    nameId.setFormat(nameIdFormat);
    request.setNameID(nameId);
    if (sessionIndex != null) {
      SessionIndex index = saml.build(SessionIndex.DEFAULT_ELEMENT_NAME);
      index.setValue(sessionIndex);
      request.getSessionIndexes().add(index);
    }
    return request;
  }

  /** Our answer to the IdP's LogoutRequest. */
  public LogoutResponse response(
      SpConfiguration sp, IdpMetadata idp, String inResponseTo, boolean success) {
    LogoutResponse response = saml.build(LogoutResponse.DEFAULT_ELEMENT_NAME);
    response.setID(AuthnRequestFactory.newId());
    response.setVersion(SAMLVersion.VERSION_20);
    response.setIssueInstant(clock.instant());
    response.setInResponseTo(inResponseTo);
    response.setDestination(idp.singleLogoutResponse().map(Object::toString).orElse(null));
    response.setIssuer(issuer(sp.entityId()));
    Status status = saml.build(Status.DEFAULT_ELEMENT_NAME);
    StatusCode code = saml.build(StatusCode.DEFAULT_ELEMENT_NAME);
    code.setValue(success ? StatusCode.SUCCESS : StatusCode.RESPONDER);
    status.setStatusCode(code);
    response.setStatus(status);
    return response;
  }

  /**
   * Checks a LogoutRequest from the IdP (already signature-verified by the binding): issuer,
   * destination, lifetime, a NameID, and that it was not used before.
   *
   * @return the NameID value whose sessions are to end
   */
  public String checkRequest(LogoutRequest request, SpConfiguration sp, IdpMetadata idp)
      throws SamlRejectedException {
    Instant now = clock.instant();
    if (request.getIssuer() == null || !idp.entityId().equals(request.getIssuer().getValue())) {
      throw new SamlRejectedException(SamlCheck.LOGOUT_REQUEST, "Issuer");
    }
    if (request.getDestination() != null
        && !sp.sloUrl().toString().equals(request.getDestination())) {
      throw new SamlRejectedException(
          SamlCheck.LOGOUT_REQUEST, "Destination " + request.getDestination());
    }
    Instant issuedAt = request.getIssueInstant();
    if (issuedAt == null
        || issuedAt.isAfter(now.plus(sp.clockSkew()))
        || issuedAt.isBefore(now.minus(sp.clockSkew()))) {
      throw new SamlRejectedException(SamlCheck.LOGOUT_REQUEST, "IssueInstant " + issuedAt);
    }
    if (request.getNotOnOrAfter() != null
        && !now.minus(sp.clockSkew()).isBefore(request.getNotOnOrAfter())) {
      throw new SamlRejectedException(SamlCheck.LOGOUT_REQUEST, "expired");
    }
    if (request.getNameID() == null || request.getNameID().getValue() == null) {
      throw new SamlRejectedException(SamlCheck.LOGOUT_REQUEST, "no NameID");
    }
    if (request.getID() == null
        || !idpMessages.firstUse(
            "logout-request " + request.getID(), issuedAt.plus(sp.clockSkew()).plusSeconds(1))) {
      throw new SamlRejectedException(
          SamlCheck.LOGOUT_REQUEST, "LogoutRequest " + request.getID() + " was used already");
    }
    return request.getNameID().getValue();
  }

  /**
   * Checks the IdP's answer to our LogoutRequest (already signature-verified by the binding): it
   * must answer a LogoutRequest this browser sent, once.
   *
   * @param startedHere the requests the browser's sign-on cookie names
   * @return whether the IdP reports success
   */
  public boolean checkResponse(
      LogoutResponse response, SpConfiguration sp, IdpMetadata idp, List<SignOnRequest> startedHere)
      throws SamlRejectedException {
    if (response.getIssuer() == null || !idp.entityId().equals(response.getIssuer().getValue())) {
      throw new SamlRejectedException(SamlCheck.LOGOUT_RESPONSE, "Issuer");
    }
    if (response.getDestination() != null
        && !sp.sloUrl().toString().equals(response.getDestination())) {
      throw new SamlRejectedException(SamlCheck.LOGOUT_RESPONSE, "Destination");
    }
    String inResponseTo = response.getInResponseTo();
    SignOnRequest request =
        startedHere.stream()
            .filter(r -> r.purpose() == SignOnRequest.Purpose.SIGN_OFF)
            .filter(r -> r.id().equals(inResponseTo))
            .findFirst()
            .orElseThrow(
                () ->
                    new SamlRejectedException(
                        SamlCheck.LOGOUT_RESPONSE,
                        "InResponseTo " + inResponseTo + " was not sent from this browser"));
    if (!answeredRequests.firstUse(request.id(), request.expiresAt())) {
      throw new SamlRejectedException(
          SamlCheck.LOGOUT_RESPONSE, "InResponseTo " + inResponseTo + " was answered already");
    }
    return response.getStatus() != null
        && response.getStatus().getStatusCode() != null
        && StatusCode.SUCCESS.equals(response.getStatus().getStatusCode().getValue());
  }

  private Issuer issuer(String value) {
    Issuer issuer = saml.build(Issuer.DEFAULT_ELEMENT_NAME);
    issuer.setValue(value);
    return issuer;
  }
}
