package dk.samtalenotat.installation;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Reads the {@link InstallationSettings} once and refuses a start outside the demo while any of
 * them is unsafe: each problem is one log line with its event id ({@code START-01} to {@code
 * START-06}), all of them at once, and the deployment fails. It runs before every other start-up
 * observer, so the operator sees the whole list rather than the first component that trips over one
 * of them.
 */
@ApplicationScoped
public class StartupGuard {

  private static final Logger LOG = Logger.getLogger(StartupGuard.class.getName());

  @Inject Config config;

  private boolean checked;

  /** The one instance of the settings: every component that needs them injects this. */
  @Produces
  @Singleton
  InstallationSettings settings() {
    try {
      return InstallationSettings.read(
          key -> config.getOptionalValue(key, String.class).filter(v -> !v.isBlank()));
    } catch (IllegalArgumentException e) {
      LOG.severe(() -> "START-00 refused: " + e.getMessage());
      throw new IllegalStateException("Samtalenotat refused to start: " + e.getMessage(), e);
    }
  }

  synchronized void check(
      @Observes
          @Priority(Interceptor.Priority.PLATFORM_BEFORE)
          @Initialized(ApplicationScoped.class)
          Object started,
      InstallationSettings settings) {
    if (checked) {
      return;
    }
    List<InstallationSettings.Problem> problems = settings.problems();
    if (!problems.isEmpty()) {
      problems.forEach(p -> LOG.severe(() -> p.id() + " refused: " + p.message()));
      throw new IllegalStateException(
          "Samtalenotat refused to start: "
              + problems.size()
              + " setting(s) unsafe outside the demo, logged above as "
              + String.join(", ", problems.stream().map(p -> p.id()).distinct().toList())
              + " (README, \"Production defaults\")");
    }
    checked = true;
    if (settings.demo()) {
      LOG.warning(
          "START-10 running as the demo (samtalenotat.demo=true): demo users, a public password"
              + " and the development IdP; never on a server with real data");
    } else {
      LOG.info("START-11 production checks passed");
    }
  }
}
