package dk.samtalenotat.template;

import dk.samtalenotat.draft.NoteSection;

/**
 * A template breaks a rule no municipality may change; nothing was saved. The screen names the
 * problem and the section (null when it concerns the template as a whole or its instruction).
 */
@jakarta.ejb.ApplicationException(rollback = true)
public class TemplateRejectedException extends RuntimeException {

  /** Which rule was broken. */
  public enum Problem {
    /** A text asks for an assessment of availability (rådighed) or for sanctions. */
    FORBIDDEN_TOPIC,
    /** An "Aftaler" section in a conversation type that may not hold binding agreements. */
    AGREEMENTS_NOT_ALLOWED,
    /** A section every note needs was left out. */
    SECTION_REQUIRED,
    /** A text is longer than the limit. */
    TOO_LONG,
    /** Tone or length missing. */
    OPTION_MISSING
  }

  private final Problem problem;
  private final NoteSection section;

  public TemplateRejectedException(Problem problem, NoteSection section) {
    super(problem + (section == null ? "" : " in " + section));
    this.problem = problem;
    this.section = section;
  }

  public Problem problem() {
    return problem;
  }

  /** The section concerned, or null for the instruction or the template as a whole. */
  public NoteSection section() {
    return section;
  }
}
