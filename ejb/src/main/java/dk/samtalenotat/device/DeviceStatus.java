package dk.samtalenotat.device;

/** Whether a device's token is accepted now. */
public enum DeviceStatus {
  ACTIVE,
  EXPIRED,
  REVOKED
}
