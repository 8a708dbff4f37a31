package dk.samtalenotat.recording;

import dk.samtalenotat.crypto.DataKey;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Takes chunks into an upload: the rules of {@link AudioUpload} with the chunk rows and files, in
 * the caller's transaction. Apart from {@link RecordingService} (the caller, ownership and the
 * conversation's own checks), so that intake's order and idempotency can be tested on a real
 * database outside the server.
 *
 * <p>A chunk sent in order costs the upload's row (locked), one insert and one update: a number
 * above the highest held needs no look-up, and the answer needs no listing of the chunks held.
 */
final class ChunkIntake {

  private final EntityManager em;
  private final ChunkStore chunks;

  ChunkIntake(EntityManager em, ChunkStore chunks) {
    this.em = em;
    this.chunks = chunks;
  }

  /**
   * The upload by its key; with {@code lock}, its row is locked until the transaction ends, so the
   * chunks of one upload are decided one after the other (two copies of a chunk sent at once: the
   * second finds the first and is acknowledged).
   */
  Optional<AudioUpload> find(String uploadKey, boolean lock) {
    return em.createQuery("select u from AudioUpload u where u.uploadKey = :k", AudioUpload.class)
        .setParameter("k", uploadKey == null ? "" : uploadKey)
        .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
        .getResultStream()
        .findFirst();
  }

  /**
   * Decides a chunk offered to a locked upload: new, or already held with this checksum.
   *
   * @throws ChunkRejectedException when the upload is closed, the number is out of range or holds
   *     other content
   */
  AudioUpload.Admission admit(AudioUpload upload, int seq, String sha256) {
    Optional<UploadChunk> held = upload.mayHold(seq) ? chunk(upload, seq) : Optional.empty();
    return upload.admit(seq, sha256, held);
  }

  /**
   * Stores a chunk that {@link #admit} found new: its encrypted file, its row, and the upload's
   * count.
   *
   * @param maxBytes the most bytes this chunk may have
   */
  void store(
      AudioUpload upload, int seq, String sha256, InputStream body, long maxBytes, DataKey key)
      throws IOException {
    ChunkStore.StoredChunk stored =
        chunks.write(upload.getUploadKey(), seq, sha256, body, maxBytes, key);
    em.persist(new UploadChunk(upload, seq, stored));
    upload.chunkStored(seq, stored.size());
  }

  /**
   * The sequence numbers held, as ranges: read from the upload alone while it has no gap (a sender
   * going in order), listed from the chunks only while a gap is open; none once it is closed.
   */
  List<SeqRange> received(AudioUpload upload) {
    if (!upload.isOpen()) {
      return List.of();
    }
    if (upload.gapless()) {
      return upload.receivedWithoutGaps();
    }
    return AudioUpload.ranges(
        em.createQuery(
                "select k.seq from UploadChunk k where k.upload = :u order by k.seq", Integer.class)
            .setParameter("u", upload)
            .getResultList());
  }

  /** How many windows of the upload were transcribed while it was being recorded. */
  int windowsTranscribed(AudioUpload upload) {
    return em.createQuery("select count(w) from TranscriptWindow w where w.upload = :u", Long.class)
        .setParameter("u", upload)
        .getSingleResult()
        .intValue();
  }

  private Optional<UploadChunk> chunk(AudioUpload upload, int seq) {
    return em.createQuery(
            "select k from UploadChunk k where k.upload = :u and k.seq = :seq", UploadChunk.class)
        .setParameter("u", upload)
        .setParameter("seq", seq)
        .getResultStream()
        .findFirst();
  }
}
