package dk.samtalenotat.conversation;

import dk.samtalenotat.tenant.Tenant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * What stays of a conversation once its row is purged: nothing personal. The tenant, the owner's
 * team, type, form, dates and counts keep the benefit figures whole; the case system's receipt says
 * where the note lives on, for the deletion evidence; the keyed CPR hash lets the citizen's access
 * request find that a conversation was held and destroyed, and is set to null when the access log
 * entries that refer to it are deleted. Keeps the conversation's id.
 */
@Entity
@Table(name = "conversation_record")
public class PurgedConversation {

  @Id private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "tenant_id", nullable = false)
  private Tenant tenant;

  @Column(name = "team", length = 100)
  private String team;

  @Enumerated(EnumType.STRING)
  @Column(name = "conversation_type", nullable = false, length = 40)
  private ConversationType type;

  @Enumerated(EnumType.STRING)
  @Column(name = "conversation_form", nullable = false, length = 20)
  private ConversationForm form;

  @Column(name = "conversation_time", nullable = false)
  private LocalDateTime conversationTime;

  @Enumerated(EnumType.STRING)
  @Column(name = "final_state", nullable = false, length = 30)
  private ConversationState finalState;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Column(name = "journalised_at")
  private Instant journalisedAt;

  @Column(name = "regenerations", nullable = false)
  private int regenerations;

  @Column(name = "transcription_failures", nullable = false)
  private int transcriptionFailures;

  @Column(name = "draft_failures", nullable = false)
  private int draftFailures;

  @Column(name = "journal_failures", nullable = false)
  private int journalFailures;

  @Column(name = "draft_changed_share")
  private Double draftChangedShare;

  @Column(name = "documentation_seconds")
  private Integer documentationSeconds;

  @Column(name = "draft_rating")
  private Integer draftRating;

  @Column(name = "case_system", length = 20)
  private String caseSystem;

  @Column(name = "case_id", length = 100)
  private String caseId;

  @Column(name = "remote_document_id", length = 200)
  private String remoteDocumentId;

  @Column(name = "receipt_at")
  private Instant receiptAt;

  @Column(name = "citizen_cpr_hash", length = 64)
  private String citizenCprHash;

  @Column(name = "purged_at", nullable = false)
  private Instant purgedAt;

  protected PurgedConversation() {}

  /**
   * The record of a conversation about to be purged.
   *
   * @param receipt the case system's receipt, or null when the note was never journalised
   */
  public static PurgedConversation of(
      Conversation c, dk.samtalenotat.journal.JournalReceipt receipt, Instant purgedAt) {
    PurgedConversation r = new PurgedConversation();
    r.id = c.getId();
    r.tenant = c.getTenant();
    r.team = c.getTeam();
    r.type = c.getType();
    r.form = c.getForm();
    r.conversationTime = c.getConversationTime();
    r.finalState = c.getState();
    r.registeredAt = c.getRegisteredAt();
    r.endedAt = c.getEndedAt();
    r.approvedAt = c.getApprovedAt();
    r.journalisedAt = c.getJournalisedAt();
    r.regenerations = c.getRegenerations();
    r.transcriptionFailures = c.getTranscriptionFailures();
    r.draftFailures = c.getDraftFailures();
    r.journalFailures = c.getJournalFailures();
    r.draftChangedShare = c.getDraftChangedShare();
    r.documentationSeconds = c.getDocumentationSeconds();
    r.draftRating = c.getDraftRating();
    if (receipt != null) {
      r.caseSystem = receipt.system();
      r.caseId = receipt.caseId();
      r.remoteDocumentId = receipt.remoteDocumentId();
      r.receiptAt = receipt.receivedAt();
    }
    r.citizenCprHash = c.getCitizenCprHash();
    r.purgedAt = purgedAt;
    return r;
  }

  /**
   * A record of demo history: a conversation that never had personal data, made up for the demo's
   * benefit figures (see {@code DemoHistory}). Its id is chosen by the caller, far from real ones.
   */
  public static PurgedConversation demoHistory(
      long id,
      Tenant tenant,
      String team,
      ConversationType type,
      LocalDateTime conversationTime,
      Instant registeredAt,
      ConversationState finalState,
      Instant endedAt,
      Instant approvedAt,
      Instant journalisedAt,
      int regenerations,
      Double draftChangedShare,
      Integer documentationSeconds,
      Integer draftRating) {
    PurgedConversation r = new PurgedConversation();
    r.id = id;
    r.tenant = tenant;
    r.team = team;
    r.type = type;
    r.form = ConversationForm.FREMMOEDE;
    r.conversationTime = conversationTime;
    r.finalState = finalState;
    r.registeredAt = registeredAt;
    r.endedAt = endedAt;
    r.approvedAt = approvedAt;
    r.journalisedAt = journalisedAt;
    r.regenerations = regenerations;
    r.draftChangedShare = draftChangedShare;
    r.documentationSeconds = documentationSeconds;
    r.draftRating = draftRating;
    r.purgedAt = approvedAt == null ? registeredAt : approvedAt;
    return r;
  }

  /**
   * Sets to null the keyed CPR hash of conversations purged before {@code cutoff}, in the caller's
   * transaction: the access log entries that refer to the citizen by it are deleted by then.
   *
   * @return how many records forgot their citizen
   */
  public static int forgetCitizensPurgedBefore(
      jakarta.persistence.EntityManager em, Instant cutoff) {
    return em.createQuery(
            "update PurgedConversation p set p.citizenCprHash = null"
                + " where p.purgedAt < :cutoff and p.citizenCprHash is not null")
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }

  /** The receipt, or null when the note was never journalised. */
  public dk.samtalenotat.journal.JournalReceipt receipt() {
    return caseSystem == null
        ? null
        : new dk.samtalenotat.journal.JournalReceipt(
            caseSystem, caseId, remoteDocumentId, receiptAt);
  }

  public Long getId() {
    return id;
  }

  public Tenant getTenant() {
    return tenant;
  }

  public String getTeam() {
    return team;
  }

  public ConversationType getType() {
    return type;
  }

  public ConversationForm getForm() {
    return form;
  }

  public LocalDateTime getConversationTime() {
    return conversationTime;
  }

  public ConversationState getFinalState() {
    return finalState;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public Instant getJournalisedAt() {
    return journalisedAt;
  }

  public String getCitizenCprHash() {
    return citizenCprHash;
  }

  public Instant getPurgedAt() {
    return purgedAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public int getRegenerations() {
    return regenerations;
  }

  public int getTranscriptionFailures() {
    return transcriptionFailures;
  }

  public int getDraftFailures() {
    return draftFailures;
  }

  public int getJournalFailures() {
    return journalFailures;
  }

  public Double getDraftChangedShare() {
    return draftChangedShare;
  }

  public Integer getDocumentationSeconds() {
    return documentationSeconds;
  }

  public Integer getDraftRating() {
    return draftRating;
  }
}
