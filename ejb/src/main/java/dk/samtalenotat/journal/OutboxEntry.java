package dk.samtalenotat.journal;

import dk.samtalenotat.conversation.Conversation;
import dk.samtalenotat.security.PersonalData;
import dk.samtalenotat.tenant.Tenant;
import dk.samtalenotat.tracing.Correlation;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One note on its way to one case: written in the approval's transaction, worked off by {@link
 * JournalWorker}. Its idempotency key stays the same through every try, so the case system can tell
 * a repeat from a new note.
 */
@Entity
@Table(name = "journal_outbox")
public class OutboxEntry {

  /** Where the entry stands. */
  public enum Status {
    /** To be tried at {@code nextAttemptAt}. */
    PENDING,
    /** Handed over; the case system confirms it asynchronously (SF2900). */
    AWAITING_RECEIPT,
    /** The receipt is stored. */
    DELIVERED,
    /** Given up; the caseworker may resend to another case. */
    FAILED
  }

  static final int ERROR_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "tenant_id", nullable = false)
  private Tenant tenant;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "conversation_id", nullable = false)
  private Conversation conversation;

  @Column(name = "idempotency_key", nullable = false, length = 64, unique = true)
  private String idempotencyKey;

  @Column(name = "case_system", nullable = false, length = 20)
  private String caseSystem;

  @Column(name = "case_reference", length = 100)
  private String caseReference;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private Status status;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "outcome_unknown", nullable = false)
  private boolean outcomeUnknown;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  /** Questions about a receipt that did not come (asynchronous case systems). */
  @Column(name = "receipt_queries", nullable = false)
  private int receiptQueries;

  @Column(name = "business_status", length = 20)
  private String businessStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "failure", length = 30)
  private JournalFailure failure;

  @Column(name = "last_error", length = ERROR_LENGTH)
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  /** The approving request's correlation id, under which the worker delivers (null before V108). */
  @Column(name = "correlation_id", length = 64)
  private String correlationId;

  protected OutboxEntry() {}

  public OutboxEntry(Conversation conversation, String caseSystem, String caseReference) {
    this.tenant = conversation.getTenant();
    this.conversation = conversation;
    this.idempotencyKey = UUID.randomUUID().toString();
    this.caseSystem = caseSystem;
    this.caseReference = caseReference;
    this.status = Status.PENDING;
    this.createdAt = Instant.now();
    this.nextAttemptAt = createdAt;
    this.correlationId = Correlation.current();
  }

  /** The case system's name in receipts of notes the caseworker journalised by hand. */
  public static final String MANUAL = "manuel";

  /**
   * The record of a note the caseworker journalised by hand: never sent by the worker, delivered
   * from the start, so that every receipt belongs to an entry.
   */
  static OutboxEntry manual(Conversation conversation, String caseReference) {
    OutboxEntry e = new OutboxEntry(conversation, MANUAL, caseReference);
    e.status = Status.DELIVERED;
    e.finishedAt = e.createdAt;
    return e;
  }

  /** A try is under way; until its outcome is recorded, the next try must ask first. */
  void claimed(Instant leaseEnd) {
    attempts++;
    outcomeUnknown = true;
    nextAttemptAt = leaseEnd;
  }

  void retryAt(Instant at, boolean unknown, String error) {
    status = Status.PENDING;
    nextAttemptAt = at;
    outcomeUnknown = unknown;
    lastError = truncate(error);
  }

  /** Back in the outbox after a give-up, with fresh attempts. */
  void reopened() {
    status = Status.PENDING;
    attempts = 0;
    failure = null;
    finishedAt = null;
  }

  void postpone(Instant at, String error) {
    nextAttemptAt = at;
    lastError = truncate(error);
  }

  void awaitingReceipt(Instant askAt) {
    status = Status.AWAITING_RECEIPT;
    outcomeUnknown = false;
    nextAttemptAt = askAt;
  }

  void stillAwaiting(Instant askAt, String reason) {
    nextAttemptAt = askAt;
    lastError = truncate(reason);
  }

  /** Taken but unknown to the case system: send it again, with the same key. */
  void notArrived(Instant at, String reason) {
    status = Status.PENDING;
    outcomeUnknown = false;
    nextAttemptAt = at;
    lastError = truncate(reason);
  }

  void businessStatus(String status) {
    this.businessStatus = status;
  }

  void delivered() {
    status = Status.DELIVERED;
    outcomeUnknown = false;
    finishedAt = Instant.now();
    lastError = null;
  }

  void failed(JournalFailure failure, String error) {
    status = Status.FAILED;
    this.failure = failure;
    lastError = truncate(error);
    finishedAt = Instant.now();
  }

  /** The error as stored: built from codes by the adapters, and checked once more here. */
  private static String truncate(String text) {
    return PersonalData.safe(text, ERROR_LENGTH);
  }

  public Long getId() {
    return id;
  }

  public Tenant getTenant() {
    return tenant;
  }

  public Conversation getConversation() {
    return conversation;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public String getCaseSystem() {
    return caseSystem;
  }

  public String getCaseReference() {
    return caseReference;
  }

  public Status getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public boolean isOutcomeUnknown() {
    return outcomeUnknown;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public int getReceiptQueries() {
    return receiptQueries;
  }

  public String getBusinessStatus() {
    return businessStatus;
  }

  public JournalFailure getFailure() {
    return failure;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }
}
