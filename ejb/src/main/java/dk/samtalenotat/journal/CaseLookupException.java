package dk.samtalenotat.journal;

/** The case system could not be asked for the citizen's cases; the caseworker may type one. */
public class CaseLookupException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CaseLookupException(String message, Throwable cause) {
    super(message, cause);
  }
}
