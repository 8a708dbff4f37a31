package dk.samtalenotat.audio;

/** An uploaded audio file was refused; nothing was stored. {@link #reason()} says why. */
@jakarta.ejb.ApplicationException(rollback = true)
public class AudioRejectedException extends RuntimeException {

  /** Why a file was refused; the screens turn it into Danish. */
  public enum Reason {
    EMPTY,
    TOO_LARGE,
    NOT_AUDIO,
    MISLABELLED,
    UNREADABLE
  }

  private final Reason reason;

  public AudioRejectedException(Reason reason, String detail) {
    super(reason + ": " + detail);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
