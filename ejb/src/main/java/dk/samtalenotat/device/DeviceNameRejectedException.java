package dk.samtalenotat.device;

import jakarta.ejb.ApplicationException;

/** The name given for a new device cannot be used; nothing was registered. */
@ApplicationException(rollback = true)
public class DeviceNameRejectedException extends RuntimeException {

  /** Why the name was refused; each has its own Danish message. */
  public enum Reason {
    BLANK,
    TOO_LONG
  }

  private final Reason reason;

  public DeviceNameRejectedException(Reason reason) {
    super("device name refused: " + reason);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
