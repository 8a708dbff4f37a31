package dk.samtalenotat.journal;

import dk.samtalenotat.conversation.Conversation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** The case system's receipt for a note, kept as evidence after the content is destroyed. */
@Entity
@Table(name = "journal_receipt")
public class StoredReceipt {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "outbox_id", nullable = false, unique = true)
  private OutboxEntry entry;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "conversation_id", nullable = false)
  private Conversation conversation;

  @Column(name = "case_system", nullable = false, length = 20)
  private String caseSystem;

  @Column(name = "case_id", length = 100)
  private String caseId;

  @Column(name = "remote_document_id", length = 200)
  private String remoteDocumentId;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  protected StoredReceipt() {}

  public StoredReceipt(OutboxEntry entry, JournalReceipt receipt) {
    this.entry = entry;
    this.conversation = entry.getConversation();
    this.caseSystem = receipt.system();
    this.caseId = receipt.caseId();
    this.remoteDocumentId = receipt.remoteDocumentId();
    this.receivedAt = receipt.receivedAt() == null ? Instant.now() : receipt.receivedAt();
  }

  public JournalReceipt receipt() {
    return new JournalReceipt(caseSystem, caseId, remoteDocumentId, receivedAt);
  }

  public Long getId() {
    return id;
  }
}
