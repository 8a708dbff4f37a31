package dk.samtalenotat.tenant;

import jakarta.ejb.ApplicationException;

/**
 * A deactivated user tried to sign on. The message holds no personal data; the user is named by the
 * caller's log line, by user key only.
 */
@ApplicationException(rollback = true)
public class UserDeactivatedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UserDeactivatedException() {
    super("the user is deactivated");
  }
}
