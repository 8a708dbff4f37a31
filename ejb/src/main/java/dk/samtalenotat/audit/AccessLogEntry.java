package dk.samtalenotat.audit;

import dk.samtalenotat.conversation.Conversation;
import dk.samtalenotat.tenant.Tenant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One use of personal data. Immutable: Hibernate never issues an update for it, and {@link
 * AccessLog} offers no way to change one. The citizen appears only as the keyed hash of the CPR
 * number, so the log itself discloses no CPR number.
 */
@Entity
@Immutable
@Table(name = "access_log")
public class AccessLogEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "tenant_id", updatable = false)
  private Tenant tenant;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "user_key", nullable = false, updatable = false)
  private String userKey;

  @Column(name = "user_role", nullable = false, updatable = false)
  private String userRole;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private AccessAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "object_type", nullable = false, updatable = false)
  private AccessObject objectType;

  @Column(name = "conversation_id", updatable = false)
  private Long conversationId;

  @Column(name = "citizen_cpr_hash", updatable = false)
  private String citizenCprHash;

  @Column(name = "case_reference", updatable = false)
  private String caseReference;

  @Column(updatable = false)
  private String criterion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Purpose purpose;

  protected AccessLogEntry() {}

  AccessLogEntry(
      Tenant tenant,
      Instant occurredAt,
      String userKey,
      String userRole,
      AccessAction action,
      AccessObject objectType,
      Long conversationId,
      String citizenCprHash,
      String caseReference,
      String criterion,
      Purpose purpose) {
    this.tenant = tenant;
    this.occurredAt = occurredAt;
    this.userKey = userKey;
    this.userRole = userRole;
    this.action = action;
    this.objectType = objectType;
    this.conversationId = conversationId;
    this.citizenCprHash = citizenCprHash;
    this.caseReference = caseReference;
    this.criterion =
        criterion == null || criterion.length() <= 500 ? criterion : criterion.substring(0, 500);
    this.purpose = purpose;
  }

  /**
   * Part of a conversation was destroyed because its purpose was served or its time ran out; the
   * role column says which executor did it (timer, pipeline or user), the user key is the user's or
   * {@link AccessLog#SYSTEM}.
   */
  public static AccessLogEntry deletion(
      Conversation c, AccessObject object, String userKey, String executor) {
    return deletion(
        c.getTenant(),
        c.getId(),
        c.getCitizenCprHash(),
        c.getCaseReference(),
        object,
        userKey,
        executor);
  }

  /**
   * The same entry from the conversation's columns, for the retention sweep, which claims
   * conversations as columns rather than entities.
   */
  public static AccessLogEntry deletion(
      Tenant tenant,
      long conversationId,
      String citizenCprHash,
      String caseReference,
      AccessObject object,
      String userKey,
      String executor) {
    return new AccessLogEntry(
        tenant,
        Instant.now(),
        userKey == null ? AccessLog.SYSTEM : userKey,
        executor,
        AccessAction.DELETE,
        object,
        conversationId,
        citizenCprHash,
        caseReference,
        null,
        Purpose.RETENTION);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getUserKey() {
    return userKey;
  }

  public String getUserRole() {
    return userRole;
  }

  public AccessAction getAction() {
    return action;
  }

  public AccessObject getObjectType() {
    return objectType;
  }

  public Long getConversationId() {
    return conversationId;
  }

  public String getCitizenCprHash() {
    return citizenCprHash;
  }

  public String getCaseReference() {
    return caseReference;
  }

  public String getCriterion() {
    return criterion;
  }

  public Purpose getPurpose() {
    return purpose;
  }
}
