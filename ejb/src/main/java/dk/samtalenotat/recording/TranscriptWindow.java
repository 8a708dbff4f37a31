package dk.samtalenotat.recording;

import dk.samtalenotat.crypto.DataKey;
import dk.samtalenotat.crypto.Digests;
import dk.samtalenotat.crypto.WrappedKey;
import dk.samtalenotat.transcript.SegmentData;
import dk.samtalenotat.transcript.windowed.WindowPlan;
import dk.samtalenotat.transcript.windowed.WindowSegments;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the speech engine heard in one window of a recording while it was being made. The segments
 * are sealed with the window's own data key; the row is deleted, key and all, once the transcript
 * is stored, or with the rest of the conversation's content.
 */
@Entity
@Table(name = "transcript_window")
public class TranscriptWindow {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "upload_id", nullable = false)
  private AudioUpload upload;

  @Column(name = "window_index", nullable = false)
  private int windowIndex;

  @Column(name = "start_ms", nullable = false)
  private long startMillis;

  @Column(name = "end_ms", nullable = false)
  private long endMillis;

  @Column(name = "engine", nullable = false, length = 100)
  private String engine;

  @Column(name = "object_id", nullable = false, length = 80, unique = true)
  private String objectId;

  @Column(name = "segments", nullable = false, length = 300000)
  private String sealedSegments;

  @Column(name = "wrapped_key", nullable = false, length = 100)
  private String wrappedKey;

  @Column(name = "kek_version", nullable = false)
  private Integer kekVersion;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected TranscriptWindow() {}

  /**
   * @param key a fresh data key of the conversation's tenant, for this window only
   */
  public TranscriptWindow(AudioUpload upload, WindowSegments heard, String engine, DataKey key) {
    this.upload = upload;
    this.windowIndex = heard.window().index();
    this.startMillis = heard.window().startMillis();
    this.endMillis = heard.window().endMillis();
    this.engine = engine;
    this.objectId = "transcript-window:" + UUID.randomUUID();
    this.sealedSegments = key.seal(objectId, toJson(heard.segments()));
    this.wrappedKey = key.wrapped().base64();
    this.kekVersion = key.wrapped().kekVersion();
    this.createdAt = Instant.now();
  }

  /** The window and its segments, decrypted with the key {@link #getWrappedKey} opens. */
  public WindowSegments open(DataKey key) {
    return new WindowSegments(
        new WindowPlan.Window(windowIndex, startMillis, endMillis),
        fromJson(key.open(objectId, sealedSegments)));
  }

  /** SHA-256 of the sealed segments, for the deletion evidence. */
  public String ciphertextSha256() {
    return java.util.HexFormat.of()
        .formatHex(Digests.sha256().digest(sealedSegments.getBytes(StandardCharsets.US_ASCII)));
  }

  public void rewrapped(WrappedKey key) {
    wrappedKey = key.base64();
    kekVersion = key.kekVersion();
  }

  static String toJson(List<SegmentData> segments) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    for (SegmentData s : segments) {
      var o =
          Json.createObjectBuilder()
              .add("start", s.startMillis())
              .add("end", s.endMillis())
              .add("lang", s.language())
              .add("text", s.text());
      if (s.speaker() != null) {
        o.add("speaker", s.speaker());
      }
      a.add(o);
    }
    return a.build().toString();
  }

  static List<SegmentData> fromJson(String json) {
    JsonArray a;
    try (JsonReader r = Json.createReader(new StringReader(json))) {
      a = r.readArray();
    }
    List<SegmentData> out = new ArrayList<>(a.size());
    for (JsonValue v : a) {
      JsonObject o = v.asJsonObject();
      out.add(
          new SegmentData(
              o.getJsonNumber("start").longValue(),
              o.getJsonNumber("end").longValue(),
              o.getString("speaker", null),
              o.getString("lang"),
              o.getString("text")));
    }
    return out;
  }

  public Long getId() {
    return id;
  }

  public AudioUpload getUpload() {
    return upload;
  }

  public int getWindowIndex() {
    return windowIndex;
  }

  public String getObjectId() {
    return objectId;
  }

  public String getEngine() {
    return engine;
  }

  public WrappedKey getWrappedKey() {
    return WrappedKey.of(kekVersion, wrappedKey);
  }
}
