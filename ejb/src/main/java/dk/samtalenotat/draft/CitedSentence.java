package dk.samtalenotat.draft;

import dk.samtalenotat.crypto.DataKey;
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
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A sentence of a draft version with the transcript segments it cites. */
@Entity
@Table(name = "draft_sentence")
public class CitedSentence {

  /**
   * The longest sentence, in characters: what the offline engine can make of the longest segment
   * ({@link dk.samtalenotat.transcript.TranscriptSegment#MAX_TEXT}), whose third-person rewriting
   * grows a text at most about eightfold ("vi" becomes "sagsbehandler og borger"), with room to
   * spare. Sealed (at most 4 × 100,000 + 40 characters of Base64) it fits {@code sentence_text}
   * (V65).
   */
  public static final int MAX_TEXT = 100_000;

  /** The longest list of citations ("1,2,3"), in characters: the {@code citations} column. */
  public static final int MAX_CITATIONS = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "version_id", nullable = false)
  private DraftVersion version;

  @Column(name = "ordinal", nullable = false)
  private int ordinal;

  @Enumerated(EnumType.STRING)
  @Column(name = "section", nullable = false, length = 30)
  private NoteSection section;

  /** Encrypted with the version's data key; {@link #text} holds it once decrypted. */
  @Column(name = "sentence_text", nullable = false, length = 400_100)
  private String sealedText;

  @Transient private String text;

  /** Segment ordinals, comma separated; empty when nothing supports the sentence. */
  @Column(name = "citations", nullable = false, length = MAX_CITATIONS)
  private String citations;

  protected CitedSentence() {}

  CitedSentence(DraftVersion version, int ordinal, DraftSentence data, DataKey key) {
    this.version = version;
    this.ordinal = ordinal;
    this.section = data.section();
    this.text = data.text();
    this.sealedText = key.seal(aad(version, ordinal), text);
    this.citations = citationsText(data.citations());
  }

  /** The citations as the column holds them. */
  static String citationsText(List<Integer> citations) {
    return citations.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  public int getOrdinal() {
    return ordinal;
  }

  public NoteSection getSection() {
    return section;
  }

  public String getText() {
    if (text == null) {
      throw new IllegalStateException("sentence " + ordinal + " not decrypted");
    }
    return text;
  }

  private static String aad(DraftVersion version, int ordinal) {
    return version.getObjectId() + ":sentence:" + ordinal;
  }

  void unlock(DataKey key) {
    if (text == null) {
      text = key.open(aad(version, ordinal), sealedText);
    }
  }

  String ciphertext() {
    return sealedText;
  }

  public List<Integer> getCitations() {
    if (citations.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(citations.split(",")).map(Integer::valueOf).toList();
  }

  DraftSentence toData() {
    return new DraftSentence(section, getText(), getCitations());
  }
}
