package dk.samtalenotat.recording;

import java.util.List;

/** A chunk or a finish was refused; nothing was stored. {@link #reason()} says why. */
@jakarta.ejb.ApplicationException(rollback = true)
public class ChunkRejectedException extends RuntimeException {

  /** Why; the API turns it into a status code and a Danish message. */
  public enum Reason {
    /** No SHA-256 was sent with the chunk, or it is not 64 hex digits. */
    CHECKSUM_MISSING,
    /** The bytes received do not have the SHA-256 sent with them: damaged on the way. */
    CHECKSUM_MISMATCH,
    /** The sequence number already holds a chunk with other content. */
    CONFLICT,
    /** A negative or absurd sequence number. */
    BAD_SEQUENCE,
    /** An empty chunk. */
    EMPTY,
    /** The recording would grow past the largest audio accepted. */
    TOO_LARGE,
    /** The upload is finished or discarded and takes no more chunks. */
    CLOSED,
    /** Finish asked for while chunks are missing; {@link #missing()} lists them. */
    INCOMPLETE,
    /**
     * The server takes too many chunks at once to take this one now; nothing was stored, and the
     * sender sends it again in a moment.
     */
    BUSY
  }

  private final Reason reason;
  private final List<Integer> missing;

  public ChunkRejectedException(Reason reason, String detail) {
    this(reason, detail, List.of());
  }

  public ChunkRejectedException(Reason reason, String detail, List<Integer> missing) {
    super(reason + ": " + detail);
    this.reason = reason;
    this.missing = List.copyOf(missing);
  }

  public Reason reason() {
    return reason;
  }

  /** The sequence numbers still missing, for {@link Reason#INCOMPLETE}. */
  public List<Integer> missing() {
    return missing;
  }
}
