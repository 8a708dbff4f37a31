package dk.samtalenotat.audio;

import dk.samtalenotat.conversation.Conversation;
import dk.samtalenotat.crypto.WrappedKey;
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
 * bytes themselves live in {@link AudioStore}, encrypted with this recording's data key, never in
 * the database row. Destroying the recording deletes the file and the key.
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

  @Column(name = "wrapped_key", length = 100)
  private String wrappedKey;

  @Column(name = "kek_version")
  private Integer kekVersion;

  /** Of the encrypted file, so the deletion evidence can name what was destroyed. */
  @Column(name = "ciphertext_sha256", nullable = false, length = 64)
  private String ciphertextSha256;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "destroyed_at")
  private Instant destroyedAt;

  protected AudioRecording() {}

  public AudioRecording(
      Conversation conversation,
      String fileName,
      String contentType,
      AudioStore.Stored stored,
      WrappedKey key) {
    this.conversation = conversation;
    this.fileName = fileName;
    this.contentType = contentType;
    this.sizeBytes = stored.size();
    this.sha256 = stored.sha256();
    this.storageKey = stored.storageKey();
    this.ciphertextSha256 = stored.ciphertextSha256();
    this.wrappedKey = key.base64();
    this.kekVersion = key.kekVersion();
    this.receivedAt = Instant.now();
  }

  /** What the encryption of the file is bound to, and the deletion evidence names. */
  public String getObjectId() {
    return AudioStore.objectId(storageKey);
  }

  /** The wrapped data key, or null once destroyed. */
  public WrappedKey getWrappedKey() {
    return wrappedKey == null ? null : WrappedKey.of(kekVersion, wrappedKey);
  }

  public String getCiphertextSha256() {
    return ciphertextSha256;
  }

  public boolean isDestroyed() {
    return destroyedAt != null;
  }

  /**
   * Forgets the data key and marks the recording destroyed; the caller deletes the file in the same
   * transaction ({@link AudioStore#delete}).
   */
  public void destroyed(Instant at) {
    // The retention claim may have set destroyedAt already; the key tells whether content is left.
    if (wrappedKey == null) {
      throw new IllegalStateException(getObjectId() + " is already destroyed");
    }
    wrappedKey = null;
    kekVersion = null;
    destroyedAt = at;
  }

  public void rewrapped(WrappedKey key) {
    if (!isDestroyed()) {
      wrappedKey = key.base64();
      kekVersion = key.kekVersion();
    }
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
