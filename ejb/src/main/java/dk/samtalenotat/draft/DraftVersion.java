package dk.samtalenotat.draft;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One version of a draft: what an engine generated, or what a caseworker saved. */
@Entity
@Table(name = "draft_version")
public class DraftVersion {

  /** Who made a version. */
  public enum Kind {
    GENERATED,
    EDITED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "draft_id", nullable = false)
  private Draft draft;

  @Column(name = "version_no", nullable = false)
  private int versionNo;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private Kind kind;

  /** The drafting generation that made it; 0 for edited versions. */
  @Column(name = "generation", nullable = false)
  private int generation;

  @Column(name = "engine", length = 100)
  private String engine;

  @Column(name = "author_key", length = 200)
  private String authorKey;

  @Column(name = "author_name", length = 200)
  private String authorName;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** The sections of the note as text (headings and paragraphs), what the caseworker edits. */
  @Column(name = "content", nullable = false, length = 200000)
  private String content;

  @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("ordinal")
  private List<CitedSentence> sentences = new ArrayList<>();

  protected DraftVersion() {}

  static DraftVersion generated(
      Draft draft,
      int versionNo,
      int generation,
      String engine,
      String content,
      List<DraftSentence> sentences) {
    DraftVersion v = new DraftVersion(draft, versionNo, Kind.GENERATED, content, sentences);
    v.generation = generation;
    v.engine = engine;
    return v;
  }

  static DraftVersion edited(
      Draft draft,
      int versionNo,
      String authorKey,
      String authorName,
      String content,
      List<DraftSentence> sentences) {
    DraftVersion v = new DraftVersion(draft, versionNo, Kind.EDITED, content, sentences);
    v.authorKey = authorKey;
    v.authorName = authorName;
    return v;
  }

  private DraftVersion(
      Draft draft, int versionNo, Kind kind, String content, List<DraftSentence> sentences) {
    this.draft = draft;
    this.versionNo = versionNo;
    this.kind = kind;
    this.content = content;
    this.createdAt = Instant.now();
    int ordinal = 1;
    for (DraftSentence s : sentences) {
      this.sentences.add(new CitedSentence(this, ordinal++, s));
    }
  }

  public Long getId() {
    return id;
  }

  public int getVersionNo() {
    return versionNo;
  }

  public Kind getKind() {
    return kind;
  }

  public int getGeneration() {
    return generation;
  }

  public String getEngine() {
    return engine;
  }

  public String getAuthorKey() {
    return authorKey;
  }

  public String getAuthorName() {
    return authorName;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getContent() {
    return content;
  }

  public List<CitedSentence> getSentences() {
    return Collections.unmodifiableList(sentences);
  }

  public List<DraftSentence> sentencesAsData() {
    return sentences.stream().map(CitedSentence::toData).toList();
  }
}
