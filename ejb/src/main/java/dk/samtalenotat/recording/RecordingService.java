package dk.samtalenotat.recording;

import dk.samtalenotat.audio.AudioStore;
import dk.samtalenotat.audit.AccessAction;
import dk.samtalenotat.audit.AccessLog;
import dk.samtalenotat.audit.AccessObject;
import dk.samtalenotat.audit.Purpose;
import dk.samtalenotat.conversation.Conversation;
import dk.samtalenotat.conversation.ConversationRepository;
import dk.samtalenotat.conversation.ConversationService;
import dk.samtalenotat.conversation.ConversationState;
import dk.samtalenotat.conversation.IllegalTransitionException;
import dk.samtalenotat.conversation.RecordingRefusedException;
import dk.samtalenotat.crypto.DataKey;
import dk.samtalenotat.crypto.DataKeys;
import dk.samtalenotat.security.Roles;
import dk.samtalenotat.tenant.UserRegistry;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Chunked recording intake for the caller's own conversations: start an upload (only while the
 * conversation is registered, the citizen was informed and no refusal stands), take chunks
 * idempotently, report what is held, and finish by joining the chunks into one stored recording
 * that goes to the pipeline as an uploaded file does.
 */
@Stateless
@RolesAllowed(Roles.CASEWORKER)
public class RecordingService {

  private static final Logger LOG = Logger.getLogger(RecordingService.class.getName());
  private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

  @PersistenceContext private EntityManager em;
  @Inject private ConversationRepository conversations;
  @Inject private ConversationService conversationService;
  @Inject private UserRegistry users;
  @Inject private DataKeys keys;
  @Inject private ChunkStore chunks;
  @Inject private AudioStore audioStore;
  @Inject private AccessLog accessLog;
  @Resource private TransactionSynchronizationRegistry transactions;
  @Inject private jakarta.enterprise.event.Event<ChunkStored> chunkStored;
  @Inject private jakarta.enterprise.event.Event<UploadFinished> uploadFinished;

  /**
   * Starts an upload for the conversation, or returns the one still open, so a browser that lost
   * its own record of the upload carries on with it.
   *
   * @param mediaType what the sender records, for example {@code audio/webm;codecs=opus}
   * @throws IllegalTransitionException when the conversation takes no audio now (declined, or audio
   *     or a transcript already arrived)
   * @throws RecordingRefusedException when the citizen refuses to be recorded for good
   */
  public UploadStatus start(long conversationId, String mediaType) {
    Conversation c = conversations.ownedBy(conversationId, users.caller());
    requireRecordable(c);
    Optional<AudioUpload> open =
        em.createQuery(
                "select u from AudioUpload u where u.conversation = :c and u.state = :open"
                    + " order by u.id",
                AudioUpload.class)
            .setParameter("c", c)
            .setParameter("open", AudioUpload.State.OPEN)
            .getResultStream()
            .findFirst();
    if (open.isPresent()) {
      return status(open.get(), false, false);
    }
    AudioUpload upload =
        new AudioUpload(c, mediaType, keys.create(c.getTenant().getCvr()).wrapped());
    em.persist(upload);
    accessLog.used(
        AccessAction.CREATE,
        AccessObject.AUDIO,
        c,
        Purpose.CASE_DOCUMENTATION,
        "recording started in chunks");
    LOG.info(() -> "conversation " + conversationId + ": upload " + upload.getUploadKey());
    return status(upload, false, false);
  }

  /** What the server holds of the upload. Metadata only: no access log entry. */
  public UploadStatus status(String uploadKey) {
    return status(own(uploadKey), false, false);
  }

  /**
   * What {@link #offerChunk} found: the answer to a chunk already held, or the room the chunk may
   * take and the key it is encrypted with.
   */
  public record ChunkOffer(UploadStatus held, long room, DataKey key) {}

