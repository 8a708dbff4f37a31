package dk.samtalenotat.web.security;

import dk.samtalenotat.web.saml.SamlCheck;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Optional;

/** The page a refused sign-on ends on: what happened and what to do, never the details. */
@Named
@RequestScoped
public class SignInErrorView {

  private String code;

  public String getCode() {
    return check().map(SamlCheck::eventId).orElse(null);
  }

  public void setCode(String code) {
    this.code = code;
  }

  /**
   * Which text to show: {@code noRole}, {@code nsisLevel}, {@code tenant}, {@code browser}, {@code
   * throttled}, {@code deactivated}, {@code suspended}, {@code configuration} or {@code refused}.
   */
  public String getKind() {
    Optional<SamlCheck> check = check();
    if (check.isEmpty()) {
      return "refused";
    }
    return switch (check.get()) {
      case NO_ROLE -> "noRole";
      case NSIS_LEVEL -> "nsisLevel";
      case CVR -> "tenant";
      case BROWSER_BINDING -> "browser";
      case THROTTLED -> "throttled";
      case USER_DEACTIVATED -> "deactivated";
      case TENANT_SUSPENDED -> "suspended";
      default -> check.get().fault() == SamlCheck.Fault.CONFIGURATION ? "configuration" : "refused";
    };
  }

  private Optional<SamlCheck> check() {
    return Arrays.stream(SamlCheck.values()).filter(c -> c.eventId().equals(code)).findFirst();
  }
}
