package dk.samtalenotat.web.security;

import dk.samtalenotat.security.Roles;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.UserRegistry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Who is signed on, for the page frame; and signing out. */
@Named
@RequestScoped
public class SessionView {

  @Inject SecurityContext security;
  @Inject FacesContext faces;
  @Inject SignInSettings settings;
  @Inject UserRegistry users;
  @Inject SignOnAudit audit;

  private String displayName;

  public boolean isSignedIn() {
    return security.getCallerPrincipal() != null;
  }

  public String getUserKey() {
    return isSignedIn() ? security.getCallerPrincipal().getName() : null;
  }

  /** The signed-on employee's name as the sign-on reported it, for the page frame. */
  public String getDisplayName() {
    if (displayName == null && isSignedIn()) {
      displayName = users.findUser(getUserKey()).map(AppUser::getDisplayName).orElse(getUserKey());
    }
    return displayName;
  }

  public boolean isCaseworker() {
    return security.isCallerInRole(Roles.CASEWORKER);
  }

  public boolean isTeamLead() {
    return security.isCallerInRole(Roles.TEAM_LEAD);
  }

  public boolean isCompliance() {
    return security.isCallerInRole(Roles.COMPLIANCE);
  }

  public boolean isAdministrator() {
    return security.isCallerInRole(Roles.ADMINISTRATOR);
  }

  public void signOut() throws IOException, ServletException {
    ExternalContext ext = faces.getExternalContext();
    if (settings.saml()) {
      // Single logout: the endpoint ends this session and tells the IdP.
      ext.redirect(ext.getRequestContextPath() + "/saml/logout");
      return;
    }
    audit.signedOff(
        SignOnAudit.LOGOUT_LOCAL,
        getUserKey(),
        ((HttpServletRequest) ext.getRequest()).getRemoteAddr());
    ((HttpServletRequest) ext.getRequest()).logout();
    ext.invalidateSession();
    ext.redirect(ext.getRequestContextPath() + "/login.xhtml");
  }
}
