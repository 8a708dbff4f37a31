package dk.samtalenotat.web.security;

import dk.samtalenotat.security.Roles;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.UserRegistry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpSession;

/** Who is signed on, for the page frame, and the token of its sign-out form. */
@Named
@RequestScoped
public class SessionView {

  @Inject SecurityContext security;
  @Inject FacesContext faces;
  @Inject UserRegistry users;

  private String displayName;

  /**
   * Whether an employee is signed on in this session. The caller principal alone does not say so:
   * on an open page (the signed-out page) the server names an unauthenticated caller "anonymous".
   */
  public boolean isSignedIn() {
    return security.getCallerPrincipal() != null && getCsrfToken() != null;
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

  /**
   * The session's token for the sign-out form, which posts to {@code /saml/logout}: a sign-out
   * without it is not done (another site could otherwise sign the user out).
   */
  public String getCsrfToken() {
    Object session = faces.getExternalContext().getSession(false);
    return session instanceof HttpSession s
            && s.getAttribute(SignedOnSession.ATTRIBUTE) instanceof SignedOnSession signedOn
        ? signedOn.csrfToken()
        : null;
  }
}