  /**
   * The first step of taking a chunk ({@link ChunkReceiver#putChunk}), in a transaction of its own:
   * the caller's upload, a repeat, the conversation's state, the room left, the key. Decides on the
   * upload as read, without a lock.
   *
   * @throws ChunkRejectedException when the sequence number holds other content, the recording is
   *     at its limit, or the upload is closed
   */
  public ChunkOffer offerChunk(String uploadKey, int seq, String sha256) {
    ChunkIntake intake = intake();
    AudioUpload upload = own(uploadKey);
    // A finished or destroyed upload answers CLOSED, whatever the conversation does since.
    if (intake.admit(upload, seq, sha256) == AudioUpload.Admission.DUPLICATE) {
      return new ChunkOffer(chunkStatus(upload, true), 0, null);
    }
    requireRecordable(upload.getConversation());
    long max = audioStore.maxBytes();
    long room = upload.remaining(max);
    if (room == 0) {
      throw new ChunkRejectedException(
          ChunkRejectedException.Reason.TOO_LARGE, uploadKey + " is at " + max + " bytes");
    }
    return new ChunkOffer(null, room, key(upload));
  }

  /**
   * The last step of taking a chunk, in a transaction of its own: records the stored chunk under
   * the upload's lock ({@link ChunkIntake#record}); the answer counts no windows ({@code
   * windowsTranscribed} is left out, {@link #status(String)} gives it). A chunk refused here has
   * its file deleted.
   */
  public UploadStatus recordChunk(String uploadKey, int seq, ChunkStore.StoredChunk stored) {
    AudioUpload upload = own(uploadKey);
    AudioUpload.Admission admission;
    try {
      admission = intake().record(upload, seq, stored, audioStore.maxBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("could not store chunk " + seq + " of " + uploadKey, e);
    }
    if (admission == AudioUpload.Admission.NEW) {
      // Transcription while recording looks at the upload once this chunk is committed.
      chunkStored.fire(new ChunkStored(uploadKey));
    }
    return chunkStatus(upload, admission == AudioUpload.Admission.DUPLICATE);
  }

  /**
   * What {@link #planFinish} found: the answer to a finished upload, or the chunk files to join in
   * order, the key they are encrypted with, and the recording's name and fresh key.
   */
  public record FinishPlan(
      UploadStatus done,
      List<ChunkStore.Part> parts,
      DataKey chunkKey,
      String fileName,
      DataKey recordingKey) {}

  /**
   * The first step of a finish ({@link ChunkReceiver#finish}), without the upload's lock: the
   * caller's upload complete up to {@code lastSeq}, and the conversation still taking audio.
   */
  public FinishPlan planFinish(String uploadKey, int lastSeq) {
    AudioUpload upload = own(uploadKey);
    if (upload.getState() == AudioUpload.State.FINISHED) {
      return new FinishPlan(status(upload, false, false), null, null, null, null);
    }
    List<UploadChunk> parts = held(upload, lastSeq);
    return new FinishPlan(
        null,
        parts.stream().map(UploadChunk::part).toList(),
        key(upload),
        fileName(upload),
        conversationService.audioKey(upload.getConversation().getId()));
  }

  /**
   * The last step of a finish ({@link ChunkReceiver#finish}), under the upload's lock: the
   * conversation takes the stored recording ({@link ConversationService#takeAudio}), the chunks'
   * rows go, the upload is closed, and its chunk files are deleted once that is committed. An
   * upload another finish closed in the meantime answers as a repeat, and the recording stored for
   * this one is deleted.
   */
  public UploadStatus completeFinish(
      String uploadKey, int lastSeq, FinishPlan plan, AudioStore.Stored stored) {
    AudioUpload upload = own(uploadKey);
    intake().lock(upload);
    if (upload.getState() == AudioUpload.State.FINISHED) {
      audioStore.discard(stored);
      return status(upload, false, false);
    }
    List<UploadChunk> parts = held(upload, lastSeq);
    if (!parts.stream().map(UploadChunk::part).toList().equals(plan.parts())) {
      // Not while the upload is open and complete: a held chunk is never replaced.
      throw new IllegalStateException("chunks of " + uploadKey + " changed while they were joined");
    }
    boolean transcribing =
        conversationService.takeAudio(
            upload.getConversation().getId(),
            plan.fileName(),
            stored,
            plan.recordingKey().wrapped());
    // The chunks live on as the recording just stored, under its own key; the chunk files go once
    // the recording is committed, so a rollback here still has them for another try.
    em.createQuery("delete from UploadChunk k where k.upload = :u")
        .setParameter("u", upload)
        .executeUpdate();
    upload.finished(Instant.now());
    // Transcription while recording lets go of the upload's decoder once this commits.
    uploadFinished.fire(new UploadFinished(uploadKey));
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              try {
                chunks.deleteAll(uploadKey);
              } catch (IOException | RuntimeException e) {
                // The chunks' key is gone with the commit: what is left cannot be read.
                LOG.warning(() -> "chunk files of " + uploadKey + " stay: " + e);
              }
            }
          }
        });
    LOG.info(
        () ->
            "upload "
                + uploadKey
                + " finished: "
                + parts.size()
                + " chunks, "
                + upload.getBytesReceived()
                + " bytes");
    return status(upload, false, transcribing);
  }

  /** The upload's chunks in order, all of 0 to {@code lastSeq} and no more, or why not. */
  private List<UploadChunk> held(AudioUpload upload, int lastSeq) {
    List<UploadChunk> parts =
        em.createQuery(
                "select k from UploadChunk k where k.upload = :u order by k.seq", UploadChunk.class)
            .setParameter("u", upload)
            .getResultList();
    upload.requireComplete(lastSeq, parts.stream().map(UploadChunk::getSeq).toList());
    return parts;
  }

  private void requireRecordable(Conversation c) {
    if (c.getState() != ConversationState.REGISTERED || !c.isCitizenInformed()) {
      throw new IllegalTransitionException(
          c.getId(), c.getState(), ConversationState.AUDIO_RECEIVED);
    }
    if (conversations.activeRefusal(c.getTenant(), c.getCitizenCprHash()).isPresent()) {
      throw new RecordingRefusedException(c.getId());
    }
  }

  private ChunkIntake intake() {
    return new ChunkIntake(em, chunks);
  }

  /**
   * The caller's upload, read with its conversation in one query. The caller's user key is enough:
   * it is unique, and the owner is of the conversation's municipality.
   */
  private AudioUpload own(String uploadKey) {
    AudioUpload upload =
        intake().find(uploadKey).orElseThrow(() -> new UploadNotFoundException(uploadKey));
    Conversation c = upload.getConversation();
    if (!c.isOwnedBy(users.callerKey())) {
      throw new UploadNotFoundException(uploadKey);
    }
    return upload;
  }

  private DataKey key(AudioUpload upload) {
    return keys.open(upload.getConversation().getTenant().getCvr(), upload.getWrappedKey());
  }

  private UploadStatus status(AudioUpload upload, boolean duplicate, boolean transcribing) {
    return status(upload, duplicate, transcribing, intake().windowsTranscribed(upload));
  }

  /** The answer to a chunk: no count of windows, so no query while the upload has no gap. */
  private UploadStatus chunkStatus(AudioUpload upload, boolean duplicate) {
    return status(upload, duplicate, false, null);
  }

  private UploadStatus status(
      AudioUpload upload, boolean duplicate, boolean transcribing, Integer windowsTranscribed) {
    List<SeqRange> received = intake().received(upload);
    return new UploadStatus(
        upload.getUploadKey(),
        upload.getConversation().getId(),
        upload.getState(),
        upload.getChunkCount(),
        upload.getBytesReceived(),
        received,
        AudioUpload.gaps(received),
        upload.getConversation().getState(),
        duplicate,
        transcribing,
        windowsTranscribed);
  }

  /** "optagelse-20261129-1405.webm": when it was recorded, and the format the sender named. */
  private static String fileName(AudioUpload upload) {
    String stamp = STAMP.format(LocalDateTime.ofInstant(upload.getCreatedAt(), DENMARK));
    String type =
        upload.getMediaType() == null ? "" : upload.getMediaType().toLowerCase(Locale.ROOT);
    String ext =
        type.startsWith("audio/webm") || type.startsWith("video/webm")
            ? ".webm"
            : type.startsWith("audio/ogg")
                ? ".ogg"
                : type.startsWith("audio/wav") || type.startsWith("audio/x-wav")
                    ? ".wav"
                    : type.startsWith("audio/mpeg")
                        ? ".mp3"
                        : type.startsWith("audio/mp4") ? ".m4a" : "";
    return "optagelse-" + stamp + ext;
  }
}
