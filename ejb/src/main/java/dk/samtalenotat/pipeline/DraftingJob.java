package dk.samtalenotat.pipeline;

import dk.samtalenotat.conversation.ConversationState;
import dk.samtalenotat.conversation.Problem;
import dk.samtalenotat.draft.DraftGenerationException;
import dk.samtalenotat.draft.DraftGenerator;
import dk.samtalenotat.draft.DraftRequest;
import dk.samtalenotat.draft.GeneratedDraft;
import dk.samtalenotat.draft.check.FactFlag;
import dk.samtalenotat.draft.check.UnsupportedFactCheck;
import dk.samtalenotat.tracing.JmsCorrelation;
import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.ejb3.annotation.TransactionTimeout;

/**
 * Drafts the note for one generation of a conversation; the same rules for retries and failures as
 * {@link TranscriptionJob}, and the same claim in the database before the engine call, for this
 * generation: two nodes never draft the same generation at once. A failure outside the engine call
 * (reading the transcript, storing the draft) counts as transient: retried, and at the last attempt
 * the conversation is DRAFT_FAILED.
 */
@MessageDriven(
    name = "DraftingJob",
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = PipelineQueue.DRAFTING),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
    })
@TransactionAttribute(TransactionAttributeType.REQUIRED)
@TransactionTimeout(value = 4, unit = TimeUnit.HOURS)
@Interceptors(JmsCorrelation.class)
public class DraftingJob implements MessageListener {

  private static final Logger LOG = Logger.getLogger(DraftingJob.class.getName());

  @Inject PipelineSteps steps;
  @Inject DraftGenerator drafts;
  @Inject PipelineSettings settings;
  @Inject LeaseRenewal renewal;
  @Inject dk.samtalenotat.metrics.ApplicationMetrics metrics;
  @Resource MessageDrivenContext context;

  @Override
  public void onMessage(Message message) {
    long id = Jobs.conversationId(message);
    int generation = Jobs.generation(message);
    int attempt = Jobs.delivery(message);
    String holder = null;
    try {
      Optional<JobLeases.Claim> claim = steps.claim(id, ConversationState.DRAFTING, generation);
      if (claim.isEmpty()) {
        return;
      }
      holder = claim.get().holder();
      attempt = Math.max(attempt, claim.get().attempt());
      try (LeaseRenewal.Renewing kept = renewal.keep(id, holder)) {
        draft(id, generation, attempt, holder);
      }
    } catch (RuntimeException e) {
      // Not the engine's answer but reading or storing around it (a database error, a bug): the
      // same limits as a transient failure, so the job never ends in the dead-letter queue with the
      // conversation left in DRAFTING.
      if (settings.mayRetry(attempt)) {
        LOG.warning(
            "draft of " + id + " failed, attempt " + attempt + "; will retry: " + Jobs.logged(e));
        steps.noteProblem(id, holder, Problem.DRAFT_RETRYING, Jobs.describe(e));
        retryLater();
        return;
      }
      LOG.severe("draft of " + id + " failed for good: " + Jobs.logged(e));
      steps.draftFailed(id, generation, Jobs.describe(e));
    }
  }

  private void draft(long id, int generation, int attempt, String holder) {
    Optional<DraftRequest> request = steps.draftingWork(id, generation);
    if (request.isEmpty()) {
      return;
    }
    GeneratedDraft draft;
    try {
      draft =
          metrics.timeStep("drafting", drafts.engineName(), () -> drafts.generate(request.get()));
    } catch (DraftGenerationException e) {
      if (e.transient_() && settings.mayRetry(attempt)) {
        LOG.log(
            Level.WARNING,
            "draft of {0} failed, attempt {1}; will retry: {2}",
            new Object[] {id, attempt, e.getMessage()});
        steps.noteProblem(id, holder, Problem.DRAFT_RETRYING, e.getMessage());
        retryLater();
        return;
      }
      LOG.log(Level.WARNING, "draft of " + id + " failed for good", e);
      steps.draftFailed(id, generation, e.getMessage());
      return;
    } catch (RuntimeException e) {
      // A bug in an engine must not loop forever: the same limits as a transient failure.
      if (settings.mayRetry(attempt)) {
        steps.noteProblem(id, holder, Problem.DRAFT_RETRYING, e.toString());
        retryLater();
        return;
      }
      LOG.severe("draft engine crashed on " + id + ": " + Jobs.logged(e));
      steps.draftFailed(id, generation, e.toString());
      return;
    }
    // Checked here, where no transaction holds a connection, rather than in the step that stores
    // it.
    List<FactFlag> flags =
        UnsupportedFactCheck.check(
            draft.sentences(), DraftRequests.factCheckContext(request.get()));
    steps.storeDraft(id, generation, draft, flags, request.get().template().versionNo());
    // Ids and the engine only: with the correlation id, where the caseworker's draft came from.
    LOG.info(() -> "draft " + generation + " of " + id + " made by " + drafts.engineName());
  }

  /**
   * Rolls back the delivery: the broker delivers the message again after its back-off delay (see
   * wildfly-config/30-messaging.cli) and counts the attempt in JMSXDeliveryCount.
   */
  private void retryLater() {
    context.setRollbackOnly();
  }
}
