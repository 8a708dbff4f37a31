package dk.samtalenotat.draft;

import dk.samtalenotat.conversation.Conversation;
import dk.samtalenotat.conversation.StaleDraftException;
import dk.samtalenotat.crypto.DataKey;
import dk.samtalenotat.crypto.DataKeys;
import dk.samtalenotat.draft.check.FactFlag;
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
import java.util.Optional;

/**
 * The draft note of a conversation and all its versions, generated or edited. One per conversation;
 * versions are only added, never changed.
 */
@Entity
@Table(name = "draft")
public class Draft {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "conversation_id", nullable = false, unique = true)
  private Conversation conversation;

  @OneToMany(mappedBy = "draft", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("versionNo")
  private List<DraftVersion> versions = new ArrayList<>();

  @Column(name = "approved_version_no")
  private Integer approvedVersionNo;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Column(name = "approved_by", length = 200)
  private String approvedBy;

  protected Draft() {}

  public Draft(Conversation conversation) {
    this.conversation = conversation;
  }

  /**
   * Adds what an engine generated for the given generation, unless that generation is already here
   * (a redelivered job).
   *
   * @return the new version, or empty when the generation was already stored
   */
  public Optional<DraftVersion> addGenerated(
      int generation, String engine, String content, List<DraftSentence> sentences, DataKey key) {
    return addGenerated(generation, engine, null, content, sentences, key);
  }

  /**
   * As {@link #addGenerated(int, String, String, List, DataKey)}, recording the template version
   * that the engine wrote by (0 the standard template).
   */
  public Optional<DraftVersion> addGenerated(
      int generation,
      String engine,
      Integer templateVersion,
      String content,
      List<DraftSentence> sentences,
      DataKey key) {
    boolean known = versions.stream().anyMatch(v -> v.getGeneration() == generation);
    if (known) {
      return Optional.empty();
    }
    DraftVersion v =
        DraftVersion.generated(
            this,
            versions.size() + 1,
            generation,
            engine,
            templateVersion,
            content,
            sentences,
            key);
    versions.add(v);
    return Optional.of(v);
  }

  /**
   * Adds the caseworker's edited text as a new version.
   *
   * @param key a fresh data key of the tenant, for this version only
   */
  public DraftVersion addEdited(
      String authorKey,
      String authorName,
      String content,
      List<DraftSentence> sentences,
      DataKey key) {
    DraftVersion v =
        DraftVersion.edited(
            this,
            versions.size() + 1,
            authorKey,
            authorName,
            versions.isEmpty() ? null : current().getTemplateVersion(),
            content,
            sentences,
            key);
    versions.add(v);
    return v;
  }

  /**
   * Records the unsupported-fact check of a version just added, with the same data key. When a
   * caseworker made it, the open flags of the version before that no longer appear are resolved by
   * that edit.
   */
  public void checked(DraftVersion version, List<FactFlag> flags, DataKey key) {
    int at = versions.indexOf(version);
    if (at < 0) {
      throw new IllegalArgumentException("version " + version.getVersionNo() + " is not here");
    }
    DraftVersion previous = at == 0 ? null : versions.get(at - 1);
    version.recordFlags(flags, previous, key);
    if (previous != null && version.getKind() == DraftVersion.Kind.EDITED) {
      previous.resolvedByEdit(
          version, version.getAuthorKey(), version.getAuthorName(), version.getCreatedAt());
    }
  }

  /**
   * The caseworker checked a flagged fact of the current version and confirms it.
   *
   * @throws StaleDraftException when the caseworker looked at another version than the current, or
   *     at a flag it does not have: either way the page is out of date
   */
  public void confirmFlag(int versionNo, int flagOrdinal, String byKey, String byName, Instant at) {
    if (current().getVersionNo() != versionNo
        || !current().confirm(flagOrdinal, byKey, byName, at)) {
      throw new StaleDraftException(versionNo, current().getVersionNo());
    }
  }

  /**
   * Marks the current version as the approved note.
   *
   * @throws OpenFlagsException while a flag of the current version is unresolved
   */
  public void approve(String approverName, Instant at) {
    if (versions.isEmpty()) {
      throw new IllegalStateException("nothing to approve");
    }
    long open = current().openFlags();
    if (open > 0) {
      throw new OpenFlagsException(current().getVersionNo(), open);
    }
    approvedVersionNo = current().getVersionNo();
    approvedAt = at;
    approvedBy = approverName;
  }

  /** Decrypts the versions not destroyed, each with its own data key. */
  public void unlock(DataKeys keys) {
    for (DraftVersion v : versions) {
      if (v.needsUnlock()) {
        v.unlock(keys.open(conversation.getTenant().getCvr(), v.getWrappedKey()));
      }
    }
  }

  public DraftVersion current() {
    if (versions.isEmpty()) {
      throw new IllegalStateException("draft " + id + " has no version");
    }
    return versions.get(versions.size() - 1);
  }

  public Long getId() {
    return id;
  }

  public Conversation getConversation() {
    return conversation;
  }

  public List<DraftVersion> getVersions() {
    return Collections.unmodifiableList(versions);
  }

  public Integer getApprovedVersionNo() {
    return approvedVersionNo;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public String getApprovedBy() {
    return approvedBy;
  }
}
