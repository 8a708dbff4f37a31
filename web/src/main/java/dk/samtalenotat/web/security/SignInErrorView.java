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
   * Which text to show: {@code noRole}, {@code nsisLevel}, {@code tenant}, {@code deactivated},
   * {@code configuration} or {@code refused}.
   */
  public String getKind() {
    Optional<SamlCheck> check = check();
    if (check.isEmpty()) {
      return "refused";
    }
    if (check.get() == SamlCheck.NO_ROLE) {
      return "noRole";
    }
    if (check.get() == SamlCheck.NSIS_LEVEL) {
      return "nsisLevel";
    }
    if (check.get() == SamlCheck.CVR) {
      return "tenant";
    }
    if (check.get() == SamlCheck.USER_DEACTIVATED) {
      return "deactivated";
    }
    return check.get().fault() == SamlCheck.Fault.CONFIGURATION ? "configuration" : "refused";
  }

  private Optional<SamlCheck> check() {
    return Arrays.stream(SamlCheck.values()).filter(c -> c.eventId().equals(code)).findFirst();
  }
}
