package dk.samtalenotat.pipeline;

/**
 * Thrown out of a job's message listener so the broker delivers the message again after its
 * back-off delay. The reason is already recorded on the conversation.
 */
public class RetryLaterException extends RuntimeException {

  public RetryLaterException(String message, Throwable cause) {
    super(message, cause);
  }
}
