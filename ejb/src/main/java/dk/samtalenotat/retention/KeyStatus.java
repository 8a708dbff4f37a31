package dk.samtalenotat.retention;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The state of a tenant's key-encryption keys for the administrator's retention page: metadata,
 * never key material.
 *
 * @param current the version new data keys are wrapped with
 * @param versions the versions as recorded, newest first
 * @param nextRotation when the rotation timer runs next, or null when it is not scheduled
 * @param lastDestruction when a retired version was last destroyed, or null
 * @param backupRetention how long the municipality keeps database backups
 * @param schedule the rotation schedule as configured
 */
public record KeyStatus(
    int current,
    List<Version> versions,
    Instant nextRotation,
    Instant lastDestruction,
    Duration backupRetention,
    String schedule)
    implements Serializable {

  /** One version: made, retired by a rotation, destroyed in the key store (null: not yet). */
  public record Version(int version, Instant createdAt, Instant retiredAt, Instant destroyedAt)
      implements Serializable {

    public boolean isDestroyed() {
      return destroyedAt != null;
    }
  }

  /** The backup retention in whole days, as the page states it. */
  public long backupRetentionDays() {
    return backupRetention.toDays();
  }
}
