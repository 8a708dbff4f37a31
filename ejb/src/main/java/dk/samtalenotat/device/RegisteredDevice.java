package dk.samtalenotat.device;

/**
 * A device just registered and its bearer token, which the screen shows this once: only its hash is
 * stored.
 */
public record RegisteredDevice(DeviceOverview device, String token) {

  @Override
  public String toString() {
    return "RegisteredDevice[" + device + ", token=(hidden)]";
  }
}
