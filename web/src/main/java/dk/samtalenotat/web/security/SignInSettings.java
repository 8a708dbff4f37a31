package dk.samtalenotat.web.security;

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
  @ConfigProperty(name = "samtalenotat.signin", defaultValue = SAML)
  String mode;

  @Inject
  @ConfigProperty(name = "samtalenotat.session.idle-timeout", defaultValue = "PT30M")
  Duration idleTimeout;

  @Inject
  @ConfigProperty(name = "samtalenotat.demo", defaultValue = "false")
  boolean demo;

  /** True for SAML; the form is used only when chosen and the demo is on. */
  public boolean saml() {
    return !(FORM.equalsIgnoreCase(mode.strip()) && demo);
  }

  public int idleTimeoutSeconds() {
    return (int) Math.max(60, idleTimeout.toSeconds());
  }
}
