package dk.samtalenotat.draft;

import java.util.List;

/**
 * The content an engine proposes: sentences per section, each citing its segments. Title, header
 * lines and the documentation line are laid out by the application, the same for every engine.
 */
public record GeneratedDraft(List<DraftSentence> sentences, String engine) {

  public GeneratedDraft {
    sentences = List.copyOf(sentences);
  }
}
