package dk.samtalenotat.transcript;

import dk.samtalenotat.conversation.Conversation;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The transcript of a conversation: one per conversation (the database holds it to that, which is
 * what makes a redelivered transcription job harmless).
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

  @OneToMany(mappedBy = "transcript", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("ordinal")
  private List<TranscriptSegment> segments = new ArrayList<>();

  protected Transcript() {}

  public Transcript(
      Conversation conversation, Source source, String origin, List<SegmentData> segments) {
    if (segments.isEmpty()) {
      throw new IllegalArgumentException("a transcript needs at least one segment");
    }
    this.conversation = conversation;
    this.source = source;
    this.origin = origin;
    this.createdAt = Instant.now();
    int ordinal = 1;
    for (SegmentData s : segments) {
      this.segments.add(new TranscriptSegment(this, ordinal++, s));
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
