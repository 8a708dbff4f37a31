package dk.samtalenotat.journal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Works off the journal outbox every {@code samtalenotat.journal.poll-interval}. The timer is not
 * persistent: every node runs its own, and the outbox's atomic claim lets only one of them try an
 * entry. Entries live in the database, so nothing is lost with the timer across a restart.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class JournalWorker {

  @Resource private TimerService timers;
  @Inject private JournalSettings settings;
  @Inject private JournalDelivery delivery;

  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void schedule() {
    long every = settings.pollInterval().toMillis();
    timers.createIntervalTimer(every, every, new TimerConfig("journal-outbox", false));
  }

  /** Delegates; a run still busy when the next is due makes the next one skip. */
  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void tick() {
    if (running.compareAndSet(false, true)) {
      try {
        delivery.deliverDue();
      } finally {
        running.set(false);
      }
    }
  }
}
