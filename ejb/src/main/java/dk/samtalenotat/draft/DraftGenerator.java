package dk.samtalenotat.draft;

/** Port: proposes the content of a journal note from a transcript. */
public interface DraftGenerator {

  /** Short name of the engine for logs and the screens, for example "offline". */
  String engineName();

  /**
   * The server the transcript is sent to, or empty when the engine runs inside the application:
   * what the record of processing names as recipient.
   */
  default java.util.Optional<java.net.URI> remoteAddress() {
    return java.util.Optional.empty();
  }

  /**
   * Drafts the note.
   *
   * @throws DraftGenerationException when the engine fails
   */
  GeneratedDraft generate(DraftRequest request) throws DraftGenerationException;
}
