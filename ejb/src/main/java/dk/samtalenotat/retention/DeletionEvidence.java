package dk.samtalenotat.retention;

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

/**
 * Proof that one object was destroyed: which, of what kind, by which rule, when it was due, when
 * and by whom it was destroyed, and the SHA-256 of the ciphertext destroyed. Written in the same
 * transaction as the destruction; never changed. The object id is unique, so nothing can be
 * destroyed (or recorded) twice.
 */
@Entity
@Table(name = "deletion_evidence")
public class DeletionEvidence {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "tenant_id", nullable = false)
  private Tenant tenant;

  /**
   * The conversation the object belonged to, as a number: the evidence outlives the conversation's
   * row. Null for a key-encryption key version, which belongs to none.
   */
  @Column(name = "conversation_id")
  private Long conversationId;

  @Column(name = "object_id", nullable = false, length = 80, unique = true)
  private String objectId;

  @Enumerated(EnumType.STRING)
  @Column(name = "object_type", nullable = false, length = 20)
  private ObjectType objectType;

  @Enumerated(EnumType.STRING)
  @Column(name = "retention_rule", nullable = false, length = 40)
  private RetentionRule rule;

  @Column(name = "scheduled_at", nullable = false)
  private Instant scheduledAt;

  @Column(name = "executed_at", nullable = false)
  private Instant executedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "executor", nullable = false, length = 20)
  private Actor.Executor executor;

  @Column(name = "executor_user", length = 200)
  private String executorUser;

  @Column(name = "ciphertext_sha256", nullable = false, length = 64)
  private String ciphertextSha256;

  protected DeletionEvidence() {}

  DeletionEvidence(
      Conversation conversation,
      String objectId,
      ObjectType objectType,
      RetentionRule rule,
      Instant scheduledAt,
      Instant executedAt,
      Actor actor,
      String ciphertextSha256) {
    this(
        conversation.getTenant(),
        conversation.getId(),
        objectId,
        objectType,
        rule,
        scheduledAt,
        executedAt,
        actor,
        ciphertextSha256);
  }

  DeletionEvidence(
      Tenant tenant,
      Long conversationId,
      String objectId,
      ObjectType objectType,
      RetentionRule rule,
      Instant scheduledAt,
      Instant executedAt,
      Actor actor,
      String ciphertextSha256) {
    this.tenant = tenant;
    this.conversationId = conversationId;
    this.objectId = objectId;
    this.objectType = objectType;
    this.rule = rule;
    this.scheduledAt = scheduledAt;
    this.executedAt = executedAt;
    this.executor = actor.executor();
    this.executorUser = actor.userKey();
    this.ciphertextSha256 = ciphertextSha256;
  }

  public Long getId() {
    return id;
  }

  public String getObjectId() {
    return objectId;
  }

  public ObjectType getObjectType() {
    return objectType;
  }

  public RetentionRule getRule() {
    return rule;
  }

  public Instant getScheduledAt() {
    return scheduledAt;
  }

  public Instant getExecutedAt() {
    return executedAt;
  }

  public Actor.Executor getExecutor() {
    return executor;
  }

  public String getExecutorUser() {
    return executorUser;
  }

  public String getCiphertextSha256() {
    return ciphertextSha256;
  }

  /** The conversation's id, or null for a key version. */
  public Long getConversationId() {
    return conversationId;
  }
}
