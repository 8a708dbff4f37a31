package dk.samtalenotat.audit;

import java.time.Instant;

/** A security event as the compliance officer's export shows it. */
public record SecurityEventRecord(
    long id,
    Instant occurredAt,
    String eventId,
    SecurityEvent.Outcome outcome,
    String userKey,
    String tenantCvr,
    String remote,
    String detail) {

  static SecurityEventRecord of(SecurityEvent e) {
    return new SecurityEventRecord(
        e.getId(),
        e.getOccurredAt(),
        e.getEventId(),
        e.getOutcome(),
        e.getUserKey(),
        e.getTenantCvr(),
        e.getRemote(),
        e.getDetail());
  }
}
