package dk.samtalenotat.pipeline;

import dk.samtalenotat.conversation.Problem;
import dk.samtalenotat.transcript.AudioSource;
import dk.samtalenotat.transcript.SegmentData;
import dk.samtalenotat.transcript.SpeechToText;
import dk.samtalenotat.transcript.SpeechToTextException;
import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.ejb3.annotation.TransactionTimeout;

/**
 * Transcribes a conversation's audio. The delivery is the job's only transaction: every change to
 * the conversation commits in its own (see {@link PipelineSteps}), so a transient engine failure
 * rolls back just the delivery and the broker delivers again after its back-off delay; a permanent
 * one (or the last attempt) marks the conversation TRANSCRIPTION_FAILED. A server that dies during
 * the engine call leaves the delivery uncommitted, so the job runs again after the restart. The
 * timeout covers the engine's time on a long recording.
 */
@MessageDriven(
    name = "TranscriptionJob",
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = PipelineQueue.TRANSCRIPTION),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
    })
@TransactionAttribute(TransactionAttributeType.REQUIRED)
@TransactionTimeout(value = 4, unit = TimeUnit.HOURS)
public class TranscriptionJob implements MessageListener {

  private static final Logger LOG = Logger.getLogger(TranscriptionJob.class.getName());

  @Inject private PipelineSteps steps;
  @Inject private SpeechToText speech;
  @Inject private PipelineSettings settings;
  @Resource private MessageDrivenContext context;

  @Override
  public void onMessage(Message message) {
    long id = Jobs.conversationId(message);
    int delivery = Jobs.delivery(message);
    Optional<AudioSource> audio = steps.transcriptionWork(id);
    if (audio.isEmpty()) {
      return;
    }
    List<SegmentData> segments;
    try {
      segments = speech.transcribe(audio.get(), "da");
    } catch (SpeechToTextException e) {
      if (e.transient_() && settings.mayRetry(delivery)) {
        LOG.log(
            Level.WARNING,
            "transcription of {0} failed, attempt {1}; will retry: {2}",
            new Object[] {id, delivery, e.getMessage()});
        steps.noteProblem(id, Problem.TRANSCRIPTION_RETRYING, e.getMessage());
        retryLater();
        return;
      }
      LOG.log(Level.WARNING, "transcription of " + id + " failed for good", e);
      steps.transcriptionFailed(
          id,
          e instanceof dk.samtalenotat.transcript.UndecodableAudioException
              ? Problem.AUDIO_UNDECODABLE
              : Problem.TRANSCRIPTION_FAILED,
          e.getMessage());
      return;
    }
    steps.storeTranscript(id, speech.engineName(), segments);
  }

  /**
   * Rolls back the delivery: the broker delivers the message again after its back-off delay (see
   * wildfly-config/30-messaging.cli) and counts the attempt in JMSXDeliveryCount.
   */
  private void retryLater() {
    context.setRollbackOnly();
  }
}
