package dk.samtalenotat.draft;

import dk.samtalenotat.crypto.DataKey;
import dk.samtalenotat.crypto.Digests;
import dk.samtalenotat.crypto.WrappedKey;
import dk.samtalenotat.draft.check.FactFlag;
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
import jakarta.persistence.Transient;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * One version of a draft: what an engine generated, or what a caseworker saved. Content and
 * sentences are encrypted with the version's own data key; {@link #destroy} deletes them and the
 * key and keeps the row as metadata (who, when, which engine).
 */
@Entity
@Table(name = "draft_version")
public class DraftVersion {

  /**
   * The longest note text, in characters (some 80 pages). Sealed (at most 4 × 200,000 + 40
   * characters of Base64) it fits {@code content} (V65), which stays below the length at which
   * Hibernate's H2 dialect expects a CLOB.
   */
  public static final int MAX_CONTENT = 200_000;

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

  /**
   * The sections of the note as text (headings and paragraphs), what the caseworker edits;
   * encrypted here, decrypted in {@link #content}. Null once destroyed.
   */
  @Column(name = "content", length = 800_100)
  private String sealedContent;

  @Transient private String content;

  /** Bound into the encryption of content and sentences, and named in the deletion evidence. */
  @Column(name = "object_id", nullable = false, length = 80, unique = true)
  private String objectId;

  @Column(name = "wrapped_key", length = 100)
  private String wrappedKey;

  @Column(name = "kek_version")
  private Integer kekVersion;

  @Column(name = "destroyed_at")
  private Instant destroyedAt;

  /**
   * The version of the municipality's template that made the text (0 the standard template); an
   * edited version keeps the one it was edited from. Null for versions from before templates.
   */
  @Column(name = "template_version")
  private Integer templateVersion;

  @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("ordinal")
  private List<CitedSentence> sentences = new ArrayList<>();

  @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("ordinal")
  private List<DraftFlag> flags = new ArrayList<>();

  protected DraftVersion() {}

  static DraftVersion generated(
      Draft draft,
      int versionNo,
      int generation,
      String engine,
      Integer templateVersion,
      String content,
      List<DraftSentence> sentences,
      DataKey key) {
    DraftVersion v = new DraftVersion(draft, versionNo, Kind.GENERATED, content, sentences, key);
    v.generation = generation;
    v.engine = engine;
    v.templateVersion = templateVersion;
    return v;
  }

  static DraftVersion edited(
      Draft draft,
      int versionNo,
      String authorKey,
      String authorName,
      Integer templateVersion,
      String content,
      List<DraftSentence> sentences,
      DataKey key) {
    DraftVersion v = new DraftVersion(draft, versionNo, Kind.EDITED, content, sentences, key);
    v.authorKey = authorKey;
    v.authorName = authorName;
    v.templateVersion = templateVersion;
    return v;
  }

  private DraftVersion(
      Draft draft,
      int versionNo,
      Kind kind,
      String content,
      List<DraftSentence> sentences,
      DataKey key) {
    this.draft = draft;
    this.versionNo = versionNo;
    this.kind = kind;
    this.createdAt = Instant.now();
    this.objectId = "draft-version:" + UUID.randomUUID();
    this.wrappedKey = key.wrapped().base64();
    this.kekVersion = key.wrapped().kekVersion();
    requireFits(content, sentences);
    this.content = content;
    this.sealedContent = key.seal(objectId + ":content", content);
    int ordinal = 1;
    for (DraftSentence s : sentences) {
      this.sentences.add(new CitedSentence(this, ordinal++, s, key));
    }
  }

  /**
   * Refuses a version the columns cannot hold, before anything is sealed.
   *
   * @throws NoteTooLongException naming what is too long
   */
  public static void requireFits(String content, List<DraftSentence> sentences) {
    if (content.length() > MAX_CONTENT) {
      throw new NoteTooLongException(
          NoteTooLongException.What.NOTE, content.length(), MAX_CONTENT, 0);
    }
    for (int i = 0; i < sentences.size(); i++) {
      DraftSentence s = sentences.get(i);
      if (s.text().length() > CitedSentence.MAX_TEXT) {
        throw new NoteTooLongException(
            NoteTooLongException.What.SENTENCE, s.text().length(), CitedSentence.MAX_TEXT, i + 1);
      }
      int cited = CitedSentence.citationsText(s.citations()).length();
      if (cited > CitedSentence.MAX_CITATIONS) {
        throw new NoteTooLongException(
            NoteTooLongException.What.CITATIONS, cited, CitedSentence.MAX_CITATIONS, i + 1);
      }
    }
  }

  /** Decrypts content and sentences; nothing happens when they already are or are destroyed. */
  void unlock(DataKey key) {
    if (content == null && !isDestroyed()) {
      content = key.open(objectId + ":content", sealedContent);
      sentences.forEach(s -> s.unlock(key));
      flags.forEach(f -> f.unlock(key));
    }
  }

  boolean needsUnlock() {
    return content == null && !isDestroyed();
  }

