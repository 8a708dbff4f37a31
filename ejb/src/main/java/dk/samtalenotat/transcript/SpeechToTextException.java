package dk.samtalenotat.transcript;

/** A speech engine failed; the message is for logs, never shown to a caseworker as it is. */
public class SpeechToTextException extends Exception {

  private final boolean transientFailure;

  public SpeechToTextException(String message, boolean transientFailure, Throwable cause) {
    super(message, cause);
    this.transientFailure = transientFailure;
  }

  public SpeechToTextException(String message, boolean transientFailure) {
    this(message, transientFailure, null);
  }

  /** True when the same request may succeed later (timeout, 429, 5xx, connection refused). */
  public boolean transient_() {
    return transientFailure;
  }
}
