package dk.samtalenotat.draft.offline;

import dk.samtalenotat.draft.DraftGenerationException;
import dk.samtalenotat.draft.DraftGenerator;
import dk.samtalenotat.draft.DraftRequest;
import dk.samtalenotat.draft.GeneratedDraft;

/**
 * Placeholder so the engine selection compiles on its own branch; the real offline engine replaces
 * this class when the branches are merged. It refuses rather than pretending to draft.
 */
public class OfflineDraftEngine implements DraftGenerator {

  public OfflineDraftEngine() {}

  @Override
  public String engineName() {
    return "offline";
  }

  @Override
  public GeneratedDraft generate(DraftRequest request) throws DraftGenerationException {
    throw new DraftGenerationException("the offline draft engine is not in this build", false);
  }
}
