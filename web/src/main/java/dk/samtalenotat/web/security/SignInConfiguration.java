package dk.samtalenotat.web.security;

import dk.samtalenotat.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's roles. Sign-in itself is {@link SignInMechanism}: SAML through the configured
 * identity provider, or the demo form when {@code samtalenotat.signin=form} in the demo.
 */
@ApplicationScoped
@DeclareRoles({
  Roles.CASEWORKER,
  Roles.TEAM_LEAD,
  Roles.COMPLIANCE,
  Roles.ADMINISTRATOR,
  Roles.OPERATOR
})
public class SignInConfiguration {}
