package dk.samtalenotat.web.security;

import dk.samtalenotat.installation.InstallationSettings;
import dk.samtalenotat.security.DemoUsers;
import dk.samtalenotat.tenant.UserRegistry;
import dk.samtalenotat.web.saml.TenantGate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.logging.Logger;

/**
 * The demo users ({@link DemoUsers}), accepted only when {@code samtalenotat.demo=true}. In any
 * other configuration this store validates nobody.
 */
@ApplicationScoped
public class DemoIdentityStore implements IdentityStore {

  private static final Logger LOG = Logger.getLogger(DemoIdentityStore.class.getName());

  @Inject InstallationSettings installation;

  @Inject UserRegistry users;
  @Inject SignOnTenants tenants;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!installation.demo() || !(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    var user =
        DemoUsers.find(login.getCaller())
            .filter(u -> login.getPassword().compareTo(DemoUsers.PASSWORD));
    if (user.isEmpty()) {
      LOG.info(() -> "demo sign-in refused for '" + login.getCaller() + "'");
      return CredentialValidationResult.INVALID_RESULT;
    }
    var u = user.get();
    TenantGate.Admission admission = tenants.admit(u.tenantCvr());
    if (admission != TenantGate.Admission.MUNICIPALITY
        && admission != TenantGate.Admission.OPERATOR) {
      // As at a SAML sign-on: a suspended or unknown municipality's employees stay out.
      LOG.info(() -> "demo sign-in of " + u.login() + " refused: municipality " + admission);
      return CredentialValidationResult.INVALID_RESULT;
    }
    users.signedOn(
        u.userKey(),
        u.displayName(),
        u.team(),
        u.tenantCvr(),
        DemoUsers.tenantName(u.tenantCvr()),
        u.roles());
    LOG.info(() -> "demo sign-in of " + u.login());
    return new CredentialValidationResult(u.userKey(), u.roles());
  }
}
