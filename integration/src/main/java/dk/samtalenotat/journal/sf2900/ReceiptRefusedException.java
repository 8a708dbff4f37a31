package dk.samtalenotat.journal.sf2900;

import jakarta.ejb.ApplicationException;

/**
 * A receipt that did not come over the receipt listener with a verified client certificate. Sent
 * back as a SOAP fault without detail: the caller learns only that it was refused. (The server's
 * configuration answers such a call with 403 before it gets here; this is the second line.)
 */
@ApplicationException(rollback = true)
public class ReceiptRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ReceiptRefusedException() {
    super("receipt refused: no verified client certificate on the receipt listener");
  }
}
