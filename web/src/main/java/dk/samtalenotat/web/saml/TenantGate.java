package dk.samtalenotat.web.saml;

import java.util.Set;

/**
 * Which organisations' employees may sign on, and as what: the municipalities the installation
 * serves (active ones only) and the operator's own organisation, whose employees hold nothing but
 * the operator role. The application asks the database on every sign-on, so a municipality
 * onboarded, suspended or resumed on the operator's screen is let in or refused at once.
 */
@FunctionalInterface
public interface TenantGate {

  /** What an organisation is to the installation at the moment of a sign-on. */
  enum Admission {
    /** An active municipality: its employees sign on with the municipality's roles. */
    MUNICIPALITY,
    /** The operator's own organisation: the operator role only. */
    OPERATOR,
    /** A municipality suspended (or offboarded): nobody of it signs on. */
    SUSPENDED,
    /** Not an organisation of this installation. */
    UNKNOWN
  }

  Admission admit(String cvr);

  /** Municipalities from a fixed list (the {@code samtalenotat.saml.tenants} property). */
  static TenantGate of(Set<String> municipalities) {
    Set<String> copy = Set.copyOf(municipalities);
    return cvr -> copy.contains(cvr) ? Admission.MUNICIPALITY : Admission.UNKNOWN;
  }
}
