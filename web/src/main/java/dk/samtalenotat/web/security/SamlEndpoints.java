package dk.samtalenotat.web.security;

import dk.samtalenotat.tenant.UserDeactivatedException;
import dk.samtalenotat.tenant.UserRegistry;
import dk.samtalenotat.web.saml.HttpRedirectBinding;
import dk.samtalenotat.web.saml.IdpMetadata;
import dk.samtalenotat.web.saml.ResponseValidator;
import dk.samtalenotat.web.saml.SamlCheck;
import dk.samtalenotat.web.saml.SamlRejectedException;
import dk.samtalenotat.web.saml.SignedOnEmployee;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.opensaml.saml.saml2.core.LogoutRequest;
import org.opensaml.saml.saml2.core.LogoutResponse;
import org.opensaml.saml.saml2.core.Response;

/**
 * The service provider's endpoints: {@code /saml/login} (a signed AuthnRequest by HTTP-Redirect),
 * {@code /saml/acs} (the Response by HTTP-POST, through the whole checklist), {@code
 * /saml/metadata}, and {@code /saml/logout} for single logout started here or by the IdP. A refused
 * message ends on a Danish page that names only the event id; the details go to the log.
 */
@WebServlet(urlPatterns = "/saml/*")
public class SamlEndpoints extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SamlEndpoints.class.getName());

  static final String ERROR_PAGE = "/login-fejl.xhtml";
  static final String SIGNED_OUT_PAGE = "/logget-ud.xhtml";

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
        case "/logout" -> logoutRedirectBinding(request, response);
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
        case "/logout" -> logoutPostBinding(request, response);
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
    URI url =
        provider
            .authnRequests()
            .redirectUrl(provider.sp(), provider.idp(), provider.keys().signing(), returnTo);
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
    Response samlResponse =
        provider.post().decode(request.getParameter("SAMLResponse"), Response.class);
    LOG.fine(
        () ->
            "SAML Response "
                + samlResponse.getID()
                + " in response to "
                + samlResponse.getInResponseTo());
    ResponseValidator validator = provider.validator();
    SignedOnEmployee employee = validator.validate(samlResponse, provider.idp());
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
   * IdP confirms our logout; without either the user signs out here.
   */
  private void logoutRedirectBinding(HttpServletRequest request, HttpServletResponse response)
      throws IOException, SamlRejectedException {
    boolean fromIdp =
        request.getParameter("SAMLRequest") != null || request.getParameter("SAMLResponse") != null;
    if (!fromIdp) {
      signOutHere(request, response);
      return;
    }
    IdpMetadata idp = provider.idp();
    HttpRedirectBinding.Decoded decoded =
        provider.redirect().decode(request.getQueryString(), idp.signingCertificates());
    if (decoded.message() instanceof LogoutRequest logoutRequest) {
      logoutByIdp(logoutRequest, decoded.relayState().orElse(null), request, response);
    } else if (decoded.message() instanceof LogoutResponse logoutResponse) {
      boolean ok = provider.singleLogout().checkResponse(logoutResponse, provider.sp(), idp);
      audit.signedOff(
          ok ? SignOnAudit.LOGOUT_CONFIRMED : SignOnAudit.LOGOUT_LOCAL,
          "-",
          request.getRemoteAddr());
      response.sendRedirect(request.getContextPath() + SIGNED_OUT_PAGE);
    } else {
      throw new SamlRejectedException(SamlCheck.MALFORMED, "not a logout message");
    }
  }

  /** POST {@code /saml/logout}: the IdP's LogoutRequest by HTTP-POST, signed inside the XML. */
  private void logoutPostBinding(HttpServletRequest request, HttpServletResponse response)
      throws IOException, SamlRejectedException {
    IdpMetadata idp = provider.idp();
    LogoutRequest logoutRequest =
        provider.post().decode(request.getParameter("SAMLRequest"), LogoutRequest.class);
    ResponseValidator.verifySignature(logoutRequest, idp.signingCertificates());
    logoutByIdp(logoutRequest, request.getParameter("RelayState"), request, response);
  }

  private void logoutByIdp(
      LogoutRequest logoutRequest,
      String relayState,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException, SamlRejectedException {
    IdpMetadata idp = provider.idp();
    String nameId = provider.singleLogout().checkRequest(logoutRequest, provider.sp(), idp);
    SignedOnSession current = signedOn(request);
    String userKey = "-";
    if (current != null && nameId.equals(current.nameId())) {
      userKey = current.userKey();
      endSession(request);
    }
    audit.signedOff(SignOnAudit.LOGOUT_BY_IDP, userKey, request.getRemoteAddr());
    if (idp.singleLogoutResponse().isEmpty()) {
      response.sendRedirect(request.getContextPath() + SIGNED_OUT_PAGE);
      return;
    }
    LogoutResponse answer =
        provider.singleLogout().response(provider.sp(), idp, logoutRequest.getID(), true);
    noStore(response);
    response.sendRedirect(
        provider
            .redirect()
            .encode(answer, idp.singleLogoutResponse().get(), relayState, provider.keys().signing())
            .toString());
  }

  private void signOutHere(HttpServletRequest request, HttpServletResponse response)
      throws IOException, SamlRejectedException {
    SignedOnSession current = signedOn(request);
    endSession(request);
    if (current == null) {
      response.sendRedirect(request.getContextPath() + SIGNED_OUT_PAGE);
      return;
    }
    IdpMetadata idp = current.nameId() == null ? null : provider.idp();
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

  private void refuse(
      SamlRejectedException e, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    audit.rejected(e, request.getRemoteAddr());
    noStore(response);
    response.sendRedirect(
        request.getContextPath() + ERROR_PAGE + "?kode=" + e.check().publicEventId());
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
