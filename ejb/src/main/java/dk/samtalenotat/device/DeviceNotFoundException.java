package dk.samtalenotat.device;

import jakarta.ejb.ApplicationException;

/**
 * No device with that id that the caller may manage: it does not exist, belongs to another
 * caseworker, or to another municipality. The three are not told apart.
 */
@ApplicationException(rollback = true)
public class DeviceNotFoundException extends RuntimeException {

  public DeviceNotFoundException(long id) {
    super("no device " + id + " the caller may manage");
  }
}
