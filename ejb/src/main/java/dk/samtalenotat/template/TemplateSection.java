package dk.samtalenotat.template;

import dk.samtalenotat.draft.NoteSection;
import java.util.Objects;

/**
 * A section of the note layout that a template includes, with what the engine is told to write
 * there.
 *
 * @param guidance Danish guidance for the engine; empty when the section needs none
 */
public record TemplateSection(NoteSection section, String guidance) {

  public TemplateSection {
    Objects.requireNonNull(section, "section");
    guidance = guidance == null ? "" : guidance.strip();
  }
}
