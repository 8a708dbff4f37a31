package dk.samtalenotat.demosbsys.app;

import dk.samtalenotat.demosbsys.SbsysCaseSystem;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo case system's one instance: the demo municipality's cases, the notes it received (in
 * memory: a restart forgets them, as the demo's case system needs nothing more), and the public
 * demo credentials that {@code bin/run} gives the application.
 */
@ApplicationScoped
public class DemoCaseSystem {

  private static final Logger LOG = Logger.getLogger(DemoCaseSystem.class.getName());

  /**
   * The credentials the demo municipality's SBSYS adapter presents; public on purpose, like the
   * demo users' password.
   */
  public static final SbsysCaseSystem.Credentials CREDENTIALS =
      new SbsysCaseSystem.Credentials("samtalenotat-demo", "demo", "samtalenotat-demo", "demo");

  /**
   * A case system that takes notes for invented citizens must refuse to run on a server that is not
   * the demo's, even if the war was copied there by mistake.
   */
  @Inject
  @ConfigProperty(name = "samtalenotat.demo", defaultValue = "false")
  boolean demo;

  private SbsysCaseSystem sbsys;

  /** Starts with the deployment, so that a server that is not the demo refuses it at once. */
  void startWithTheDeployment(@Observes @Initialized(ApplicationScoped.class) Object started) {
    LOG.fine(() -> "demo case system started with " + sbsys.cases().size() + " cases");
  }

  @PostConstruct
  void init() {
    if (!demo) {
      LOG.severe(
          "START-08 refused: demo-sbsys.war is deployed on a server that is not the demo"
              + " (samtalenotat.demo is not true); it is an invented case system with public"
              + " credentials: remove it from this server");
      throw new IllegalStateException(
          "the demo case system runs only in the demo (samtalenotat.demo=true)");
    }
    sbsys = DemoCases.into(new SbsysCaseSystem(CREDENTIALS, 5000));
  }

  public SbsysCaseSystem sbsys() {
    return sbsys;
  }
}
