package dk.samtalenotat.recording;

import dk.samtalenotat.transcript.PcmDecoder;
import dk.samtalenotat.transcript.SpeechToText;
import dk.samtalenotat.transcript.SpeechToTextException;
import dk.samtalenotat.transcript.UndecodableAudioException;
import dk.samtalenotat.transcript.windowed.IncrementalDecoding;
import dk.samtalenotat.transcript.windowed.PcmAudio;
import dk.samtalenotat.transcript.windowed.SlidingPcm;
import dk.samtalenotat.transcript.windowed.WindowPlan;
import dk.samtalenotat.transcript.windowed.WindowSegments;
import dk.samtalenotat.transcript.windowed.WindowedTranscription;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Transcription while recording: as the chunks of an upload arrive, each window of the recording
 * whose audio is complete is sent to the speech engine once and what it heard is stored, so that
 * when the recording stops only the last window is left (see {@code TranscriptionJob}).
 *
 * <p>Each recording is decoded once, as it arrives: one decoder per upload ({@link
 * IncrementalDecoding}) is fed each new chunk, so the work grows with the recording's length (a
 * WebM or Ogg stream cannot be decoded from the middle, and decoding the chunks from the start for
 * each window grew with its square). Only the PCM from the first window not yet transcribed on is
 * held. A decoder runs as its own process; at most {@code max-decoders} run on a server, and one
 * whose upload has had no chunk for {@code idle} is stopped (a later chunk starts a new one, which
 * decodes from the start once). What goes wrong here costs nothing but time: a window not done now
 * is done after the stop.
 *
 * <p>One upload is worked on by one thread at a time; chunks arriving meanwhile ask for one more
 * round, as does the decoder when it has decoded the next window. Across the nodes of a cluster one
 * node at a time works on an upload: every round first takes or renews the node's lease on it in
 * the database ({@link LiveLeases}); a node whose chunk arrives while another holds the lease
 * leaves the upload alone, and takes it over at a later chunk once the lease ran out (the other
 * node died). Should a slow round outlast its lease, a window is still stored once (the database
 * holds it to that), so the worst case is a window transcribed twice.
 *
 * <p>The rounds run on an executor of their own, {@value #EXECUTOR}, with {@value #ROUNDS_AT_ONCE}
 * threads: a round mostly waits (for the decoder, and for the speech engine, about a second per
 * window), and the server's default executor has a thread or two per core, so with 100 recordings
 * at once (a window each every 25 seconds) the rounds fell behind, each recording outgrew the PCM
 * it may hold and most of its windows were left for after the stop (where the whole recording is
 * decoded again).
 */
@ApplicationScoped
@ManagedExecutorDefinition(
    name = LiveTranscription.EXECUTOR,
    maxAsync = LiveTranscription.ROUNDS_AT_ONCE)
public class LiveTranscription {

  /** The executor the rounds run on, defined by this application. */
  static final String EXECUTOR = "java:app/concurrent/samtalenotat-live-transcription";

  /** How many uploads' rounds run at once on a server. */
  static final int ROUNDS_AT_ONCE = 16;

  private static final Logger LOG = Logger.getLogger(LiveTranscription.class.getName());

  /** How much PCM one upload may hold waiting for the engine before it is left for the stop. */
  private static final int MAX_WINDOWS_HELD = 3;

  /** How long a round waits for its turn at a database step before it leaves it to a later one. */
  private static final Duration GATE_WAIT = Duration.ofMinutes(1);

  private static final long IDLE_CHECK_NANOS = TimeUnit.MINUTES.toNanos(1);

  /** How far one upload has come on this server. */
  static final class Progress {
    boolean running;
    boolean again;

    /** Taken out of the map: a new chunk makes a new one. */
    boolean closed;

    long lastActive = System.nanoTime();
    IncrementalDecoding decoding;

    /** Chunks passed to the decoder: 0 to {@code fed - 1}. */
    int fed;

    /** Nothing more is done while recording; the windows are done after the stop. */
    boolean gaveUp;

    /** When this server last took or renewed its lease on the upload ({@link System#nanoTime}). */
    long held;

    /** Whether it did at all. */
    boolean holding;
  }

  private final Map<String, Progress> uploads = new ConcurrentHashMap<>();
  private final AtomicInteger decoders = new AtomicInteger();
  private final AtomicLong lastIdleCheck = new AtomicLong(System.nanoTime());

  /**
   * This server's name on its leases; one holder per server, whose uploads each have one thread.
   */
  private String holder;

  @Inject private LiveTranscriptionSettings settings;
  @Inject private LiveTranscriptionSteps steps;
  @Inject private SpeechToText speech;
  @Inject private PcmDecoder decoder;
  @Inject private dk.samtalenotat.installation.NodeName node;

  @Resource(lookup = EXECUTOR)
  private ManagedExecutorService executor;

  @Resource private ManagedThreadFactory threads;

  /** The rounds' database steps, {@link LiveTranscriptionSettings#dbSteps} at once. */
  private StepGate gate;

  @PostConstruct
  void openGate() {
    gate = new StepGate("transcription while recording", settings.dbSteps(), GATE_WAIT);
  }

  void chunkStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChunkStored event) {
    if (!settings.enabled() || !speech.available() || !decoder.available()) {
      return;
    }
    schedule(event.uploadKey());
    stopIdle();
  }

  /**
   * The recording stopped: its decoder and the PCM it holds go now, not when the upload has been
   * idle for {@code idle} (10 minutes), which kept a finished recording's ffmpeg process, its
   * window of PCM and its place among the {@code max-decoders} that long; at 100 recordings an
   * hour, the places were soon all taken by recordings already stopped. A round running now lets go
   * when it ends.
   */
  void uploadFinished(@Observes(during = TransactionPhase.AFTER_SUCCESS) UploadFinished event) {
    Progress p = uploads.get(event.uploadKey());
    if (p == null) {
      return;
    }
    boolean now;
    synchronized (p) {
      p.closed = true;
      now = !p.running;
    }
    if (now) {
      uploads.remove(event.uploadKey(), p);
      release(p);
    }
  }

  /** The number of decoders running on this server now. */
  int decoders() {
    return decoders.get();
  }

  private void schedule(String uploadKey) {
    Progress p;
    while (true) {
      p = uploads.computeIfAbsent(uploadKey, k -> new Progress());
      synchronized (p) {
        if (p.closed) {
          uploads.remove(uploadKey, p);
          continue;
        }
        p.lastActive = System.nanoTime();
        if (p.running) {
          p.again = true;
          return;
        }
        p.running = true;
      }
      break;
    }
    Progress progress = p;
    try {
      executor.execute(() -> work(uploadKey, progress));
    } catch (RuntimeException e) {
      // A full or stopping executor: the windows are done after the stop instead.
      synchronized (progress) {
        progress.running = false;
      }
      LOG.warning(() -> "transcription while recording not started: " + e);
    }
  }

  private void work(String uploadKey, Progress p) {
    while (true) {
      boolean open = true;
      try {
        open = advance(uploadKey, p);
      } catch (StepGate.Busy e) {
        // The next chunk starts a round again; windows not reached are done after the stop.
        LOG.fine(() -> "transcription while recording of " + uploadKey + " waits: " + e);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "transcription while recording of " + uploadKey + " paused", e);
      }
      synchronized (p) {
        if (!open || p.closed) {
          p.closed = true;
          p.running = false;
        } else if (!p.again) {
          p.running = false;
          return;
        } else {
          p.again = false;
          continue;
        }
      }
      uploads.remove(uploadKey, p);
      release(p);
      return;
    }
  }

  /**
   * Whether this server holds the upload's lease: taken or renewed in the database when a third of
   * the lease has passed since it last was ({@link LiveLeases#renewAfter}), so a round every chunk
   * (every 3 seconds) does not write the upload's row each time; a lease renewed so still has two
   * thirds of its time to run, so no other node can have taken it meanwhile.
   */
  private boolean holds(String uploadKey, Progress p) {
    long now = System.nanoTime();
    if (p.holding && now - p.held < settings.leases().renewAfter().toNanos()) {
      return true;
    }
    p.holding = gate.through(() -> steps.hold(uploadKey, holder()));
    p.held = now;
    return p.holding;
  }

  /**
   * Passes the chunks received since the last round to the upload's decoder and sends the windows
   * that the audio decoded so far completes.
   *
   * @return false when the upload is no longer being recorded
   */
  boolean advance(String uploadKey, Progress p) {
    if (!holds(uploadKey, p)) {
      LOG.fine(() -> uploadKey + " is transcribed while recording on another node");
      return false;
    }
    if (p.gaveUp) {
      return true;
    }
    LiveTranscriptionSteps.Work work =
        gate.through(() -> steps.work(uploadKey, p.fed)).orElse(null);
    if (work == null) {
      return false;
    }
    WindowPlan plan = settings.plan();
    long step = plan.lengthMillis() - plan.overlapMillis();
    Set<Integer> done = new TreeSet<>(work.doneWindows());
    int next = firstNotDone(done);
    String name = "optagelse-" + work.conversationId();
    if (p.decoding == null && !startDecoding(p, name, next * step)) {
      return true;
    }
    if (!work.parts().isEmpty()) {
      try (InputStream in = steps.open(work)) {
        p.decoding.feed(in);
      } catch (IOException e) {
        giveUp(p, name, "its decoder stopped (" + e.getMessage() + ")");
        return true;
      }
      p.fed += work.parts().size();
    }
    SlidingPcm pcm = p.decoding.pcm();
    for (WindowPlan.Window w : plan.complete(pcm.durationMillis())) {
      if (w.index() < next || done.contains(w.index())) {
        continue;
      }
      if (!transcribe(work, pcm, w, name)) {
        // The engine failed: the window is tried again with the next chunk, its audio kept.
        if (pcm.heldBytes() > MAX_WINDOWS_HELD * bytesOf(plan.lengthMillis())) {
          giveUp(p, name, "the speech engine is behind");
        }
        return true;
      }
      done.add(w.index());
    }
    next = firstNotDone(done);
    pcm.keepFrom(next * step);
    if (p.decoding.stopped()) {
      giveUp(p, name, "its decoder stopped");
      return true;
    }
    // The decoder tells when the next window is complete, also when no chunk follows.
    pcm.whenAtLeast(next * step + plan.lengthMillis(), () -> schedule(uploadKey));
    return true;
  }

  private boolean startDecoding(Progress p, String name, long fromMillis) {
    if (decoders.incrementAndGet() > settings.maxDecoders()) {
      decoders.decrementAndGet();
      p.gaveUp = true;
      LOG.info(
          () ->
              name
                  + ": "
                  + settings.maxDecoders()
                  + " recordings are decoded as they arrive already; this one is transcribed"
                  + " after the stop");
      return false;
    }
    try {
      p.decoding = new IncrementalDecoding(decoder, name, fromMillis, threads);
      return true;
    } catch (IOException | UndecodableAudioException | RuntimeException e) {
      decoders.decrementAndGet();
      p.gaveUp = true;
      LOG.warning(() -> name + ": no decoder for transcription while recording: " + e);
      return false;
    }
  }

  /** Sends one window and stores what was heard; false when the engine failed. */
  private boolean transcribe(
      LiveTranscriptionSteps.Work work, PcmAudio pcm, WindowPlan.Window w, String name) {
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
      return false;
    }
    if (gate.through(() -> steps.store(work.uploadId(), heard, speech.engineName()))) {
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
    return true;
  }

  private void giveUp(Progress p, String name, String why) {
    LOG.warning(() -> name + ": transcription while recording stopped, " + why);
    p.gaveUp = true;
    release(p);
  }

  private void release(Progress p) {
    IncrementalDecoding d;
    synchronized (p) {
      d = p.decoding;
      p.decoding = null;
    }
    if (d != null) {
      d.close();
      decoders.decrementAndGet();
    }
  }

  /** Stops the decoders of uploads that have had no chunk for a while (at most once a minute). */
  private void stopIdle() {
    long now = System.nanoTime();
    long last = lastIdleCheck.get();
    if (now - last < IDLE_CHECK_NANOS || !lastIdleCheck.compareAndSet(last, now)) {
      return;
    }
    long idle = settings.idle().toNanos();
    uploads.forEach(
        (key, p) -> {
          boolean stop;
          synchronized (p) {
            stop = !p.running && now - p.lastActive > idle;
            if (stop) {
              p.closed = true;
            }
          }
          if (stop) {
            uploads.remove(key, p);
            release(p);
            releaseLease(key);
          }
        });
  }

  /** Lets another node take the upload at its next chunk, not only once the lease ran out. */
  private void releaseLease(String uploadKey) {
    try {
      steps.release(uploadKey, holder());
    } catch (RuntimeException e) {
      LOG.fine(() -> "lease on " + uploadKey + " left to run out: " + e);
    }
  }

  @PreDestroy
  void stopAll() {
    uploads.values().forEach(this::release);
    uploads.clear();
  }

  private synchronized String holder() {
    if (holder == null) {
      byte[] random = new byte[6];
      new java.security.SecureRandom().nextBytes(random);
      holder = node.get() + "/" + java.util.HexFormat.of().formatHex(random);
    }
    return holder;
  }

  private static int firstNotDone(Set<Integer> done) {
    int k = 0;
    while (done.contains(k)) {
      k++;
    }
    return k;
  }

  private static long bytesOf(long millis) {
    return millis * PcmAudio.RATE / 1000 * PcmAudio.BYTES_PER_SAMPLE;
  }
}
