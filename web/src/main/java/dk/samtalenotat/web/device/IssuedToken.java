package dk.samtalenotat.web.device;

import dk.samtalenotat.device.RegisteredDevice;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The token of a device registered in this request. It lives only as long as the request that
 * renders it: not in the view or the session, so a reload or the next postback no longer has it.
 */
@Named
@RequestScoped
public class IssuedToken {

  private RegisteredDevice registered;

  void show(RegisteredDevice registered) {
    this.registered = registered;
  }

  public boolean isShown() {
    return registered != null;
  }

  public RegisteredDevice getRegistered() {
    return registered;
  }
}
