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
    UNREADABLE,
    /** A WAV file that ends before its audio begins. */
    WAV_HEADER_TRUNCATED,
    /** A WAV file whose format claims no channels. */
    WAV_NO_CHANNELS,
    /** A WAV file whose sample rate, bits and block layout do not fit together. */
    WAV_BAD_FORMAT,
    /** A WAV file whose data chunk claims more bytes than the file holds. */
    WAV_LENGTH_MISMATCH,
    /** A file in another format that the decoder (ffmpeg) cannot decode. */
    UNDECODABLE
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
