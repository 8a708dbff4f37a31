package dk.samtalenotat.recording;

import dk.samtalenotat.conversation.Conversation;
import dk.samtalenotat.crypto.WrappedKey;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A recording arriving in chunks. The rules of intake live here: a chunk is taken once per sequence
 * number (a repeat with the same checksum is acknowledged, one with other content refused), the
 * whole stays under the size limit, and finishing needs every chunk from 0 to the last.
 *
 * <p>The upload keeps the highest sequence number it holds beside the count, so a sender going in
 * order (every chunk one past the last) costs no look-up of the chunks held: a number above the
 * highest cannot be held, and count equal to highest plus one means there is no gap.
 */
@Entity
@Table(name = "audio_upload")
public class AudioUpload {

  /** The most chunks one upload takes: ten hours in one-second chunks. */
  public static final int MAX_SEQ = 36_000;

  /** Where the upload stands. */
  public enum State {
    OPEN,
    FINISHED,
    DESTROYED
  }

  /** What became of a chunk offered with {@link #admit}. */
  public enum Admission {
    /** Not seen before: store it. */
    NEW,
    /** Already held with the same checksum: acknowledge, store nothing. */
    DUPLICATE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "conversation_id", nullable = false)
  private Conversation conversation;

  @Column(name = "upload_key", nullable = false, length = 36, unique = true)
  private String uploadKey;

