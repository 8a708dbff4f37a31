package dk.samtalenotat.device;

import java.io.Serializable;
import java.time.Instant;

/** A device as the screens list it: metadata only, never the token or its hash. */
public record DeviceOverview(
    long id,
    String name,
    String ownerName,
    Instant createdAt,
    Instant expiresAt,
    Instant lastUsedAt,
    Instant revokedAt,
    String revokedByName,
    DeviceStatus status)
    implements Serializable {

  static DeviceOverview of(DeviceCredential d, Instant now) {
    return new DeviceOverview(
        d.getId(),
        d.getName(),
        d.getOwner().getDisplayName(),
        d.getCreatedAt(),
        d.getExpiresAt(),
        d.getLastUsedAt(),
        d.getRevokedAt(),
        d.getRevokedBy() == null ? null : d.getRevokedBy().getDisplayName(),
        d.status(now));
  }
}
