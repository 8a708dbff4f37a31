package dk.samtalenotat.retention;

import dk.samtalenotat.crypto.KeyEncryptionKeys;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The life of a tenant's key-encryption key versions: a rotation makes a new version current and
 * re-wraps every data key under it (the content is not touched), retiring the old version; once the
 * database backups that may still hold data keys wrapped with a retired version are gone (the
 * municipality's backup retention, {@code samtalenotat.backup.retention}), the version is destroyed
 * in the key store. From then on, what a backup holds of content deleted before the rotation cannot
 * be opened with any key that exists. Rotation and destruction each leave deletion evidence.
 *
 * <p>Plain Java over {@link Steps}, each step a transaction of its own ({@link KeyRotation} in the
 * server).
 */
public final class KeyLifecycle {

  private static final Logger LOG = Logger.getLogger(KeyLifecycle.class.getName());
  private static final int BATCH = 200;

  /** The steps, each in a transaction of its own. */
  public interface Steps {
    int rewrapBatch(long tenantId, String cvr, int size);

    long stillUsing(long tenantId, int version);

    void rotated(long tenantId, int oldVersion, int newVersion, Instant now, Actor actor);

    List<Integer> outlivedBackups(long tenantId, Instant now, Duration backupRetention);

    void destroyed(long tenantId, int version, Duration backupRetention, Instant now, Actor actor);
  }

  private final KeyEncryptionKeys keks;
  private final Steps steps;
  private final Duration backupRetention;

  public KeyLifecycle(KeyEncryptionKeys keks, Steps steps, Duration backupRetention) {
    this.keks = keks;
    this.steps = steps;
    this.backupRetention = backupRetention;
  }

  /**
   * Rotates the tenant's key-encryption key and re-wraps all its data keys.
   *
   * @return the new version
   */
  public int rotate(long tenantId, String cvr, Actor actor, Instant when) {
    Instant now = stored(when);
    int old = keks.currentVersion(cvr);
    int next = keks.rotate(cvr);
    long total = 0;
    for (int n = steps.rewrapBatch(tenantId, cvr, BATCH);
        n > 0;
        n = steps.rewrapBatch(tenantId, cvr, BATCH)) {
      total += n;
    }
    steps.rotated(tenantId, old, next, now, actor);
    long rewrapped = total;
    LOG.info(
        () ->
            "key-encryption key of tenant "
                + cvr
                + " rotated to version "
                + next
                + "; "
                + rewrapped
                + " data keys re-wrapped");
    return next;
  }

  /**
   * Destroys the tenant's retired versions that no kept backup can need any more, and that no
   * stored data key uses (a rotation that stopped half-way leaves some: the next one finishes).
   *
   * @return the versions destroyed
   */
  public List<Integer> destroyDue(long tenantId, String cvr, Actor actor, Instant when) {
    Instant now = stored(when);
    List<Integer> destroyed = new ArrayList<>();
    int current = keks.currentVersion(cvr);
    for (int version : steps.outlivedBackups(tenantId, now, backupRetention)) {
      if (version >= current) {
        continue;
      }
      long using = steps.stillUsing(tenantId, version);
      if (using > 0) {
        LOG.warning(
            () ->
                "version "
                    + version
                    + " of tenant "
                    + cvr
                    + " outlived the backups but "
                    + using
                    + " data keys still use it; kept until a rotation re-wraps them");
        continue;
      }
      keks.destroy(cvr, version);
      steps.destroyed(tenantId, version, backupRetention, now, actor);
      destroyed.add(version);
    }
    return destroyed;
  }

  /**
   * A time as every database stores it exactly: a database that keeps microseconds may round a
   * finer time up, which would put a retirement after the instant it happened.
   */
  private static Instant stored(Instant t) {
    return t.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
  }

  public Duration backupRetention() {
    return backupRetention;
  }
}
