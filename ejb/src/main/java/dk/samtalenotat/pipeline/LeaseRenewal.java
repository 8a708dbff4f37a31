package dk.samtalenotat.pipeline;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Keeps a job's claim while its engine call runs, renewing it every third of the lease: a long
 * recording needs no long lease, so a node that dies during the call holds its job for one lease at
 * most.
 */
@ApplicationScoped
public class LeaseRenewal {

  private static final Logger LOG = Logger.getLogger(LeaseRenewal.class.getName());

  /** The renewal of one claim; closing it stops the renewal, not the claim. */
  public interface Renewing extends AutoCloseable {
    @Override
    void close();
  }

  @Resource private ManagedScheduledExecutorService scheduler;
  @Inject private PipelineSteps steps;
  @Inject private PipelineSettings settings;

  /** Renews the claim until the returned renewal is closed. */
  public Renewing keep(long conversationId, String holder) {
    long every = Math.max(1, settings.leases().lease().toMillis() / 3);
    ScheduledFuture<?> renewal =
        scheduler.scheduleAtFixedRate(
            () -> renew(conversationId, holder), every, every, TimeUnit.MILLISECONDS);
    return () -> renewal.cancel(false);
  }

  private void renew(long conversationId, String holder) {
    try {
      if (!steps.renew(conversationId, holder)) {
        // Its lease ran out and another node took the job, or the step was superseded: this
        // worker's result will be dropped as already stored or no longer wanted.
        LOG.warning(() -> "the claim on the job of " + conversationId + " was lost");
      }
    } catch (RuntimeException e) {
      // The database away for a moment: tried again at the next third of the lease.
      LOG.warning(() -> "the claim on the job of " + conversationId + " not renewed: " + e);
    }
  }
}
