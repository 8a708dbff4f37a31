package dk.samtalenotat.audit;

import java.io.Serializable;
import java.time.Instant;

/** An access log entry as the compliance officer's export shows it. */
public record AccessRecord(
    long id,
    Instant occurredAt,
    String userKey,
    String userRole,
    AccessAction action,
    AccessObject objectType,
    Long conversationId,
    String citizenCprHash,
    String caseReference,
    String criterion,
    Purpose purpose)
    implements Serializable {

  public AccessRecord {}

  static AccessRecord of(AccessLogEntry e) {
    return new AccessRecord(
        e.getId(),
        e.getOccurredAt(),
        e.getUserKey(),
        e.getUserRole(),
        e.getAction(),
        e.getObjectType(),
        e.getConversationId(),
        e.getCitizenCprHash(),
        e.getCaseReference(),
        e.getCriterion(),
        e.getPurpose());
  }
}
