package dk.samtalenotat.draft;

/** Port: proposes the content of a journal note from a transcript. */
public interface DraftGenerator {

  /** Short name of the engine for logs and the screens, for example "offline". */
  String engineName();

  /**
   * Drafts the note.
   *
   * @throws DraftGenerationException when the engine fails
   */
  GeneratedDraft generate(DraftRequest request) throws DraftGenerationException;
}
