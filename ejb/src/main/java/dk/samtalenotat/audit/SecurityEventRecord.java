package dk.samtalenotat.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * A security event as the municipality's compliance officer sees it: when, which event, how it
 * ended, whose, and the writer's summary as {@code detail}. Never the source address or the raw
 * detail of the row (those are the installation operator's and the server log's).
 */
public record SecurityEventRecord(
    long id,
    Instant occurredAt,
    String eventId,
    SecurityEvent.Outcome outcome,
    String userKey,
    String tenantCvr,
    String detail)
    implements Serializable {

  static SecurityEventRecord of(SecurityEvent e) {
    return new SecurityEventRecord(
        e.getId(),
        e.getOccurredAt(),
        e.getEventId(),
        e.getOutcome(),
        e.getUserKey(),
        e.getTenantCvr(),
        e.getSummary());
  }
}
