package dk.samtalenotat.conversation;

/** The caseworker tried to save or approve a note with no text; nothing was changed. */
@jakarta.ejb.ApplicationException(rollback = true)
public class EmptyNoteException extends RuntimeException {

  public EmptyNoteException() {
    super("the note is empty");
  }
}
