package dk.samtalenotat.audio;

import dk.samtalenotat.conversation.Conversation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The recording of a conversation as stored: where the bytes are, how many, and their hash. The
 * bytes themselves live in {@link AudioStore}, never in the database row.
 */
@Entity
@Table(name = "audio_recording")
public class AudioRecording {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "conversation_id", nullable = false)
  private Conversation conversation;

  @Column(name = "file_name", nullable = false, length = 255)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 100)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "storage_key", nullable = false, length = 300)
  private String storageKey;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "destroyed_at")
  private Instant destroyedAt;

  protected AudioRecording() {}

  public AudioRecording(
      Conversation conversation,
      String fileName,
      String contentType,
      long sizeBytes,
      String sha256,
      String storageKey) {
    this.conversation = conversation;
    this.fileName = fileName;
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.storageKey = storageKey;
    this.receivedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Conversation getConversation() {
    return conversation;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public String getStorageKey() {
    return storageKey;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public Instant getDestroyedAt() {
    return destroyedAt;
  }
}