  /**
   * Deletes content, sentences and the data key.
   *
   * @return the SHA-256 of the destroyed ciphertext (wrapped key, content, sentences in order)
   */
  public String destroy(Instant at) {
    // The retention claim may have set destroyedAt already; the key tells whether content is left.
    if (wrappedKey == null) {
      throw new IllegalStateException(objectId + " is already destroyed");
    }
    List<String> sentenceCiphertexts = sentences.stream().map(s -> s.ciphertext()).toList();
    sentences.clear();
    // Flags keep their kind and resolution as metadata; the quoted fact and reason go.
    List<String> flagCiphertexts = new ArrayList<>();
    for (DraftFlag f : flags) {
      flagCiphertexts.addAll(List.of(f.destroy()));
    }
    String hash = destroyedHash(wrappedKey, sealedContent, sentenceCiphertexts, flagCiphertexts);
    sealedContent = null;
    content = null;
    wrappedKey = null;
    kekVersion = null;
    destroyedAt = at;
    return hash;
  }

  /**
   * The SHA-256 that {@link #destroy} records, from the stored columns: the wrapped key, the
   * content, the sentences' ciphertext in their order, then each flag's sealed fact and reason (and
   * the transcript's value where the flag has one; see {@link #flagCiphertexts}). The retention
   * sweep destroys versions a batch at a time from these columns and records the same hash.
   */
  public static String destroyedHash(
      String wrappedKey,
      String sealedContent,
      List<String> sentenceCiphertexts,
      List<String> flagCiphertexts) {
    MessageDigest sha = Digests.sha256();
    Digests.update(sha, wrappedKey);
    Digests.update(sha, sealedContent);
    sentenceCiphertexts.forEach(c -> Digests.update(sha, c));
    flagCiphertexts.forEach(c -> Digests.update(sha, c));
    return HexFormat.of().formatHex(sha.digest());
  }

  /** What of one flag's columns the hash covers, as {@link DraftFlag#destroy} lists it. */
  public static List<String> flagCiphertexts(String fact, String reason, String transcriptValue) {
    return transcriptValue == null
        ? Arrays.asList(fact, reason)
        : Arrays.asList(fact, reason, transcriptValue);
  }

  public boolean isDestroyed() {
    return destroyedAt != null;
  }

  public Draft getDraft() {
    return draft;
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

  /** The template version that made the text; 0 the standard template, null from before. */
  public Integer getTemplateVersion() {
    return templateVersion;
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

  /**
   * The text, or null once destroyed.
   *
   * @throws IllegalStateException when it was not decrypted: load drafts through the
   *     ConversationRepository, which does
   */
  public String getContent() {
    if (needsUnlock()) {
      throw new IllegalStateException("draft version " + versionNo + " not decrypted");
    }
    return content;
  }

  public List<CitedSentence> getSentences() {
    return Collections.unmodifiableList(sentences);
  }

  /**
   * Records what the unsupported-fact check found in this version. A fact the caseworker already
   * confirmed in the version before, in a sentence left unchanged, stays confirmed.
   */
  void recordFlags(List<FactFlag> found, DraftVersion previous, DataKey key) {
    if (!flags.isEmpty()) {
      throw new IllegalStateException(objectId + " is already checked");
    }
    int ordinal = 1;
    for (FactFlag f : found) {
      DraftFlag flag = new DraftFlag(this, ordinal++, f, key);
      if (previous != null && !previous.isDestroyed()) {
        String sentence = sentences.get(flag.getSentenceOrdinal() - 1).getText();
        previous.flags.stream()
            .filter(old -> old.getResolution() == DraftFlag.Resolution.CONFIRMED)
            .filter(old -> old.getKind() == flag.getKind() && flag.getFact().equals(old.getFact()))
            .filter(
                old ->
                    sentence.equals(previous.sentences.get(old.getSentenceOrdinal() - 1).getText()))
            .findFirst()
            .ifPresent(flag::carryOver);
      }
      flags.add(flag);
    }
  }

  /**
   * The flags of this version a newer version no longer has (the caseworker changed the sentence)
   * are resolved by that edit.
   */
  void resolvedByEdit(DraftVersion newer, String byKey, String byName, Instant at) {
    for (DraftFlag old : flags) {
      boolean stillThere =
          newer.flags.stream()
              .anyMatch(f -> f.getKind() == old.getKind() && f.getFact().equals(old.getFact()));
      if (old.isOpen() && !stillThere) {
        old.resolve(DraftFlag.Resolution.EDITED, byKey, byName, at);
      }
    }
  }

  /**
   * The caseworker confirms a flagged fact after checking it.
   *
   * @return false when the version has no flag with that ordinal
   */
  boolean confirm(int flagOrdinal, String byKey, String byName, Instant at) {
    for (DraftFlag f : flags) {
      if (f.getOrdinal() == flagOrdinal) {
        f.resolve(DraftFlag.Resolution.CONFIRMED, byKey, byName, at);
        return true;
      }
    }
    return false;
  }

  public List<DraftFlag> getFlags() {
    return Collections.unmodifiableList(flags);
  }

  public long openFlags() {
    return flags.stream().filter(DraftFlag::isOpen).count();
  }

  public List<DraftSentence> sentencesAsData() {
    return sentences.stream().map(CitedSentence::toData).toList();
  }
}
