package dk.samtalenotat.web.accessibility;

import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.UserRegistry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The accessibility statement's contact for reporting a problem, from configuration: the signed-on
 * employee's municipality's own ({@code samtalenotat.accessibility.tenant.<CVR>.<name>}), else the
 * installation's ({@code samtalenotat.accessibility.<name>}), for {@code organisation}, {@code
 * email}, {@code phone} and {@code url} (the municipality's published statement). The page is open
 * to anyone, signed on or not.
 */
@Named
@RequestScoped
public class AccessibilityStatementView {

  static final String PREFIX = "samtalenotat.accessibility.";

  @Inject Config config;
  @Inject SecurityContext security;
  @Inject UserRegistry users;

  private String cvr;
  private String tenantName;
  private boolean looked;

  public String getOrganisation() {
    return value("organisation").orElseGet(this::tenantName);
  }

  public String getEmail() {
    return value("email").orElse(null);
  }

  public String getPhone() {
    return value("phone").orElse(null);
  }

  public String getUrl() {
    return value("url").filter(u -> u.startsWith("https://")).orElse(null);
  }

  /** Whether a way to report a problem is configured. */
  public boolean isContactKnown() {
    return getEmail() != null || getPhone() != null;
  }

  private Optional<String> value(String name) {
    signedOnTenant();
    Optional<String> own =
        cvr == null
            ? Optional.empty()
            : nonBlank(
                config.getOptionalValue(PREFIX + "tenant." + cvr + "." + name, String.class));
    return own.isPresent() ? own : nonBlank(config.getOptionalValue(PREFIX + name, String.class));
  }

  private String tenantName() {
    signedOnTenant();
    return tenantName;
  }

  private void signedOnTenant() {
    if (looked) {
      return;
    }
    looked = true;
    if (security.getCallerPrincipal() == null) {
      return;
    }
    users
        .findUser(security.getCallerPrincipal().getName())
        .map(AppUser::getTenant)
        .ifPresent(
            t -> {
              cvr = t.getCvr();
              tenantName = t.getName();
            });
  }

  private static Optional<String> nonBlank(Optional<String> v) {
    return v.map(String::strip).filter(s -> !s.isEmpty());
  }
}
