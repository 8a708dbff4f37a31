package dk.samtalenotat.web.security;

import dk.samtalenotat.tenant.Tenant;
import dk.samtalenotat.tenant.settings.TenantDirectory;
import dk.samtalenotat.web.saml.TenantGate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The accepted organisations of a sign-on, from the database's tenant rows (one indexed read per
 * sign-on, so the operator's onboarding, suspension and resumption hold at once on every node). The
 * property {@code samtalenotat.saml.tenants} only seeds those rows at the first start.
 */
@ApplicationScoped
public class SignOnTenants implements TenantGate {

  @Inject TenantDirectory directory;

  @Override
  public Admission admit(String cvr) {
    return admission(directory.stamp(cvr));
  }

  /** What a tenant row lets its employees do at sign-on; no row means unknown. */
  static Admission admission(Optional<TenantDirectory.Stamp> stamp) {
    if (stamp.isEmpty()) {
      return Admission.UNKNOWN;
    }
    TenantDirectory.Stamp s = stamp.get();
    if (s.kind() == Tenant.Kind.OPERATOR) {
      return Admission.OPERATOR;
    }
    return s.status() == Tenant.Status.ACTIVE ? Admission.MUNICIPALITY : Admission.SUSPENDED;
  }
}
