package dk.samtalenotat.recording;

import dk.samtalenotat.transcript.PcmDecoder;
import dk.samtalenotat.transcript.SpeechToText;
import dk.samtalenotat.transcript.SpeechToTextException;
import dk.samtalenotat.transcript.windowed.TailPcm;
import dk.samtalenotat.transcript.windowed.WindowPlan;
import dk.samtalenotat.transcript.windowed.WindowSegments;
import dk.samtalenotat.transcript.windowed.WindowedTranscription;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Transcription while recording: as the chunks of an upload arrive, each window of the recording
 * whose audio is complete is sent to the speech engine once and what it heard is stored, so that
 * when the recording stops only the last window is left (see {@code TranscriptionJob}).
 *
 * <p>The chunks are decoded from the start each time (a WebM or Ogg stream cannot be decoded from
 * the middle), so this decodes only when the chunks received should hold the next window, judged
 * from the bytes per second of the last decoding: about once per window, not once per chunk. What
 * goes wrong here costs nothing but time: a window not done now is done after the stop.
 *
 * <p>One upload is worked on by one thread at a time; chunks arriving meanwhile ask for one more
 * round. With several servers each may work on the same upload: a window is stored once (the
 * database holds it to that), so the worst case is a window transcribed twice.
 */
@ApplicationScoped
public class LiveTranscription {

  private static final Logger LOG = Logger.getLogger(LiveTranscription.class.getName());

  /** How far one upload has come on this server. */
  static final class Progress {
    boolean running;
    boolean again;
    long decodedBytes;
    long decodedMillis;
  }

  private final Map<String, Progress> uploads = new ConcurrentHashMap<>();

  @Inject private LiveTranscriptionSettings settings;
  @Inject private LiveTranscriptionSteps steps;
  @Inject private SpeechToText speech;
  @Inject private PcmDecoder decoder;
  @Resource private ManagedExecutorService executor;

  void chunkStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChunkStored event) {
    if (!settings.enabled() || !speech.available() || !decoder.available()) {
      return;
    }
    Progress p = uploads.computeIfAbsent(event.uploadKey(), k -> new Progress());
    synchronized (p) {
      if (p.running) {
        p.again = true;
        return;
      }
      p.running = true;
    }
    try {
      executor.execute(() -> work(event.uploadKey(), p));
    } catch (RuntimeException e) {
      // A full or stopping executor: the windows are done after the stop instead.
      synchronized (p) {
        p.running = false;
      }
      LOG.warning(() -> "transcription while recording not started: " + e);
    }
  }

  private void work(String uploadKey, Progress p) {
    while (true) {
      try {
        if (!advance(uploadKey, p)) {
          uploads.remove(uploadKey);
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "transcription while recording of " + uploadKey + " paused", e);
      }
      synchronized (p) {
        if (!p.again) {
          p.running = false;
          return;
        }
        p.again = false;
      }
    }
  }

  /**
   * Sends the windows that the chunks received so far complete.
   *
   * @return false when the upload is no longer being recorded
   */
  boolean advance(String uploadKey, Progress p) {
    LiveTranscriptionSteps.Work work = steps.work(uploadKey).orElse(null);
    if (work == null) {
      return false;
    }
    WindowPlan plan = settings.plan();
    long step = plan.lengthMillis() - plan.overlapMillis();
    int next = 0;
    while (work.doneWindows().contains(next)) {
      next++;
    }
    long nextEnd = next * step + plan.lengthMillis();
    if (p.decodedBytes > 0 && work.bytes() * p.decodedMillis / p.decodedBytes < nextEnd) {
      return true;
    }
    String name = "optagelse-" + work.conversationId();
    TailPcm pcm = new TailPcm(next * step);
    try (InputStream in = steps.open(work)) {
      decoder.decode(in, name, true, pcm);
    } catch (IOException | SpeechToTextException e) {
      // The first chunks may hold too little to decode yet.
      LOG.fine(() -> "not yet decodable: " + name + ": " + e.getMessage());
      return true;
    }
    p.decodedBytes = work.bytes();
    p.decodedMillis = pcm.durationMillis();
    for (WindowPlan.Window w : plan.complete(pcm.durationMillis())) {
      if (w.index() < next || work.doneWindows().contains(w.index())) {
        continue;
      }
      WindowSegments heard;
      try {
        heard = WindowedTranscription.transcribe(speech, pcm, w, "da", name);
      } catch (SpeechToTextException e) {
        LOG.warning(
            () ->
                "window "
                    + w.index()
                    + " of "
                    + name
                    + " not transcribed while recording; left for the stop: "
                    + e.getMessage());
        return true;
      }
      if (steps.store(work.uploadId(), heard, speech.engineName())) {
        LOG.info(
            () ->
                "conversation "
                    + work.conversationId()
                    + ": window "
                    + w.index()
                    + " ("
                    + w.startMillis()
                    + "-"
                    + w.endMillis()
                    + " ms) transcribed while recording");
      }
    }
    return true;
  }
}
