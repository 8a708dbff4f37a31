package dk.samtalenotat.web.security;

import dk.samtalenotat.tenant.UserDeactivatedException;
import dk.samtalenotat.tenant.UserRegistry;
import dk.samtalenotat.web.saml.HttpRedirectBinding;
import dk.samtalenotat.web.saml.IdpMetadata;
import dk.samtalenotat.web.saml.LogoutHop;
import dk.samtalenotat.web.saml.ResponseValidator;
import dk.samtalenotat.web.saml.SamlCheck;
import dk.samtalenotat.web.saml.SamlRejectedException;
import dk.samtalenotat.web.saml.SignOnCookie;
import dk.samtalenotat.web.saml.SignOnRequest;
import dk.samtalenotat.web.saml.SignOnThrottle;
import dk.samtalenotat.web.saml.SignedOnEmployee;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.opensaml.saml.saml2.core.AuthnRequest;
import org.opensaml.saml.saml2.core.LogoutRequest;
import org.opensaml.saml.saml2.core.LogoutResponse;
import org.opensaml.saml.saml2.core.Response;

/**
 * The service provider's endpoints: {@code /saml/login} (a signed AuthnRequest by HTTP-Redirect,
 * its ID bound to the browser by the sign-on cookie), {@code /saml/acs} (the Response by HTTP-POST,
 * through the whole checklist), {@code /saml/metadata}, and {@code /saml/logout} for single logout
 * started here (a confirmation page on GET, the sign-out itself only by POST with the session's
 * token) or by the IdP. A refused message ends on a Danish page that names only the event id; the
 * details go to the log.
 */
