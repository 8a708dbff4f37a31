package dk.samtalenotat.web.security;

import dk.samtalenotat.installation.InstallationSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How employees sign in, and how long an idle session lives. */
@ApplicationScoped
public class SignInSettings {

  /** Sign-in through the SAML identity provider (production and, with the dev IdP, the demo). */
  public static final String SAML = "saml";

  /** The application's own form with the demo users; only with {@code samtalenotat.demo=true}. */
  public static final String FORM = "form";

  @Inject
  @ConfigProperty(name = "samtalenotat.session.idle-timeout", defaultValue = "PT30M")
  Duration idleTimeout;

  /** Whether the form is chosen ({@code samtalenotat.signin}) and allowed (the demo). */
  @Inject InstallationSettings installation;

  /** True for SAML; the form is used only when chosen in the demo (elsewhere the start fails). */
  public boolean saml() {
    return !installation.formSignIn();
  }

  public int idleTimeoutSeconds() {
    return (int) Math.max(60, idleTimeout.toSeconds());
  }
}
