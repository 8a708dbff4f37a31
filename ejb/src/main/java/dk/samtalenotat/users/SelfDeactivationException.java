package dk.samtalenotat.users;

import jakarta.ejb.ApplicationException;

/**
 * An administrator tried to deactivate themselves, which would lock them out of the screen that
 * reactivates users.
 */
@ApplicationException(rollback = true)
public class SelfDeactivationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SelfDeactivationException() {
    super("an administrator cannot deactivate themselves");
  }
}
