package dk.samtalenotat.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the pipeline's jobs are tried, claimed and recovered.
 *
 * <ul>
 *   <li>{@code samtalenotat.pipeline.max-attempts}: how often a job is tried before its
 *       conversation is marked failed. Kept below the broker's max-delivery-attempts
 *       (wildfly-config/30-messaging.cli), so the application gives up, visibly, before the broker
 *       moves the message to the dead-letter queue.
 *   <li>{@code samtalenotat.pipeline.lease}: how long a node's claim on a job holds without being
 *       renewed; the worker renews it every third of that while the engine runs, so it bounds how
 *       long a dead node's job waits, not how long a step may take.
 *   <li>{@code samtalenotat.pipeline.unclaimed-after}: how long a job asked for may wait untaken
 *       before its wake-up is sent again (its message died with its node); above the broker's
 *       longest redelivery delay (5 minutes), so a job waiting for its retry is left to the broker.
 *   <li>{@code samtalenotat.pipeline.recovery-interval}: how often one node of the cluster looks
 *       for such jobs ({@link PipelineRecoveryTimer}).
 * </ul>
 */
@ApplicationScoped
public class PipelineSettings {

  private int maxAttempts;
  private Duration recoveryInterval;
  private JobLeases leases;
  private String node;

  protected PipelineSettings() {}

  /** Only the number of attempts; the lease settings at their defaults. */
  public PipelineSettings(int maxAttempts) {
    this(maxAttempts, Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofMinutes(1), "test");
  }

  @Inject
  public PipelineSettings(
      @ConfigProperty(name = "samtalenotat.pipeline.max-attempts", defaultValue = "5")
          int maxAttempts,
      @ConfigProperty(name = "samtalenotat.pipeline.lease", defaultValue = "PT2M") Duration lease,
      @ConfigProperty(name = "samtalenotat.pipeline.unclaimed-after", defaultValue = "PT10M")
          Duration unclaimedAfter,
      @ConfigProperty(name = "samtalenotat.pipeline.recovery-interval", defaultValue = "PT1M")
          Duration recoveryInterval,
      dk.samtalenotat.installation.NodeName node) {
    this(maxAttempts, lease, unclaimedAfter, recoveryInterval, node.get());
  }

  private PipelineSettings(
      int maxAttempts,
      Duration lease,
      Duration unclaimedAfter,
      Duration recoveryInterval,
      String node) {
    if (recoveryInterval.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalStateException(
          "samtalenotat.pipeline.recovery-interval must be at least a second, is "
              + recoveryInterval);
    }
    this.maxAttempts = maxAttempts;
    this.leases = new JobLeases(lease, unclaimedAfter);
    this.recoveryInterval = recoveryInterval;
    this.node = node;
  }

  /** True when a job in its {@code attempt}th attempt may still be tried again. */
  public boolean mayRetry(int attempt) {
    return attempt < maxAttempts;
  }

  public JobLeases leases() {
    return leases;
  }

  public Duration recoveryInterval() {
    return recoveryInterval;
  }

  /** This node's name as its leases show it ({@link dk.samtalenotat.installation.NodeName}). */
  public String node() {
    return node;
  }
}
