package dk.samtalenotat.recording;

import dk.samtalenotat.crypto.DataKey;
import dk.samtalenotat.crypto.DataKeys;
import dk.samtalenotat.transcript.windowed.WindowSegments;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The transactional halves of transcription while recording, each in a transaction of its own, so
 * that decoding and the engine call between them hold none. Runs for the pipeline, not for a
 * caller: nothing here answers a person.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LiveTranscriptionSteps {

  @PersistenceContext private EntityManager em;
  @Inject private DataKeys keys;
  @Inject private ChunkStore chunks;
  @Inject private LiveTranscriptionSettings settings;

  /**
   * Takes or renews this node's lease on the upload's transcription while recording.
   *
   * @return false when another node holds it, or the upload is gone
   */
  public boolean hold(String uploadKey, String holder) {
    Optional<Long> id =
        em.createQuery("select u.id from AudioUpload u where u.uploadKey = :k", Long.class)
            .setParameter("k", uploadKey)
            .getResultStream()
            .findFirst();
    return id.isPresent() && settings.leases().hold(em, id.get(), holder, java.time.Instant.now());
  }

  /** Gives this node's lease on the upload up (its decoder stopped here). */
  public void release(String uploadKey, String holder) {
    em.createQuery("select u.id from AudioUpload u where u.uploadKey = :k", Long.class)
        .setParameter("k", uploadKey)
        .getResultStream()
        .findFirst()
        .ifPresent(id -> LiveLeases.release(em, id, holder));
  }

  /**
   * What an open upload holds from a chunk on: its chunks from {@code fromSeq} without a gap (later
   * ones wait for the gap to close), and the windows already transcribed.
   *
   * @param parts the chunks in order, from {@code fromSeq}
   */
  public record Work(
      long uploadId,
      String uploadKey,
      long conversationId,
      List<ChunkStore.Part> parts,
      Set<Integer> doneWindows,
      DataKey key) {}

  /**
   * Empty when the upload is finished, destroyed or gone: nothing to do while recording.
   *
   * @param fromSeq the first chunk not yet passed to the decoder
   */
  public Optional<Work> work(String uploadKey, int fromSeq) {
    // The conversation's id and municipality as columns: loading the conversation for them cost
    // more than the rest of a round.
    Optional<Object[]> found =
        em.createQuery(
                "select u, c.id, t.cvr from AudioUpload u join u.conversation c join c.tenant t"
                    + " where u.uploadKey = :k",
                Object[].class)
            .setParameter("k", uploadKey)
            .getResultStream()
            .findFirst();
    AudioUpload u = found.map(r -> (AudioUpload) r[0]).orElse(null);
    if (u == null || !u.isOpen() || u.getWrappedKey() == null) {
      return Optional.empty();
    }
    long conversationId = (Long) found.get()[1];
    String cvr = (String) found.get()[2];
    List<ChunkStore.Part> parts = new ArrayList<>();
    if (u.getHighestSeq() >= fromSeq) {
      for (UploadChunk k :
          em.createQuery(
                  "select k from UploadChunk k where k.upload = :u and k.seq >= :from"
                      + " order by k.seq",
                  UploadChunk.class)
              .setParameter("u", u)
              .setParameter("from", fromSeq)
              .getResultList()) {
        if (k.getSeq() != fromSeq + parts.size()) {
          break;
        }
        parts.add(k.part());
      }
    }
    Set<Integer> done =
        new TreeSet<>(
            em.createQuery(
                    "select w.windowIndex from TranscriptWindow w where w.upload = :u",
                    Integer.class)
                .setParameter("u", u)
                .getResultList());
    return Optional.of(
        new Work(
            u.getId(),
            uploadKey,
            conversationId,
            List.copyOf(parts),
            done,
            keys.open(cvr, u.getWrappedKey())));
  }

  /** The chunks of the work, joined and decrypted; the caller closes the stream. */
  public InputStream open(Work work) {
    return chunks.joined(work.uploadKey(), work.parts(), work.key());
  }

  /**
   * Stores what the engine heard in one window, under a fresh data key of its own; nothing happens
   * when the upload is no longer open (finished, destroyed) or the window is stored already.
   *
   * @return whether it was stored
   */
  public boolean store(long uploadId, WindowSegments heard, String engine) {
    // Locked as finishing locks it: a window is stored while the upload is open, so the
    // transcription job after the stop finds it, or not at all (the job does that window itself);
    // never after the job has read the windows, where nothing would delete it with the transcript.
    AudioUpload u =
        em.find(AudioUpload.class, uploadId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    if (u == null || !u.isOpen()) {
      return false;
    }
    boolean held =
        !em.createQuery(
                "select w.id from TranscriptWindow w where w.upload = :u"
                    + " and w.windowIndex = :k",
                Long.class)
            .setParameter("u", u)
            .setParameter("k", heard.window().index())
            .getResultList()
            .isEmpty();
    if (held) {
      return false;
    }
    DataKey key = keys.create(u.getConversation().getTenant().getCvr());
    em.persist(new TranscriptWindow(u, heard, engine, key));
    return true;
  }
}
