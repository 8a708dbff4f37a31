package dk.samtalenotat.pipeline;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The pipeline's dead-letter queue: a job the broker gave up on after its last delivery. The jobs
 * mark their conversation failed themselves at their last attempt; a job lands here only when even
 * that failed (the database away through every attempt, say). Its conversation is then marked
 * failed here, with a retry for the caseworker, instead of staying in TRANSCRIBING or DRAFTING with
 * no problem shown. The queue's own redelivery (every minute, for an hour) covers a database that
 * is still away.
 */
@MessageDriven(
    name = "PipelineDeadLetters",
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = PipelineQueue.DEAD_LETTERS),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
    })
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class PipelineDeadLetters implements MessageListener {

  private static final Logger LOG = Logger.getLogger(PipelineDeadLetters.class.getName());

  static final String GAVE_UP = "the job was given up after its last attempt";

  @Inject PipelineSteps steps;

  @Override
  public void onMessage(Message message) {
    long id;
    try {
      id = Jobs.conversationId(message);
    } catch (IllegalArgumentException | ClassCastException e) {
      LOG.log(Level.SEVERE, "a message that is no pipeline job reached the dead-letter queue", e);
      return;
    }
    if (Jobs.isDrafting(message)) {
      int generation = Jobs.generation(message);
      LOG.severe(() -> "draft " + generation + " of " + id + " dead-lettered; marked failed");
      steps.draftFailed(id, generation, GAVE_UP);
    } else {
      LOG.severe(() -> "transcription of " + id + " dead-lettered; marked failed");
      steps.transcriptionFailed(id, GAVE_UP);
    }
  }
}
