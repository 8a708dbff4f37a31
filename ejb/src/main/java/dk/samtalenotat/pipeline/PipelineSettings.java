package dk.samtalenotat.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often a job is tried before its conversation is marked failed. Kept below the broker's
 * max-delivery-attempts (wildfly-config/30-messaging.cli), so the application gives up, visibly,
 * before the broker moves the message to the dead-letter queue.
 */
@ApplicationScoped
public class PipelineSettings {

  private int maxAttempts;

  protected PipelineSettings() {}

  @Inject
  public PipelineSettings(
      @ConfigProperty(name = "samtalenotat.pipeline.max-attempts", defaultValue = "5")
          int maxAttempts) {
    this.maxAttempts = maxAttempts;
  }

  /** True when a job in its {@code delivery}th delivery may still be tried again. */
  public boolean mayRetry(int delivery) {
    return delivery < maxAttempts;
  }
}
