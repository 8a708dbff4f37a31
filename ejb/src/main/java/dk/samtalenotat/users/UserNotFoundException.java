package dk.samtalenotat.users;

import jakarta.ejb.ApplicationException;

/** No user with that key in the caller's municipality (another municipality's users included). */
@ApplicationException(rollback = true)
public class UserNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UserNotFoundException() {
    super("no such user in the caller's municipality");
  }
}