@WebServlet(urlPatterns = "/saml/*")
public class SamlEndpoints extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SamlEndpoints.class.getName());

  static final String ERROR_PAGE = "/login-fejl.xhtml";
  static final String SIGNED_OUT_PAGE = "/logget-ud.xhtml";
  static final String CONFIRM_SIGN_OUT_PAGE = "/log-ud.xhtml";

  /** The field of the sign-out form that carries the session's token. */
  static final String TOKEN = "token";

  /** The parameter of the GET that follows the IdP's LogoutRequest by HTTP-POST. */
  static final String HOP = "hop";

  @Inject SamlServiceProvider provider;
  @Inject SignInSettings settings;
  @Inject SecurityContext security;
  @Inject UserRegistry users;
  @Inject SignOnAudit audit;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    try {
      switch (path) {
        case "/login" -> login(request, response);
        case "/metadata" -> metadata(response);
        case "/logout" -> logoutGet(request, response);
        default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
      }
    } catch (SamlRejectedException e) {
      refuse(e, request, response);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    try {
      switch (path) {
        case "/acs" -> assertionConsumer(request, response);
        case "/logout" -> logoutPost(request, response);
        default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
      }
    } catch (SamlRejectedException e) {
      refuse(e, request, response);
    }
  }

  private void login(HttpServletRequest request, HttpServletResponse response)
      throws IOException, SamlRejectedException {
    String returnTo = localPath(request.getParameter("returnTo"));
    if (!settings.saml()) {
      response.sendRedirect(request.getContextPath() + "/login.xhtml");
      return;
    }
    if (signedOn(request) != null) {
      response.sendRedirect(request.getContextPath() + returnTo);
      return;
    }
    if (throttled(request, response)) {
      return;
    }
    IdpMetadata idp = provider.idp();
    AuthnRequest authnRequest = provider.authnRequests().build(provider.sp(), idp);
    SignOnCookie cookie = provider.cookie();
    SignOnRequest started =
        cookie.issue(SignOnRequest.Purpose.SIGN_ON, authnRequest.getID(), returnTo);
    URI url = provider.authnRequests().redirectUrl(authnRequest, idp, provider.keys().signing());
    response.addHeader(
        "Set-Cookie", cookie.header(SignOnCookie.with(startedHere(request, cookie), started)));
    noStore(response);
    response.sendRedirect(url.toString());
  }

  private void metadata(HttpServletResponse response) throws IOException, SamlRejectedException {
    byte[] xml = provider.metadataXml().getBytes(StandardCharsets.UTF_8);
    response.setContentType("application/samlmetadata+xml");
    response.setCharacterEncoding("UTF-8");
    response.setContentLength(xml.length);
    response.getOutputStream().write(xml);
  }

  private void assertionConsumer(HttpServletRequest request, HttpServletResponse response)
      throws IOException, SamlRejectedException {
    if (!settings.saml()) {
      throw new SamlRejectedException(SamlCheck.SP_CONFIGURATION, "SAML sign-in is switched off");
    }
    if (throttled(request, response)) {
      return;
    }
    SignOnCookie cookie = provider.cookie();
    List<SignOnRequest> startedHere = startedHere(request, cookie);
    Response samlResponse =
        provider.post().decode(request.getParameter("SAMLResponse"), Response.class);
    LOG.fine(
        () ->
            "SAML Response "
                + samlResponse.getID()
                + " in response to "
                + samlResponse.getInResponseTo());
    ResponseValidator validator = provider.validator();
    SignedOnEmployee employee = validator.validate(samlResponse, provider.idp(), startedHere);
    response.addHeader(
        "Set-Cookie",
        cookie.header(SignOnCookie.without(startedHere, samlResponse.getInResponseTo())));
    try {
      users.signedOn(
          employee.userKey(),
          employee.displayName(),
          employee.team(),
          employee.cvr(),
          employee.orgName(),
          employee.roles());
    } catch (UserDeactivatedException e) {
      // The IdP still knows the employee; this municipality's administrator (or the inactivity
      // sweep) has deactivated them here. Named in the log and tied to the municipality.
      audit.deactivatedRefused(employee, request.getRemoteAddr());
      noStore(response);
      response.sendRedirect(
          request.getContextPath()
              + ERROR_PAGE
              + "?kode="
              + SamlCheck.USER_DEACTIVATED.publicEventId());
      return;
    } catch (EJBException | IllegalStateException e) {
      throw new SamlRejectedException(
          SamlCheck.CVR, "user " + employee.userKey() + " is known under another tenant", e);
    }
    // A fresh session: nothing from before sign-on carries over (session fixation).
    HttpSession old = request.getSession(false);
    if (old != null) {
      old.invalidate();
    }
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new SamlCredential(employee)));
    if (status != AuthenticationStatus.SUCCESS) {
      throw new SamlRejectedException(
          SamlCheck.SP_CONFIGURATION, "the container refused the sign-on: " + status);
    }
    request.changeSessionId();
    audit.signedOn(employee, request.getRemoteAddr());
    noStore(response);
    response.sendRedirect(request.getContextPath() + localPath(employee.returnTo()));
  }

  /**
   * GET {@code /saml/logout}: with a SAMLRequest the IdP ends our session; with a SAMLResponse the
   * IdP confirms our logout; with a hop the IdP's LogoutRequest by HTTP-POST reaches the session;
   * with none of them the user is asked to confirm: a GET never signs anyone out, since any page
   * can make the browser send one.
   */
  private void logoutGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, SamlRejectedException {
    String hop = request.getParameter(HOP);
    if (hop != null) {
      followLogoutHop(hop, request, response);
      return;
    }
    boolean fromIdp =
        request.getParameter("SAMLRequest") != null || request.getParameter("SAMLResponse") != null;
    if (!fromIdp) {
      noStore(response);
      response.sendRedirect(
          request.getContextPath()
              + (signedOn(request) == null ? SIGNED_OUT_PAGE : CONFIRM_SIGN_OUT_PAGE));
      return;
    }
    IdpMetadata idp = provider.idp();
    HttpRedirectBinding.Decoded decoded =
        provider.redirect().decode(request.getQueryString(), idp.signingCertificates());
    if (decoded.message() instanceof LogoutRequest logoutRequest) {
      String nameId = provider.singleLogout().checkRequest(logoutRequest, provider.sp(), idp);
      logoutByIdp(
          logoutRequest.getID(),
          nameId::equals,
          decoded.relayState().orElse(null),
          request,
          response);
    } else if (decoded.message() instanceof LogoutResponse logoutResponse) {
      SignOnCookie cookie = provider.cookie();
      List<SignOnRequest> startedHere = startedHere(request, cookie);
      boolean ok =
          provider.singleLogout().checkResponse(logoutResponse, provider.sp(), idp, startedHere);
      response.addHeader(
          "Set-Cookie",
          cookie.header(SignOnCookie.without(startedHere, logoutResponse.getInResponseTo())));
      audit.signedOff(
          ok ? SignOnAudit.LOGOUT_CONFIRMED : SignOnAudit.LOGOUT_LOCAL,
          "-",
          request.getRemoteAddr());
      response.sendRedirect(request.getContextPath() + SIGNED_OUT_PAGE);
    } else {
      throw new SamlRejectedException(SamlCheck.MALFORMED, "not a logout message");
    }
  }

  /**
   * POST {@code /saml/logout}: the IdP's LogoutRequest by HTTP-POST (signed inside the XML), or the
   * user's sign-out form, which must carry the session's token.
   */
  private void logoutPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, SamlRejectedException {
    if (request.getParameter("SAMLRequest") != null) {
      logoutRequestByPost(request, response);
      return;
    }
    SignedOnSession current = signedOn(request);
    if (current == null) {
      response.sendRedirect(request.getContextPath() + SIGNED_OUT_PAGE);
      return;
    }
    if (!current.tokenMatches(request.getParameter(TOKEN))) {
      // Another site's form, or a page kept from an earlier session: ask the user instead.
      SignOnAudit.LOG.info(
          () ->
              SignOnAudit.LOGOUT_UNCONFIRMED
                  + " sign-out without the session's token not done, user="
                  + current.userKey()
                  + " remote="
                  + request.getRemoteAddr());
      noStore(response);
      response.sendRedirect(request.getContextPath() + CONFIRM_SIGN_OUT_PAGE);
      return;
    }
    signOutHere(current, request, response);
  }

  /**
   * The IdP's LogoutRequest by HTTP-POST. A cross-site POST does not carry the session cookie
   * (SameSite=Lax), so once the request is checked the browser is sent on with 303 to a GET of our
   * own, which does ({@link LogoutHop}).
   */
  private void logoutRequestByPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException, SamlRejectedException {
    IdpMetadata idp = provider.idp();
    LogoutRequest logoutRequest =
        provider.post().decode(request.getParameter("SAMLRequest"), LogoutRequest.class);
    ResponseValidator.verifySignature(logoutRequest, idp.signingCertificates());
    String nameId = provider.singleLogout().checkRequest(logoutRequest, provider.sp(), idp);
    String hop =
        provider
            .logoutHop()
            .seal(logoutRequest.getID(), nameId, request.getParameter("RelayState"));
    noStore(response);
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader(
        "Location",
        request.getContextPath()
            + "/saml/logout?"
            + HOP
            + "="
            + URLEncoder.encode(hop, StandardCharsets.US_ASCII));
  }

  private void followLogoutHop(
      String sealed, HttpServletRequest request, HttpServletResponse response)
      throws IOException, SamlRejectedException {
    LogoutHop hop = provider.logoutHop();
    LogoutHop.Pending pending =
        hop.open(sealed)
            .orElseThrow(
                () ->
                    new SamlRejectedException(
                        SamlCheck.LOGOUT_REQUEST, "the logout hop is altered or expired"));
    if (!provider
        .idpMessages()
        .firstUse("logout-hop " + pending.requestId(), pending.expiresAt())) {
      throw new SamlRejectedException(
          SamlCheck.LOGOUT_REQUEST, "the logout hop was followed already");
    }
    logoutByIdp(
        pending.requestId(),
        nameId -> hop.names(pending, nameId),
        pending.relayState(),
        request,
        response);
  }

  private void logoutByIdp(
      String logoutRequestId,
      Predicate<String> namesUser,
      String relayState,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException, SamlRejectedException {
    IdpMetadata idp = provider.idp();
    SignedOnSession current = signedOn(request);
    String userKey = "-";
    if (current != null && current.nameId() != null && namesUser.test(current.nameId())) {
      userKey = current.userKey();
      endSession(request);
    }
    audit.signedOff(SignOnAudit.LOGOUT_BY_IDP, userKey, request.getRemoteAddr());
    if (idp.singleLogoutResponse().isEmpty()) {
      response.sendRedirect(request.getContextPath() + SIGNED_OUT_PAGE);
      return;
    }
    LogoutResponse answer =
        provider.singleLogout().response(provider.sp(), idp, logoutRequestId, true);
    noStore(response);
    response.sendRedirect(
        provider
            .redirect()
            .encode(answer, idp.singleLogoutResponse().get(), relayState, provider.keys().signing())
            .toString());
  }

  /**
   * The user signs out: the session ends here, and with SAML a signed LogoutRequest goes to the
   * IdP, its ID bound to this browser for the IdP's answer. If the IdP cannot be reached the
   * sign-out here still stands.
   */
  private void signOutHere(
      SignedOnSession current, HttpServletRequest request, HttpServletResponse response)
      throws IOException, SamlRejectedException {
    endSession(request);
    IdpMetadata idp = null;
    if (current.nameId() != null) {
      try {
        idp = provider.idp();
      } catch (SamlRejectedException e) {
        audit.rejected(e, request.getRemoteAddr());
      }
    }
    if (idp == null || idp.singleLogout().isEmpty()) {
      audit.signedOff(SignOnAudit.LOGOUT_LOCAL, current.userKey(), request.getRemoteAddr());
      response.sendRedirect(request.getContextPath() + SIGNED_OUT_PAGE);
      return;
    }
    LogoutRequest logoutRequest =
        provider
            .singleLogout()
            .request(
                provider.sp(),
                idp,
                current.nameId(),
                current.nameIdFormat(),
                current.sessionIndex());
    SignOnCookie cookie = provider.cookie();
    response.addHeader(
        "Set-Cookie",
        cookie.header(
            SignOnCookie.with(
                startedHere(request, cookie),
                cookie.issue(SignOnRequest.Purpose.SIGN_OFF, logoutRequest.getID(), "/"))));
    audit.signedOff(SignOnAudit.LOGOUT_SENT, current.userKey(), request.getRemoteAddr());
    noStore(response);
    response.sendRedirect(
        provider
            .redirect()
            .encode(logoutRequest, idp.singleLogout().get(), null, provider.keys().signing())
            .toString());
  }

  private void endSession(HttpServletRequest request) {
    try {
      request.logout();
    } catch (ServletException e) {
      LOG.fine(() -> "logout: " + e.getMessage());
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  /**
   * Whether the client has started or finished too many sign-ons lately; if so it is sent to the
   * Danish page at once, and the refusals are logged at most once a minute per client.
   */
  private boolean throttled(HttpServletRequest request, HttpServletResponse response)
      throws IOException, SamlRejectedException {
    SignOnThrottle.Verdict verdict = provider.throttle().acquire(request.getRemoteAddr());
    if (verdict.allowed()) {
      return false;
    }
    if (verdict.refusedToReport() > 0) {
      audit.rejected(
          new SamlRejectedException(
              SamlCheck.THROTTLED,
              verdict.refusedToReport() + " refused since this client was last reported"),
          request.getRemoteAddr());
    }
    noStore(response);
    response.sendRedirect(
        request.getContextPath() + ERROR_PAGE + "?kode=" + SamlCheck.THROTTLED.publicEventId());
    return true;
  }

  private void refuse(
      SamlRejectedException e, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    audit.rejected(e, request.getRemoteAddr());
    noStore(response);
    response.sendRedirect(
        request.getContextPath() + ERROR_PAGE + "?kode=" + e.check().publicEventId());
  }

  /** The requests this browser's sign-on cookie names. */
  private static List<SignOnRequest> startedHere(HttpServletRequest request, SignOnCookie cookie) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return List.of();
    }
    for (Cookie c : cookies) {
      if (cookie.name().equals(c.getName())) {
        return cookie.read(c.getValue());
      }
    }
    return List.of();
  }

  private static SignedOnSession signedOn(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null
            && session.getAttribute(SignedOnSession.ATTRIBUTE) instanceof SignedOnSession s
        ? s
        : null;
  }

  /** Only a path on this server; anything else (another host, a scheme) means the start page. */
  static String localPath(String returnTo) {
    if (returnTo == null
        || !returnTo.startsWith("/")
        || returnTo.startsWith("//")
        || returnTo.startsWith("/\\")
        || returnTo.startsWith("/saml/")
        || returnTo.chars().anyMatch(c -> c < 0x20)) {
      return "/";
    }
    return returnTo;
  }

  private static void noStore(HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
  }
}
