package dk.samtalenotat.recording;

import dk.samtalenotat.audio.AudioStore;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes one chunk of a caller's upload: {@link RecordingService#offerChunk} in a transaction, then
 * the bytes read from the sender and written and forced to the disk in none, then {@link
 * RecordingService#recordChunk} in a transaction again (see {@link ChunkIntake} for the rules). So
 * neither a database connection nor a session bean is held while a sender's bytes come over the
 * network or the disk forces them: at 100 recordings at once, one transaction around all of it kept
 * the pool's 20 connections taken and every other request waiting for one (JFR of the capacity
 * benchmark: 1,927 waits, 365 s in all, in a two-minute step), and a recording screen on a slow
 * line would hold its connection for as long as its chunk takes to arrive. The checks of the
 * caller's role and ownership are the service's, in its first step, before a byte is read.
 *
 * <p>The two steps go through a gate of {@code samtalenotat.recording.chunk-db-steps} places (6 by
 * default, below the pool's 20 connections): a crowd of chunks queues there, in order, rather than
 * for a connection ahead of the pages. Without a bound (this bean holds no pooled session bean
 * instance, which bounded them to 32 at once) the waits for a connection tripled at 100 recordings
 * (capacity benchmark, README). A chunk that waits {@code samtalenotat.recording.chunk-db-wait} (20
 * s) for its turn is refused as {@link ChunkRejectedException.Reason#BUSY}; the sender keeps it and
 * sends it again.
 */
@ApplicationScoped
public class ChunkReceiver {

  private static final Logger LOG = Logger.getLogger(ChunkReceiver.class.getName());
  private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

  @Inject private RecordingService recordings;
  @Inject private ChunkStore chunks;
  @Inject private AudioStore audioStore;

  @Inject
  @ConfigProperty(name = "samtalenotat.recording.chunk-db-steps", defaultValue = "6")
  private int dbSteps;

  @Inject
  @ConfigProperty(name = "samtalenotat.recording.chunk-db-wait", defaultValue = "PT20S")
  private Duration dbWait;

  private StepGate gate;

  @PostConstruct
  void openGate() {
    gate = new StepGate("chunks' database steps", dbSteps, dbWait);
  }

  /**
   * Takes one chunk. A chunk already held with the same checksum is acknowledged and not stored
   * again; chunks may come in any order, and the answer gives the gaps as ranges. An acknowledged
   * chunk is on the disk and its row committed; a file whose row is not recorded is deleted.
   *
   * @param sha256 the SHA-256 of the chunk's bytes as the sender computed it
   * @throws ChunkRejectedException when the checksum is missing or does not match, the sequence
   *     number holds other content, the recording grows too large, the upload is closed, or the
   *     chunk's turn at the gate did not come in time
   */
  public UploadStatus putChunk(String uploadKey, int seq, String sha256, InputStream body) {
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      throw new ChunkRejectedException(
          ChunkRejectedException.Reason.CHECKSUM_MISSING, "chunk " + seq + " of " + uploadKey);
    }
    RecordingService.ChunkOffer offer =
        step(uploadKey, seq, () -> recordings.offerChunk(uploadKey, seq, sha256));
    if (offer.held() != null) {
      return offer.held();
    }
    ChunkStore.StoredChunk stored;
    try {
      stored = chunks.write(uploadKey, seq, sha256, body, offer.room(), offer.key());
    } catch (IOException e) {
      throw new UncheckedIOException("could not store chunk " + seq + " of " + uploadKey, e);
    }
    boolean recorded = false;
    try {
      UploadStatus status =
          step(uploadKey, seq, () -> recordings.recordChunk(uploadKey, seq, stored));
      recorded = true;
      return status;
    } finally {
      if (!recorded) {
        discard(uploadKey, stored);
      }
    }
  }

  /**
   * Joins chunks 0 to {@code lastSeq} into one recording of the conversation, streaming and
   * decrypting them in order, and hands it on as an uploaded file is. Finishing a finished upload
   * again answers as the first time did, so a sender whose connection dropped while it waited for
   * the answer may simply repeat it.
   *
   * <p>Three steps, as a chunk's: what to join is read in one short transaction ({@link
   * RecordingService#planFinish}); the chunks are joined, encrypted under the recording's own key
   * and probed in none; the conversation takes the recording and the upload is closed in a second
   * short transaction under the upload's lock ({@link RecordingService#completeFinish}). At 100
   * recordings finishing together, one transaction around the join held a connection and the
   * upload's lock for seconds each (finish p50 3.0 s in the capacity benchmark), and the pages and
   * chunks queued behind it. Two finishes of the same upload at once may both join it; the one that
   * comes second to the lock deletes its file and answers as a repeat does, and one still joining
   * when the other has deleted the chunk files answers so too ({@link #finishedMeanwhile}). Not
   * through the gate: a finish comes once a recording, and its steps are as short as a chunk's.
   *
   * @throws ChunkRejectedException listing the missing chunks when any is missing
   * @throws dk.samtalenotat.audio.AudioRejectedException when the joined bytes are not audio
   */
  public UploadStatus finish(String uploadKey, int lastSeq) {
    RecordingService.FinishPlan plan = unwrapped(() -> recordings.planFinish(uploadKey, lastSeq));
    if (plan.done() != null) {
      return plan.done();
    }
    UncheckedIOException failure;
    try (InputStream joined = chunks.joined(uploadKey, plan.parts(), plan.chunkKey())) {
      return audioStore.storeAndHandOn(
          plan.fileName(),
          joined,
          plan.recordingKey(),
          stored -> unwrapped(() -> recordings.completeFinish(uploadKey, lastSeq, plan, stored)));
    } catch (IOException e) {
      failure = new UncheckedIOException("could not join " + uploadKey, e);
    } catch (UncheckedIOException e) {
      failure = e;
    }
    return finishedMeanwhile(
        failure, () -> unwrapped(() -> recordings.planFinish(uploadKey, lastSeq)));
  }

  /**
   * The answer to a finish whose chunk files went while it joined them: another finish of the same
   * upload (the sender's repeat after a dropped connection) closed the upload and deleted them, so
   * this one answers as a repeat does. Any other failure, or a chunk file gone from an upload still
   * open, is thrown as it came.
   *
   * @param failure what the join threw
   * @param replan the upload read again ({@link RecordingService#planFinish})
   */
  static UploadStatus finishedMeanwhile(
      UncheckedIOException failure, Supplier<RecordingService.FinishPlan> replan) {
    boolean fileGone = false;
    for (Throwable t = failure; t != null && !fileGone; t = t.getCause()) {
      fileGone = t instanceof java.nio.file.NoSuchFileException;
    }
    if (fileGone) {
      RecordingService.FinishPlan again = replan.get();
      if (again.done() != null) {
        return again.done();
      }
    }
    throw failure;
  }

  /** A chunk file no row names (its row was refused or rolled back) goes at once. */
  private void discard(String uploadKey, ChunkStore.StoredChunk stored) {
    try {
      chunks.discard(uploadKey, stored);
    } catch (IOException e) {
      LOG.warning(() -> "chunk file of " + uploadKey + " left until the upload goes: " + e);
    }
  }

  /** One of the service's steps, when its turn at the gate comes. */
  private <T> T step(String uploadKey, int seq, Supplier<T> step) {
    try {
      return gate.through(() -> unwrapped(step));
    } catch (StepGate.Busy e) {
      throw new ChunkRejectedException(
          ChunkRejectedException.Reason.BUSY,
          "chunk " + seq + " of " + uploadKey + ": " + e.getMessage());
    }
  }

  /**
   * A step's own exception as a caller of the service gets it from one call: the container wraps
   * what is not an application exception (an unknown upload) in an {@link EJBException}.
   */
  private static <T> T unwrapped(Supplier<T> step) {
    try {
      return step.get();
    } catch (EJBException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }
}
