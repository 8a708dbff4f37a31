package dk.samtalenotat.recording;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;

/**
 * The lease on an open upload's transcription while recording, kept on the upload's row: one node
 * decodes the upload and sends its windows at a time, and renews its lease every round. Another
 * node whose chunk arrives meanwhile leaves the upload alone; once the lease ran out (the node
 * died, or the chunks went elsewhere for longer than the lease) the next node to get a chunk takes
 * it over, decoding the recording from the start once.
 *
 * <p>One conditional update per claim: of two nodes claiming at once exactly one changes the row.
 * Native SQL on columns the AudioUpload entity does not map (migration V106), so an upload written
 * back by another transaction never overwrites a lease. Plain Java on the caller's {@link
 * EntityManager} and transaction, so tests run it on H2.
 */
public final class LiveLeases {

  private final Duration lease;

  public LiveLeases(Duration lease) {
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("a lease must be positive, is " + lease);
    }
    this.lease = lease;
  }

  /**
   * How long after taking or renewing a lease its holder renews it: a third of the lease, so a
   * holder that works on time always has two thirds of it left.
   */
  public Duration renewAfter() {
    return lease.dividedBy(3);
  }

  /**
   * Takes or renews the upload's lease for {@code holder}.
   *
   * @return false when another holder's lease on it has not run out
   */
  public boolean hold(EntityManager em, long uploadId, String holder, Instant now) {
    return em.createNativeQuery(
                "update audio_upload set live_holder = ?1, live_until = ?2 where id = ?3"
                    + " and (live_holder is null or live_holder = ?1 or live_until < ?4)")
            .setParameter(1, holder)
            .setParameter(2, now.plus(lease))
            .setParameter(3, uploadId)
            .setParameter(4, now)
            .executeUpdate()
        == 1;
  }

  /** Gives the lease up, so that another node may take the upload at once. */
  public static void release(EntityManager em, long uploadId, String holder) {
    em.createNativeQuery(
            "update audio_upload set live_holder = null, live_until = null"
                + " where id = ?1 and live_holder = ?2")
        .setParameter(1, uploadId)
        .setParameter(2, holder)
        .executeUpdate();
  }
}
