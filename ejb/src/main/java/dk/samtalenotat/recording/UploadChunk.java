package dk.samtalenotat.recording;

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

/** One received chunk of an {@link AudioUpload}: where its encrypted file is and its hashes. */
@Entity
@Table(name = "upload_chunk")
public class UploadChunk {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "upload_id", nullable = false)
  private AudioUpload upload;

  @Column(name = "seq", nullable = false)
  private int seq;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "file_name", nullable = false, length = 80)
  private String fileName;

  @Column(name = "ciphertext_sha256", nullable = false, length = 64)
  private String ciphertextSha256;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  protected UploadChunk() {}

  public UploadChunk(AudioUpload upload, int seq, ChunkStore.StoredChunk stored) {
    this.upload = upload;
    this.seq = seq;
    this.sizeBytes = stored.size();
    this.sha256 = stored.sha256();
    this.fileName = stored.fileName();
    this.ciphertextSha256 = stored.ciphertextSha256();
    this.receivedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public AudioUpload getUpload() {
    return upload;
  }

  /** Where the chunk lies in the chunk store. */
  public ChunkStore.Part part() {
    return new ChunkStore.Part(seq, fileName);
  }

  public int getSeq() {
    return seq;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public String getFileName() {
    return fileName;
  }

  public String getCiphertextSha256() {
    return ciphertextSha256;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }
}
