package dk.samtalenotat.transcript.importing;

/**
 * An imported transcript file could not be read. The message is English and for logs; the web layer
 * maps {@link #reason()} to a Danish text for the caseworker.
 */
public class TranscriptFormatException extends Exception {

  /** Why the file was rejected, stable for mapping to user-facing text. */
  public enum Reason {
    /** The file has no content (or only whitespace and a byte order mark). */
    EMPTY,
    /** The content is not UTF-8 text: NUL or control bytes, invalid UTF-8, UTF-16. */
    NOT_TEXT,
    /** The file is larger than the configured limit. */
    TOO_LARGE,
    /** The text holds no segment in a recognised format. */
    NO_SEGMENTS,
    /** A timing line is malformed (for example minutes above 59 or a missing arrow). */
    BAD_TIMESTAMP,
    /** A cue ends before it starts, or starts before the previous cue. */
    TIMESTAMPS_OUT_OF_ORDER,
    /** The stream could not be read. */
    UNREADABLE,
    /** A control character (other than NUL, which makes the file {@link #NOT_TEXT}) in the text. */
    CONTROL_CHARACTER,
    /** A line longer than {@link TranscriptImporter#MAX_LINE_CHARS}. */
    LINE_TOO_LONG,
    /**
     * A cue whose text is longer than {@link
     * dk.samtalenotat.transcript.TranscriptSegment#MAX_TEXT}.
     */
    SEGMENT_TOO_LONG,
    /** A speaker name with markup in it ({@code <b>}, {@code <script>}). */
    SPEAKER_MARKUP,
    /** A speaker name with an invisible character in it (control, format, separator). */
    SPEAKER_CONTROL_CHARACTER,
    /** A speaker name longer than {@link dk.samtalenotat.transcript.SpeakerName#MAX_LENGTH}. */
    SPEAKER_TOO_LONG
  }

  private final Reason reason;
  private final int lineNumber;

  public TranscriptFormatException(Reason reason, String message) {
    this(reason, 0, message, null);
  }

  public TranscriptFormatException(Reason reason, int lineNumber, String message) {
    this(reason, lineNumber, message, null);
  }

  public TranscriptFormatException(Reason reason, int lineNumber, String message, Throwable cause) {
    super(lineNumber > 0 ? message + " (line " + lineNumber + ")" : message, cause);
    this.reason = reason;
    this.lineNumber = lineNumber;
  }

  public Reason reason() {
    return reason;
  }

  /** The 1-based line the problem was found on, or 0 when it concerns the whole file. */
  public int lineNumber() {
    return lineNumber;
  }
}
