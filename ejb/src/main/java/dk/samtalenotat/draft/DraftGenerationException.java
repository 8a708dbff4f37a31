package dk.samtalenotat.draft;

/** A draft engine failed; the message is for logs, never shown to a caseworker as it is. */
public class DraftGenerationException extends Exception {

  private final boolean transientFailure;

  public DraftGenerationException(String message, boolean transientFailure, Throwable cause) {
    super(message, cause);
    this.transientFailure = transientFailure;
  }

  public DraftGenerationException(String message, boolean transientFailure) {
    this(message, transientFailure, null);
  }

  /** True when the same request may succeed later (timeout, 429, 5xx, connection refused). */
  public boolean transient_() {
    return transientFailure;
  }
}
