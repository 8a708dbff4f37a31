package dk.samtalenotat.journal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How the outbox is worked off (README, configuration). */
@ApplicationScoped
public class JournalSettings {

  private Duration pollInterval;
  private int batch;
  private int maxAttempts;
  private Backoff backoff;
  private int breakerThreshold;
  private Duration breakerOpenFor;
  private Duration lease;
  private ReceiptWait receiptWait;

  protected JournalSettings() {}

  @Inject
  public JournalSettings(
      @ConfigProperty(name = "samtalenotat.journal.poll-interval", defaultValue = "PT2S")
          Duration pollInterval,
      @ConfigProperty(name = "samtalenotat.journal.batch", defaultValue = "50") int batch,
      @ConfigProperty(name = "samtalenotat.journal.max-attempts", defaultValue = "12")
          int maxAttempts,
      @ConfigProperty(name = "samtalenotat.journal.backoff.first", defaultValue = "PT10S")
          Duration backoffFirst,
      @ConfigProperty(name = "samtalenotat.journal.backoff.max", defaultValue = "PT30M")
          Duration backoffMax,
      @ConfigProperty(name = "samtalenotat.journal.breaker.threshold", defaultValue = "5")
          int breakerThreshold,
      @ConfigProperty(name = "samtalenotat.journal.breaker.open-for", defaultValue = "PT1M")
          Duration breakerOpenFor,
      @ConfigProperty(name = "samtalenotat.journal.lease", defaultValue = "PT5M") Duration lease,
      @ConfigProperty(name = "samtalenotat.journal.receipt.ask-after", defaultValue = "PT1H")
          Duration receiptAskAfter,
      @ConfigProperty(name = "samtalenotat.journal.receipt.attention-after", defaultValue = "3")
          int receiptAttentionAfter) {
    this.pollInterval = pollInterval;
    this.batch = batch;
    this.maxAttempts = maxAttempts;
    this.backoff = new Backoff(backoffFirst, backoffMax);
    this.breakerThreshold = breakerThreshold;
    this.breakerOpenFor = breakerOpenFor;
    this.lease = lease;
    this.receiptWait = new ReceiptWait(receiptAskAfter, receiptAttentionAfter);
  }

  public Duration pollInterval() {
    return pollInterval;
  }

  public int batch() {
    return batch;
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  public Backoff backoff() {
    return backoff;
  }

  public int breakerThreshold() {
    return breakerThreshold;
  }

  public Duration breakerOpenFor() {
    return breakerOpenFor;
  }

  /** When to ask about a receipt that has not come, and when to raise attention. */
  public ReceiptWait receiptWait() {
    return receiptWait;
  }

  /** How long a claimed try may take before it counts as lost; longer than any read timeout. */
  public Duration lease() {
    return lease;
  }
}