  @Column(name = "media_type", length = 100)
  private String mediaType;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 20)
  private State state;

  @Column(name = "wrapped_key", length = 100)
  private String wrappedKey;

  @Column(name = "kek_version")
  private Integer kekVersion;

  @Column(name = "chunk_count", nullable = false)
  private int chunkCount;

  @Column(name = "bytes_received", nullable = false)
  private long bytesReceived;

  /** The highest sequence number held, -1 for none. */
  @Column(name = "highest_seq", nullable = false)
  private int highestSeq = -1;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "destroyed_at")
  private Instant destroyedAt;

  protected AudioUpload() {}

  /**
   * @param mediaType what the sender says it records, for example {@code audio/webm;codecs=opus}; a
   *     hint for the file name only, the stored recording's format is sniffed from its bytes
   */
  public AudioUpload(Conversation conversation, String mediaType, WrappedKey key) {
    this.conversation = conversation;
    this.uploadKey = UUID.randomUUID().toString();
    this.mediaType = mediaType == null || mediaType.isBlank() ? null : cut(mediaType.strip(), 100);
    this.state = State.OPEN;
    this.wrappedKey = key.base64();
    this.kekVersion = key.kekVersion();
    this.createdAt = Instant.now();
  }

  /**
   * Decides whether a chunk is new, before any byte of it is stored.
   *
   * @param held the chunk already held under this sequence number, if any
   * @throws ChunkRejectedException when the upload is closed, the sequence number is out of range,
   *     or another chunk already holds it
   */
  public Admission admit(int seq, String sha256, Optional<UploadChunk> held) {
    requireOpen();
    if (seq < 0 || seq > MAX_SEQ) {
      throw new ChunkRejectedException(
          ChunkRejectedException.Reason.BAD_SEQUENCE, seq + " is not between 0 and " + MAX_SEQ);
    }
    if (held.isPresent()) {
      if (held.get().getSha256().equalsIgnoreCase(sha256)) {
        return Admission.DUPLICATE;
      }
      throw new ChunkRejectedException(
          ChunkRejectedException.Reason.CONFLICT,
          "chunk " + seq + " of " + uploadKey + " already holds other content");
    }
    return Admission.NEW;
  }

  /** How many more bytes the recording may take under {@code maxBytes}. */
  public long remaining(long maxBytes) {
    return Math.max(0, maxBytes - bytesReceived);
  }

  /**
   * Whether a chunk may already be held under {@code seq}, so that it must be looked up before
   * {@link #admit}: never above the highest number held.
   */
  public boolean mayHold(int seq) {
    return seq <= highestSeq;
  }

  /** Counts a chunk stored after {@link #admit} said it was new. */
  public void chunkStored(int seq, long size) {
    requireOpen();
    chunkCount++;
    bytesReceived += size;
    highestSeq = Math.max(highestSeq, seq);
  }

  /** Whether the chunks held are exactly 0 to the highest, with no gap (also when none is held). */
  public boolean gapless() {
    return chunkCount == highestSeq + 1;
  }

  /** The highest sequence number held, -1 for none. */
  public int getHighestSeq() {
    return highestSeq;
  }

  /**
   * The sequence numbers held as ranges, without listing them: only for an upload that is {@link
   * #gapless}; otherwise {@link #ranges} of the numbers held.
   */
  public List<SeqRange> receivedWithoutGaps() {
    if (!gapless()) {
      throw new IllegalStateException(uploadKey + " has gaps");
    }
    return highestSeq < 0 ? List.of() : List.of(new SeqRange(0, highestSeq));
  }

  /**
   * Ascending sequence numbers as ranges of consecutive numbers: {@code 0,1,2,5,6} is {@code 0-2,
   * 5-6}.
   *
   * @param held ascending, without repeats
   */
  public static List<SeqRange> ranges(List<Integer> held) {
    List<SeqRange> out = new ArrayList<>();
    int from = -1;
    int to = -1;
    for (int seq : held) {
      if (from >= 0 && seq == to + 1) {
        to = seq;
        continue;
      }
      if (from >= 0) {
        out.add(new SeqRange(from, to));
      }
      from = seq;
      to = seq;
    }
    if (from >= 0) {
      out.add(new SeqRange(from, to));
    }
    return out;
  }

  /** The gaps between ranges held, below the highest: what a sender must still send. */
  public static List<SeqRange> gaps(List<SeqRange> held) {
    List<SeqRange> out = new ArrayList<>();
    int expected = 0;
    for (SeqRange r : held) {
      if (r.from() > expected) {
        out.add(new SeqRange(expected, r.from() - 1));
      }
      expected = r.to() + 1;
    }
    return out;
  }

  /**
   * Checks that the chunks held are exactly 0 to {@code lastSeq}.
   *
   * @param held the sequence numbers held, in ascending order
   * @throws ChunkRejectedException listing the missing ones otherwise
   */
  public void requireComplete(int lastSeq, List<Integer> held) {
    requireOpen();
    if (lastSeq < 0 || held.isEmpty()) {
      throw new ChunkRejectedException(
          ChunkRejectedException.Reason.EMPTY, uploadKey + " holds no chunk");
    }
    List<Integer> missing = missing(held, lastSeq);
    if (!missing.isEmpty()) {
      throw new ChunkRejectedException(
          ChunkRejectedException.Reason.INCOMPLETE,
          uploadKey + " misses " + missing.size() + " chunk(s) up to " + lastSeq,
          missing);
    }
    if (held.get(held.size() - 1) > lastSeq) {
      throw new ChunkRejectedException(
          ChunkRejectedException.Reason.BAD_SEQUENCE,
          uploadKey + " holds chunks after " + lastSeq + ", the last one named");
    }
  }

  /**
   * The sequence numbers below {@code upTo} (inclusive) that are not held: the gaps a sender must
   * fill before finishing.
   *
   * @param held ascending, without repeats
   */
  public static List<Integer> missing(List<Integer> held, int upTo) {
    List<Integer> missing = new ArrayList<>();
    int expected = 0;
    for (int seq : held) {
      if (seq > upTo) {
        break;
      }
      for (; expected < seq; expected++) {
        missing.add(expected);
      }
      expected = seq + 1;
    }
    for (; expected <= upTo; expected++) {
      missing.add(expected);
    }
    return missing;
  }

  /** The chunks are joined into a recording; the chunks and this upload's key are gone. */
  public void finished(Instant at) {
    requireOpen();
    state = State.FINISHED;
    finishedAt = at;
    wrappedKey = null;
    kekVersion = null;
  }

  /** Chunks and key destroyed without becoming a recording (opt-out, expiry, discard). */
  public void destroyed(Instant at) {
    state = State.DESTROYED;
    destroyedAt = at;
    wrappedKey = null;
    kekVersion = null;
  }

  public boolean isOpen() {
    return state == State.OPEN;
  }

  private void requireOpen() {
    if (state != State.OPEN) {
      throw new ChunkRejectedException(
          ChunkRejectedException.Reason.CLOSED, uploadKey + " is " + state);
    }
  }

  /** What the chunks' encryption is bound to, and the deletion evidence names. */
  public String getObjectId() {
    return "upload:" + uploadKey;
  }

  /** The wrapped data key of the chunks, or null once finished or destroyed. */
  public WrappedKey getWrappedKey() {
    return wrappedKey == null ? null : WrappedKey.of(kekVersion, wrappedKey);
  }

  public void rewrapped(WrappedKey key) {
    if (wrappedKey != null) {
      wrappedKey = key.base64();
      kekVersion = key.kekVersion();
    }
  }

  private static String cut(String s, int max) {
    return s.length() > max ? s.substring(0, max) : s;
  }

  public Long getId() {
    return id;
  }

  public Conversation getConversation() {
    return conversation;
  }

  public String getUploadKey() {
    return uploadKey;
  }

  public String getMediaType() {
    return mediaType;
  }

  public State getState() {
    return state;
  }

  public int getChunkCount() {
    return chunkCount;
  }

  public long getBytesReceived() {
    return bytesReceived;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public Instant getDestroyedAt() {
    return destroyedAt;
  }
}
