package dk.samtalenotat.template;

import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.draft.NoteSection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The template a draft is written by: for one conversation type, the sections of the note layout it
 * includes with guidance for the engine, an instruction for the type as a whole, tone and length.
 * Both draft engines follow the same template.
 *
 * <p>Only {@link #of} makes one, and it holds every template, shipped or typed by an administrator,
 * to the rules of domain.md: no text asks for an assessment of availability (rådighed) or for
 * sanctions, an "Aftaler" section only in the job-conversation types, "kommunen" and never
 * "jobcenter" (rewritten, not refused), and the sections every note needs.
 *
 * @param versionNo the municipality's version of the template; 0 for the standard template shipped
 *     with the application
 */
public record NoteTemplate(
    ConversationType type,
    int versionNo,
    String instruction,
    Tone tone,
    NoteLength length,
    List<TemplateSection> sections) {

  /**
   * Sections a note cannot do without: why the conversation took place, what was said, what next.
   */
  public static final Set<NoteSection> REQUIRED =
      EnumSet.of(NoteSection.FORMAAL, NoteSection.DROEFTET, NoteSection.NAESTE_SKRIDT);

  /** The longest instruction or guidance text accepted. */
  public static final int MAX_TEXT = 2000;

  /**
   * Assessing availability or sanctions is the caseworker's decision, never a template's request:
   * rådighed in any form, sanktion, ydelsesstop, and stopping, cutting or reducing a benefit.
   */
  private static final Pattern FORBIDDEN =
      Pattern.compile(
          "rådig|sanktion|ydelsesstop|(stop|standse|nedsæt|fradrag|træk)\\w*\\s+(i\\s+|af\\s+|for\\s+)?"
              + "(borgerens\\s+|hans\\s+|hendes\\s+)?(ydelse|dagpenge|kontanthjælp|sygedagpenge)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Use {@link #of}: it checks the rules. */
  public NoteTemplate {
    Objects.requireNonNull(type, "type");
    sections = List.copyOf(sections);
  }

  /**
   * A template that keeps the rules, with "jobcenter" rewritten to "kommune" in every text and the
   * sections in the order of the note layout.
   *
   * @throws TemplateRejectedException when a rule is broken
   */
  public static NoteTemplate of(
      ConversationType type,
      int versionNo,
      String instruction,
      Tone tone,
      NoteLength length,
      List<TemplateSection> sections) {
    Objects.requireNonNull(type, "type");
    if (tone == null || length == null) {
      throw new TemplateRejectedException(TemplateRejectedException.Problem.OPTION_MISSING, null);
    }
    String text = check(instruction == null ? "" : instruction.strip(), null);
    EnumSet<NoteSection> seen = EnumSet.noneOf(NoteSection.class);
    List<TemplateSection> kept = new ArrayList<>();
    for (TemplateSection s : sections) {
      if (!seen.add(s.section())) {
        continue; // the screen cannot send a section twice; a hand-made list keeps the first
      }
      if (s.section() == NoteSection.AFTALER && !type.bindingAgreementsAllowed()) {
        throw new TemplateRejectedException(
            TemplateRejectedException.Problem.AGREEMENTS_NOT_ALLOWED, s.section());
      }
      kept.add(new TemplateSection(s.section(), check(s.guidance(), s.section())));
    }
    for (NoteSection required : REQUIRED) {
      if (!seen.contains(required)) {
        throw new TemplateRejectedException(
            TemplateRejectedException.Problem.SECTION_REQUIRED, required);
      }
    }
    kept.sort(Comparator.comparing(TemplateSection::section));
    return new NoteTemplate(type, versionNo, text, tone, length, kept);
  }

  private static String check(String text, NoteSection section) {
    if (text.length() > MAX_TEXT) {
      throw new TemplateRejectedException(TemplateRejectedException.Problem.TOO_LONG, section);
    }
    if (FORBIDDEN.matcher(text).find()) {
      throw new TemplateRejectedException(
          TemplateRejectedException.Problem.FORBIDDEN_TOPIC, section);
    }
    return Kommunen.rewrite(text);
  }

  /** Whether the note has the section. */
  public boolean includes(NoteSection section) {
    return sections.stream().anyMatch(s -> s.section() == section);
  }

  /** The guidance for a section, if the template includes it. */
  public Optional<String> guidance(NoteSection section) {
    return sections.stream()
        .filter(s -> s.section() == section)
        .map(TemplateSection::guidance)
        .findFirst();
  }

  /** Binding agreements have their own section only in the job-conversation types. */
  public boolean bindingAgreements() {
    return includes(NoteSection.AFTALER);
  }

  /**
   * Where a sentence an engine placed in {@code wanted} goes under this template: the section
   * itself when included; agreements of a type without binding agreements become next steps; any
   * other left-out section goes to "Drøftet og vurderet", so nothing said is lost.
   */
  public NoteSection placeOf(NoteSection wanted) {
    if (includes(wanted)) {
      return wanted;
    }
    if (wanted == NoteSection.AFTALER) {
      return NoteSection.NAESTE_SKRIDT;
    }
    return NoteSection.DROEFTET;
  }

  /** The same template as another version number (what a save stores). */
  public NoteTemplate asVersion(int number) {
    return new NoteTemplate(type, number, instruction, tone, length, sections);
  }

  /** True when the content (not the version number) is the same. */
  public boolean sameContentAs(NoteTemplate other) {
    return other != null && asVersion(0).equals(other.asVersion(0));
  }
}
