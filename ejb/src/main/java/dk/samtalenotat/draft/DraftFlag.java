package dk.samtalenotat.draft;

import dk.samtalenotat.crypto.DataKey;
import dk.samtalenotat.draft.check.FactFlag;
import dk.samtalenotat.draft.check.FactKind;
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
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.Optional;

/**
 * A fact of a draft version the transcript does not support, and how the caseworker resolved it.
 * The quoted fact and the reason quote the draft, so they are encrypted with the version's key and
 * destroyed with it; kind, sentence and resolution stay as metadata.
 */
@Entity
@Table(name = "draft_flag")
public class DraftFlag {

  /** The longest fact or reason kept, in characters; longer ones are shortened with an ellipsis. */
  static final int MAX_TEXT = 10_000;

  /** How a flag was resolved. */
  public enum Resolution {
    /** The caseworker checked the fact and confirmed it as written. */
    CONFIRMED,
    /** The caseworker changed the sentence, and the new version no longer has the fact. */
    EDITED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "version_id", nullable = false)
  private DraftVersion version;

  @Column(name = "ordinal", nullable = false)
  private int ordinal;

  /** The {@link CitedSentence#getOrdinal() ordinal} of the flagged sentence. */
  @Column(name = "sentence_ordinal", nullable = false)
  private int sentenceOrdinal;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private FactKind kind;

  @Column(name = "fact", length = 60000)
  private String sealedFact;

  @Column(name = "reason", length = 60000)
  private String sealedReason;

  /** What the transcript says in the fact's place; quotes the conversation, so sealed too. */
  @Column(name = "transcript_value", length = 60000)
  private String sealedTranscriptValue;

  /** Where the fact stands in the sentence; null when it is not one span. */
  @Column(name = "fact_start")
  private Integer factStart;

  @Column(name = "fact_end")
  private Integer factEnd;

  @Transient private String fact;
  @Transient private String reason;
  @Transient private String transcriptValue;

  @Enumerated(EnumType.STRING)
  @Column(name = "resolution", length = 20)
  private Resolution resolution;

  @Column(name = "resolved_by_key", length = 200)
  private String resolvedByKey;

  @Column(name = "resolved_by_name", length = 200)
  private String resolvedByName;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  protected DraftFlag() {}

  DraftFlag(DraftVersion version, int ordinal, FactFlag found, DataKey key) {
    this.version = version;
    this.ordinal = ordinal;
    this.sentenceOrdinal = found.sentenceIndex() + 1;
    this.kind = found.kind();
    // What the check quotes is a pointer for the caseworker, not the note: kept short enough that
    // its sealed form (at most 4 × 10,000 + 40 characters) fits the columns.
    this.fact = shortened(found.fact());
    this.reason = shortened(found.reason());
    this.sealedFact = key.seal(aad("fact"), fact);
    this.sealedReason = key.seal(aad("reason"), reason);
    if (found.transcriptValue() != null && found.start() >= 0) {
      this.transcriptValue = found.transcriptValue();
      this.sealedTranscriptValue = key.seal(aad("value"), transcriptValue);
      this.factStart = found.start();
      this.factEnd = found.end();
    }
  }

  private static String shortened(String text) {
    if (text == null || text.length() <= MAX_TEXT) {
      return text;
    }
    int cut = MAX_TEXT - 1;
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut) + "…";
  }

  private String aad(String part) {
    return version.getObjectId() + ":flag:" + ordinal + ":" + part;
  }

  void unlock(DataKey key) {
    if (fact == null && sealedFact != null) {
      fact = key.open(aad("fact"), sealedFact);
      reason = key.open(aad("reason"), sealedReason);
      if (sealedTranscriptValue != null) {
        transcriptValue = key.open(aad("value"), sealedTranscriptValue);
      }
    }
  }

  void resolve(Resolution how, String byKey, String byName, Instant at) {
    if (resolution == null) {
      resolution = how;
      resolvedByKey = byKey;
      resolvedByName = byName;
      resolvedAt = at;
    }
  }

  /** Takes over the caseworker's confirmation of the same fact in the version before. */
  void carryOver(DraftFlag confirmed) {
    resolve(
        confirmed.resolution,
        confirmed.resolvedByKey,
        confirmed.resolvedByName,
        confirmed.resolvedAt);
  }

  /** The ciphertexts, for the deletion evidence; then they are gone. */
  String[] destroy() {
    String[] sealed =
        DraftVersion.flagCiphertexts(sealedFact, sealedReason, sealedTranscriptValue)
            .toArray(String[]::new);
    sealedFact = null;
    sealedReason = null;
    sealedTranscriptValue = null;
    fact = null;
    reason = null;
    transcriptValue = null;
    return sealed;
  }

  public int getOrdinal() {
    return ordinal;
  }

  public int getSentenceOrdinal() {
    return sentenceOrdinal;
  }

  public FactKind getKind() {
    return kind;
  }

  /** The words of the sentence that state the fact; null once destroyed. */
  public String getFact() {
    return fact;
  }

  /** The Danish explanation for the caseworker; null once destroyed. */
  public String getReason() {
    return reason;
  }

  /**
   * What the transcript says in the fact's place, written as the note would write it; null when the
   * check had no value to offer, or once destroyed.
   */
  public String getTranscriptValue() {
    return transcriptValue;
  }

  /**
   * The sentence with the fact replaced by the transcript's value, when the flag has one and the
   * sentence still reads as it did when checked.
   */
  public Optional<String> corrected(String sentence) {
    if (transcriptValue == null
        || factStart == null
        || factEnd > sentence.length()
        || !sentence.substring(factStart, factEnd).equals(fact)) {
      return Optional.empty();
    }
    return Optional.of(
        sentence.substring(0, factStart) + transcriptValue + sentence.substring(factEnd));
  }

  public boolean isOpen() {
    return resolution == null;
  }

  public Resolution getResolution() {
    return resolution;
  }

  public String getResolvedByKey() {
    return resolvedByKey;
  }

  public String getResolvedByName() {
    return resolvedByName;
  }

  public Instant getResolvedAt() {
    return resolvedAt;
  }
}
