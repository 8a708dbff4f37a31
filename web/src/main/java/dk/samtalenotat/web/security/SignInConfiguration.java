package dk.samtalenotat.web.security;

import dk.samtalenotat.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Sign-in through the application's own sign-in page. The SAML service provider of the sign-on
 * issue replaces this mechanism; the roles and the EJB security stay as they are.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Roles.CASEWORKER, Roles.TEAM_LEAD, Roles.COMPLIANCE, Roles.ADMINISTRATOR})
public class SignInConfiguration {}
