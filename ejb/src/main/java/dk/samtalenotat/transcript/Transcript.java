package dk.samtalenotat.transcript;

import dk.samtalenotat.conversation.Conversation;
import dk.samtalenotat.crypto.DataKey;
import dk.samtalenotat.crypto.DataKeys;
import dk.samtalenotat.crypto.Digests;
import dk.samtalenotat.crypto.WrappedKey;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The transcript of a conversation: one per conversation (the database holds it to that, which is
 * what makes a redelivered transcription job harmless). Its segment texts are encrypted with the
 * transcript's own data key; {@link #destroy} deletes them and the key, and keeps this row as the
 * metadata that a transcript existed.
 */
@Entity
@Table(name = "transcript")
public class Transcript {

  /** Where a transcript came from. */
  public enum Source {
    ENGINE,
    IMPORT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "conversation_id", nullable = false, unique = true)
  private Conversation conversation;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(name = "source", nullable = false, length = 20)
  private Source source;

  /** The engine name, or the imported file's name. */
  @Column(name = "origin", nullable = false, length = 255)
  private String origin;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** Bound into every segment's encryption, and named in the deletion evidence. */
  @Column(name = "object_id", nullable = false, length = 80, unique = true)
  private String objectId;

  @Column(name = "wrapped_key", length = 100)
  private String wrappedKey;

  @Column(name = "kek_version")
  private Integer kekVersion;

  @Column(name = "destroyed_at")
  private Instant destroyedAt;

  @OneToMany(mappedBy = "transcript", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("ordinal")
  private List<TranscriptSegment> segments = new ArrayList<>();

  protected Transcript() {}

  /**
   * @param key a fresh data key of the conversation's tenant, for this transcript only
   */
  public Transcript(
      Conversation conversation,
      Source source,
      String origin,
      List<SegmentData> segments,
      DataKey key) {
    if (segments.isEmpty()) {
      throw new IllegalArgumentException("a transcript needs at least one segment");
    }
    this.conversation = conversation;
    this.source = source;
    this.origin = origin;
    this.createdAt = Instant.now();
    this.objectId = "transcript:" + UUID.randomUUID();
    this.wrappedKey = key.wrapped().base64();
    this.kekVersion = key.wrapped().kekVersion();
    int ordinal = 1;
    for (SegmentData s : segments) {
      this.segments.add(new TranscriptSegment(this, ordinal++, s, key));
    }
  }

  /** Decrypts the segment texts; nothing happens when they already are or are destroyed. */
  public void unlock(DataKeys keys) {
    if (isDestroyed() || segments.stream().allMatch(TranscriptSegment::isUnlocked)) {
      return;
    }
    DataKey key = keys.open(conversation.getTenant().getCvr(), getWrappedKey());
    segments.forEach(s -> s.unlock(key));
  }

  /**
   * Deletes the encrypted segments and the data key: what remains cannot be read by anyone, also
   * not from a copy of the database taken before, once the KEK version that wrapped the key is
   * destroyed.
   *
   * @return the SHA-256 of the destroyed ciphertext (wrapped key and segment texts in order), for
   *     the deletion evidence
   */
  public String destroy(Instant at) {
    // The retention claim may have set destroyedAt already; the key tells whether content is left.
    if (wrappedKey == null) {
      throw new IllegalStateException(objectId + " is already destroyed");
    }
    String hash = destroyedHash(wrappedKey, segments.stream().map(s -> s.ciphertext()).toList());
    segments.clear();
    wrappedKey = null;
    kekVersion = null;
    destroyedAt = at;
    return hash;
  }

  /**
   * The SHA-256 that {@link #destroy} records, from the stored columns: the wrapped key and the
   * segments' ciphertext in their order. The retention sweep destroys transcripts a batch at a time
   * from these columns, without loading the entities, and records the same hash.
   */
  public static String destroyedHash(String wrappedKey, List<String> segmentCiphertexts) {
    MessageDigest sha = Digests.sha256();
    Digests.update(sha, wrappedKey);
    segmentCiphertexts.forEach(c -> Digests.update(sha, c));
    return HexFormat.of().formatHex(sha.digest());
  }

  /**
   * Deletes the segments that start at or after {@code millis}: the citizen did not agree to be
   * recorded from there.
   *
   * @return the SHA-256 of the deleted ciphertext, or empty when no segment started that late
   */
  public java.util.Optional<String> dropFrom(long millis) {
    List<TranscriptSegment> late =
        segments.stream().filter(s -> s.getStartMillis() >= millis).toList();
    if (late.isEmpty() || isDestroyed()) {
      return java.util.Optional.empty();
    }
    MessageDigest sha = Digests.sha256();
    late.forEach(s -> Digests.update(sha, s.ciphertext()));
    segments.removeAll(late);
    return java.util.Optional.of(HexFormat.of().formatHex(sha.digest()));
  }

  public boolean isDestroyed() {
    return destroyedAt != null;
  }

  public String getObjectId() {
    return objectId;
  }

  public Instant getDestroyedAt() {
    return destroyedAt;
  }

  /** The wrapped data key, or null once destroyed. */
  public WrappedKey getWrappedKey() {
    return wrappedKey == null ? null : WrappedKey.of(kekVersion, wrappedKey);
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

  public Source getSource() {
    return source;
  }

  public String getOrigin() {
    return origin;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<TranscriptSegment> getSegments() {
    return Collections.unmodifiableList(segments);
  }
}
