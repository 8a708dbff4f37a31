package dk.samtalenotat.web.security;

import dk.samtalenotat.tenant.UserRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * The one authentication mechanism of the application. A sign-on accepted by the SAML checklist
 * ({@link SamlCredential}, from {@code /saml/acs}) or, in the demo with {@code
 * samtalenotat.signin=form}, a valid demo user's password becomes a session; every later request of
 * that session carries the caller and their roles to the container, so {@code @RolesAllowed} holds
 * in the EJBs. A dictation device's bearer token ({@link DeviceBearer}) makes its caseworker the
 * caller of one ingest API request, without a session. An anonymous request for a protected page is
 * sent to sign in.
 *
 * <p>Every request of a session asks whether its user is still active: a user the municipality's
 * administrator (or the inactivity sweep) deactivated loses the session at the next request, on any
 * node of a cluster, since the flag lives in the database.
 *
 * <p>The caller principal's name is the user key that {@code UserRegistry} knows the employee by.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

  @Inject IdentityStoreHandler identityStores;
  @Inject SignInSettings settings;
  @Inject DeviceBearer devices;
  @Inject UserRegistry users;

  private static final Logger LOG = Logger.getLogger(SignInMechanism.class.getName());

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential =
        context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
    if (credential instanceof SamlCredential saml) {
      var e = saml.employee();
      startSession(
          request,
          new SignedOnSession(
              e.userKey(), e.roles(), e.nameId(), e.nameIdFormat(), e.sessionIndex()));
      return context.notifyContainerAboutLogin(e.userKey(), e.roles());
    }
    if (credential instanceof UsernamePasswordCredential) {
      if (settings.saml()) {
        return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
      }
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        startSession(
            request,
            new SignedOnSession(
                result.getCallerPrincipal().getName(), result.getCallerGroups(), null, null, null));
      }
      return context.notifyContainerAboutLogin(result);
    }
    // A bearer token decides alone: it never falls back on a session the request also carries.
    var bearer = DeviceBearer.token(request.getHeader("Authorization"));
    if (bearer.isPresent()) {
      return devices.validate(bearer.get(), request, response, context);
    }
    HttpSession session = request.getSession(false);
    if (session != null
        && session.getAttribute(SignedOnSession.ATTRIBUTE) instanceof SignedOnSession s) {
      if (users.isActive(s.userKey())) {
        return context.notifyContainerAboutLogin(s.userKey(), s.roles());
      }
      // Deactivated since sign-on: the session ends here, on whichever node the request reached.
      session.invalidate();
      LOG.info(() -> "session of deactivated user " + s.userKey() + " ended");
    }
    if (context.isProtected()) {
      if (request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null) {
        // The redirect is sent at once; closing the connection spares reading the unread body to
        // its end to keep the connection open (RequestSizeFilter never sees this request).
        response.setHeader("Connection", "close");
      }
      return context.redirect(request.getContextPath() + signInPath(request));
    }
    return context.doNothing();
  }

  private String signInPath(HttpServletRequest request) {
    if (!settings.saml()) {
      return "/login.xhtml";
    }
    String target = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null && "GET".equals(request.getMethod())) {
      target += "?" + request.getQueryString();
    }
    return "/saml/login?returnTo=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
  }

  private void startSession(HttpServletRequest request, SignedOnSession signedOn) {
    HttpSession session = request.getSession(true);
    session.setAttribute(SignedOnSession.ATTRIBUTE, signedOn);
    session.setMaxInactiveInterval(settings.idleTimeoutSeconds());
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SignedOnSession.ATTRIBUTE);
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }
}
