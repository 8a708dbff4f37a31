package dk.samtalenotat.openai;

/**
 * A call to an OpenAI-style server failed. Adapters turn it into their port's own exception,
 * keeping {@link #transient_()}.
 */
public class OpenAiCallException extends Exception {

  private final boolean transientFailure;

  public OpenAiCallException(String message, boolean transientFailure, Throwable cause) {
    super(message, cause);
    this.transientFailure = transientFailure;
  }

  public OpenAiCallException(String message, boolean transientFailure) {
    this(message, transientFailure, null);
  }

  /** True when the same request may succeed later. */
  public boolean transient_() {
    return transientFailure;
  }
}
