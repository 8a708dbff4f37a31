package dk.samtalenotat.recording;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Takes chunks into an upload: the rules of {@link AudioUpload} with the chunk rows and files, in
 * the caller's transactions. Apart from {@link RecordingService} (the caller, ownership and the
 * conversation's own checks), so that intake's order and idempotency can be tested on a real
 * database outside the server.
 *
 * <p>A chunk goes in three steps: {@link #admit} decides on the upload as read, without a lock (a
 * repeat is answered there and then, and a number above the highest held needs no look-up); {@link
 * ChunkStore#write} stores the file, durably, still without a lock, and no row names it yet; {@link
 * #record} locks the upload's row, decides again on what it holds now and writes the row and the
 * counts. So the lock is held for two short statements and never while bytes are read from the
 * network or written to the disk; the server runs the first and the last step each in a transaction
 * of its own and the file between them in none ({@link ChunkReceiver#putChunk}), so not even a
 * database connection is held then. Two copies of a chunk sent at once both write a file; the one
 * that locks second finds the first held and discards its own.
 */
final class ChunkIntake {

  private final EntityManager em;
  private final ChunkStore chunks;

  ChunkIntake(EntityManager em, ChunkStore chunks) {
    this.em = em;
    this.chunks = chunks;
  }

  /**
   * The upload by its key, unlocked, with its conversation in the same query; the owner and the
   * municipality follow by primary key. A fetch join without an alias, as the server's JPA
   * compliance allows; an entity graph here cost a new SQL translation per chunk (JFR of the
   * capacity benchmark: more than half the intake's CPU).
   */
  Optional<AudioUpload> find(String uploadKey) {
    return em.createQuery(
            "select u from AudioUpload u join fetch u.conversation where u.uploadKey = :k",
            AudioUpload.class)
        .setParameter("k", uploadKey == null ? "" : uploadKey)
        .getResultStream()
        .findFirst();
  }

  /**
   * Locks the upload's row until the transaction ends and reads it again, so that the chunks of one
   * upload are recorded one after the other, each seeing the ones before.
   */
  void lock(AudioUpload upload) {
    em.refresh(upload, LockModeType.PESSIMISTIC_WRITE);
  }

  /**
   * Decides a chunk offered to the upload as it was read: new, or already held with this checksum.
   *
   * @throws ChunkRejectedException when the upload is closed, the number is out of range or holds
   *     other content
   */
  AudioUpload.Admission admit(AudioUpload upload, int seq, String sha256) {
    Optional<UploadChunk> held = upload.mayHold(seq) ? chunk(upload, seq) : Optional.empty();
    return upload.admit(seq, sha256, held);
  }

  /**
   * Records a written chunk under the upload's lock: its row and the upload's counts if the number
   * is still free; otherwise (a copy sent at the same time got there first, or the upload closed or
   * filled up meanwhile) its file is deleted and the answer or refusal is the one {@link #admit}
   * gives now.
   *
   * @param maxBytes the most bytes the whole upload may hold
   * @throws ChunkRejectedException as {@link #admit}, or when the upload passed {@code maxBytes}
   */
  AudioUpload.Admission record(
      AudioUpload upload, int seq, ChunkStore.StoredChunk stored, long maxBytes)
      throws IOException {
    lock(upload);
    AudioUpload.Admission admission;
    try {
      admission = admit(upload, seq, stored.sha256());
      if (admission == AudioUpload.Admission.NEW && upload.remaining(maxBytes) < stored.size()) {
        throw new ChunkRejectedException(
            ChunkRejectedException.Reason.TOO_LARGE,
            upload.getUploadKey() + " would pass " + maxBytes + " bytes");
      }
    } catch (ChunkRejectedException e) {
      chunks.discard(upload.getUploadKey(), stored);
      throw e;
    }
    if (admission == AudioUpload.Admission.DUPLICATE) {
      chunks.discard(upload.getUploadKey(), stored);
      return admission;
    }
    em.persist(new UploadChunk(upload, seq, stored));
    upload.chunkStored(seq, stored.size());
    return admission;
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
