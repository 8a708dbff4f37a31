package dk.samtalenotat.transcript;

import dk.samtalenotat.crypto.DataKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/** One timed stretch of speech in a transcript; drafts cite it by its ordinal. */
@Entity
@Table(name = "transcript_segment")
public class TranscriptSegment {

  /**
   * The longest segment text, in characters. Its sealed form (AES-GCM record of at most three UTF-8
   * bytes per character plus 29 bytes, in Base64) is at most 40,040 characters, which {@code
   * segment_text} holds in every dialect; the importer refuses longer cues and engine segments are
   * split to fit ({@link SegmentData#fitted}).
   */
  public static final int MAX_TEXT = 10_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "transcript_id", nullable = false)
  private Transcript transcript;

  @Column(name = "ordinal", nullable = false)
  private int ordinal;

  @Column(name = "start_ms", nullable = false)
  private long startMillis;

  @Column(name = "end_ms", nullable = false)
  private long endMillis;

  @Column(name = "speaker", length = 200)
  private String speaker;

  @Column(name = "lang", nullable = false, length = 10)
  private String language;

  /** Encrypted with the transcript's data key; {@link #text} holds it once decrypted. */
  @Column(name = "segment_text", nullable = false, length = 60000)
  private String sealedText;

  @Transient private String text;

  protected TranscriptSegment() {}

  TranscriptSegment(Transcript transcript, int ordinal, SegmentData data, DataKey key) {
    this.transcript = transcript;
    this.ordinal = ordinal;
    this.startMillis = data.startMillis();
    this.endMillis = data.endMillis();
    if (data.text().length() > MAX_TEXT) {
      throw new IllegalArgumentException(
          "segment "
              + ordinal
              + " has "
              + data.text().length()
              + " characters, at most "
              + MAX_TEXT);
    }
    this.speaker = data.speaker();
    this.language = data.language();
    this.text = data.text();
    this.sealedText = key.seal(aad(transcript, ordinal), text);
  }

  /** Binds the text to its transcript and place, so it cannot be moved to another. */
  private static String aad(Transcript transcript, int ordinal) {
    return aad(transcript.getObjectId(), ordinal);
  }

  static String aad(String transcriptObjectId, int ordinal) {
    return transcriptObjectId + ":segment:" + ordinal;
  }

  void unlock(DataKey key) {
    if (text == null) {
      text = key.open(aad(transcript, ordinal), sealedText);
    }
  }

  boolean isUnlocked() {
    return text != null;
  }

  String ciphertext() {
    return sealedText;
  }

  public int getOrdinal() {
    return ordinal;
  }

  public long getStartMillis() {
    return startMillis;
  }

  public long getEndMillis() {
    return endMillis;
  }

  public String getSpeaker() {
    return speaker;
  }

  public String getLanguage() {
    return language;
  }

  /**
   * @throws IllegalStateException when the text was not decrypted: load transcripts through the
   *     ConversationRepository, which does
   */
  public String getText() {
    if (text == null) {
      throw new IllegalStateException("segment " + ordinal + " not decrypted");
    }
    return text;
  }

  /** mm:ss, or h:mm:ss past the hour. */
  public String getStartLabel() {
    long s = startMillis / 1000;
    return s >= 3600
        ? String.format("%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60)
        : String.format("%02d:%02d", s / 60, s % 60);
  }
}
