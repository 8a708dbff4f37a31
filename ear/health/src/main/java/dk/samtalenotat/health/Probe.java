package dk.samtalenotat.health;

/** One readiness check's work, registered by the module that can do it. */
@FunctionalInterface
public interface Probe {

  /**
   * Checks now (or answers from a short cache for what is costly to ask). Must return within a few
   * seconds: the load balancer waits for the answer.
   */
  Outcome check();
}
