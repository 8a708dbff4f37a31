package dk.samtalenotat.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samtalenotat.tenant.Tenant;
import dk.samtalenotat.tenant.settings.TenantDirectory;
import dk.samtalenotat.web.saml.TenantGate.Admission;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A sign-on's organisation is admitted by its tenant row, as the row stands now. */
class SignOnTenantsTest {

  private static Optional<TenantDirectory.Stamp> row(Tenant.Kind kind, Tenant.Status status) {
    return Optional.of(new TenantDirectory.Stamp(1, "44444444", "Fjerde", kind, status, 1));
  }

  @Test
  void anActiveMunicipalitySignsOn() {
    assertEquals(
        Admission.MUNICIPALITY,
        SignOnTenants.admission(row(Tenant.Kind.MUNICIPALITY, Tenant.Status.ACTIVE)));
  }

  @Test
  void aSuspendedOrOffboardedMunicipalityIsRefused() {
    assertEquals(
        Admission.SUSPENDED,
        SignOnTenants.admission(row(Tenant.Kind.MUNICIPALITY, Tenant.Status.SUSPENDED)));
    assertEquals(
        Admission.SUSPENDED,
        SignOnTenants.admission(row(Tenant.Kind.MUNICIPALITY, Tenant.Status.OFFBOARDED)));
  }

  @Test
  void anUnknownCvrIsRefused() {
    assertEquals(Admission.UNKNOWN, SignOnTenants.admission(Optional.empty()));
  }

  @Test
  void theOperatorsOrganisationIsTheOperator() {
    assertEquals(
        Admission.OPERATOR,
        SignOnTenants.admission(row(Tenant.Kind.OPERATOR, Tenant.Status.ACTIVE)));
  }

  @Test
  void aSuspendedMunicipalitysUserReadsTheDanishSuspensionText() {
    SignInErrorView view = new SignInErrorView();
    view.setCode("SAML-REJ-41");
    assertEquals("suspended", view.getKind());
  }
}
