package dk.samtalenotat.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The application's readiness checks, each answered by the probe registered under its name. A
 * degraded outcome answers UP (MicroProfile Health knows only UP and DOWN) with {@code state:
 * degraded} and the parts that do not answer in its data, so monitoring can alert on it while the
 * balancer keeps the node: a case system or an engine that does not answer is the same for every
 * node, and taking them all out would stop the documentation that does not need it.
 */
@ApplicationScoped
public class ApplicationReadiness {

  @Inject Probes probes;

  /** The application's database answers a query. */
  @Produces
  @Readiness
  HealthCheck database() {
    return check(Probes.DATABASE);
  }

  /** The broker takes a connection and the pipeline's queue can be browsed. */
  @Produces
  @Readiness
  HealthCheck messaging() {
    return check(Probes.MESSAGING);
  }

  /** The key store opens with its password. */
  @Produces
  @Readiness
  HealthCheck keyStore() {
    return check(Probes.KEY_STORE);
  }

  /** The configured speech and draft engines answer (degraded when a remote one does not). */
  @Produces
  @Readiness
  HealthCheck engines() {
    return check(Probes.ENGINES);
  }

  /** Each active municipality's case system answers (degraded when one does not). */
  @Produces
  @Readiness
  HealthCheck caseSystems() {
    return check(Probes.CASE_SYSTEMS);
  }

  private HealthCheck check(String probe) {
    return () -> response(probe, probes.run(probe));
  }

  /** The MicroProfile Health answer for an outcome. */
  static HealthCheckResponse response(String probe, Outcome outcome) {
    HealthCheckResponseBuilder b =
        HealthCheckResponse.named("samtalenotat-" + probe)
            .status(outcome.ready())
            .withData("state", outcome.status().name().toLowerCase(Locale.ROOT));
    outcome.data().forEach(b::withData);
    return b.build();
  }
}
