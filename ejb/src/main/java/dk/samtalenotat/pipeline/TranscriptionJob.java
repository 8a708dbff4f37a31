package dk.samtalenotat.pipeline;

import dk.samtalenotat.conversation.ConversationState;
import dk.samtalenotat.conversation.Problem;
import dk.samtalenotat.recording.LiveTranscriptionSettings;
import dk.samtalenotat.tracing.JmsCorrelation;
import dk.samtalenotat.transcript.AudioSource;
import dk.samtalenotat.transcript.PcmDecoder;
import dk.samtalenotat.transcript.SegmentData;
import dk.samtalenotat.transcript.SpeechToText;
import dk.samtalenotat.transcript.SpeechToTextException;
import dk.samtalenotat.transcript.windowed.SeamJoiner;
import dk.samtalenotat.transcript.windowed.TailPcm;
import dk.samtalenotat.transcript.windowed.WindowSegments;
import dk.samtalenotat.transcript.windowed.WindowedTranscription;
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
import java.io.IOException;
import java.io.InputStream;
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
 * one (or the last attempt) marks the conversation TRANSCRIPTION_FAILED.
 *
 * <p>Before the engine call the job is claimed in the database ({@link JobLeases}), in a
 * transaction of its own, and the claim is renewed while the engine runs: a job another node works
 * on now is skipped, so two nodes never transcribe the same conversation at once. A node that dies
 * during the call leaves its claim to run out; the recovery ({@link PipelineRecoveryTimer}) then
 * sends the job again, to a node that is alive. The attempts are counted in the claims, so a
 * wake-up sent again does not start them over. The timeout covers the engine's time on a long
 * recording.
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
@Interceptors(JmsCorrelation.class)
public class TranscriptionJob implements MessageListener {

  private static final Logger LOG = Logger.getLogger(TranscriptionJob.class.getName());

  @Inject PipelineSteps steps;
  @Inject SpeechToText speech;
  @Inject PipelineSettings settings;
  @Inject LeaseRenewal renewal;
  @Inject PcmDecoder decoder;
  @Inject LiveTranscriptionSettings live;
  @Inject dk.samtalenotat.metrics.ApplicationMetrics metrics;
  @Resource MessageDrivenContext context;

  @Override
  public void onMessage(Message message) {
    long id = Jobs.conversationId(message);
    int attempt = Jobs.delivery(message);
    String holder = null;
    try {
      Optional<JobLeases.Claim> claim = steps.claim(id, ConversationState.TRANSCRIBING, 0);
      if (claim.isEmpty()) {
        return;
      }
      holder = claim.get().holder();
      // A wake-up sent again by the recovery starts at delivery 1: the claims count the attempts.
      attempt = Math.max(attempt, claim.get().attempt());
      try (LeaseRenewal.Renewing kept = renewal.keep(id, holder)) {
        transcribeAndStore(id, attempt, holder);
      }
    } catch (RuntimeException e) {
      // Reading the audio or storing the transcript failed (a database error, a bug): retried like
      // a transient failure, and marked failed at the last attempt, never left to the dead-letter
      // queue with the conversation in TRANSCRIBING.
      if (settings.mayRetry(attempt)) {
        LOG.warning(
            "transcription of "
                + id
                + " failed, attempt "
                + attempt
                + "; will retry: "
                + Jobs.logged(e));
        steps.noteProblem(id, holder, Problem.TRANSCRIPTION_RETRYING, Jobs.describe(e));
        retryLater();
        return;
      }
      LOG.severe("transcription of " + id + " failed for good: " + Jobs.logged(e));
      steps.transcriptionFailed(id, Jobs.describe(e));
    }
  }

  private void transcribeAndStore(long id, int attempt, String holder) {
    Optional<AudioSource> audio = steps.transcriptionWork(id);
    if (audio.isEmpty()) {
      return;
    }
    List<SegmentData> segments;
    try {
      segments =
          metrics.timeStep("transcription", speech.engineName(), () -> transcribe(id, audio.get()));
    } catch (SpeechToTextException e) {
      if (e.transient_() && settings.mayRetry(attempt)) {
        LOG.log(
            Level.WARNING,
            "transcription of {0} failed, attempt {1}; will retry: {2}",
            new Object[] {id, attempt, e.getMessage()});
        steps.noteProblem(id, holder, Problem.TRANSCRIPTION_RETRYING, e.getMessage());
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
   * The whole recording from the engine, or, when windows of it were transcribed while it was being
   * recorded, only the windows still missing (normally the last), joined with those.
   */
  private List<SegmentData> transcribe(long id, AudioSource audio) throws SpeechToTextException {
    List<WindowSegments> earlier =
        live.enabled() && decoder.available() ? steps.liveWindows(id) : List.of();
    if (earlier.isEmpty()) {
      return speech.transcribe(audio, "da");
    }
    WindowedTranscription windows =
        new WindowedTranscription(speech, live.plan(), new SeamJoiner(), "da", "optagelse-" + id)
            .resume(earlier);
    TailPcm pcm = new TailPcm(windows.neededFromMillis());
    try (InputStream in = audio.open()) {
      decoder.decode(in, audio.fileName(), false, pcm);
    } catch (IOException e) {
      throw new SpeechToTextException("could not read " + audio.fileName() + ": " + e, true, e);
    }
    try {
      List<SegmentData> joined = windows.finish(pcm);
      LOG.info(
          () ->
              "conversation "
                  + id
                  + ": "
                  + earlier.size()
                  + " windows transcribed while recording, "
                  + (windows.done().size() - earlier.size())
                  + " after the stop");
      return joined;
    } catch (IllegalArgumentException e) {
      // The finished recording is not cut as it was while recording (another window setting since
      // a restart): transcribe it whole rather than mix the two.
      LOG.warning(() -> "windows of " + id + " do not fit the recording; transcribed whole: " + e);
      return speech.transcribe(audio, "da");
    }
  }

  /**
   * Rolls back the delivery: the broker delivers the message again after its back-off delay (see
   * wildfly-config/30-messaging.cli) and counts the attempt in JMSXDeliveryCount.
   */
  private void retryLater() {
    context.setRollbackOnly();
  }
}
