package dk.samtalenotat.journal;

import dk.samtalenotat.metrics.ApplicationMetrics;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/** The outbox processor wired to the database, the configured case systems and the breakers. */
@ApplicationScoped
public class JournalDelivery {

  @Inject private JpaOutboxStore store;
  @Inject private CaseSystems caseSystems;
  @Inject private CircuitBreakers breakers;
  @Inject private JournalSettings settings;
  @Inject private ApplicationMetrics metrics;

  private OutboxProcessor processor;

  @PostConstruct
  void init() {
    processor =
        new OutboxProcessor(
            store,
            cvr -> caseSystems.journal(cvr).map(j -> new CountedJournal(j, metrics)),
            breakers::of,
            settings.backoff(),
            settings.maxAttempts(),
            settings.lease(),
            settings.receiptWait(),
            Clock.systemUTC());
  }

  /** Tries every due note once. */
  public int deliverDue() {
    return processor.runOnce(settings.batch());
  }
}
