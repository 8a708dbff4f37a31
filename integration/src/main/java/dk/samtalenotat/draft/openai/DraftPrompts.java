package dk.samtalenotat.draft.openai;

import dk.samtalenotat.draft.DraftParticipant;
import dk.samtalenotat.draft.DraftRequest;
import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.template.NoteTemplate;
import dk.samtalenotat.transcript.SpokenLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * The prompt texts (resources under {@code prompts/}, so they can be read and changed without
 * touching code) filled in for one request.
 */
final class DraftPrompts {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("dd-MM-yyyy 'kl.' HH:mm");

  private final String system;
  private final String user;
  private final String agreementsBinding;
  private final String agreementsNotBinding;

  DraftPrompts() {
    system = load("draft-system.txt");
    user = load("draft-user.txt");
    agreementsBinding = load("draft-agreements-binding.txt");
    agreementsNotBinding = load("draft-agreements-not-binding.txt");
  }

  /**
   * The rules and the template: the type's instruction, its sections with their guidance, tone,
   * length, and whether binding agreements belong in the note. The rules that no template may
   * change (Danish, "kommunen", no assessment of availability or sanctions) stand in the resource.
   */
  String system(NoteTemplate template) {
    String sections =
        template.sections().stream()
            .map(
                s ->
                    s.section().name()
                        + ": "
                        + s.section().heading()
                        + (s.guidance().isEmpty() ? "" : ". " + s.guidance()))
            .collect(Collectors.joining("\n"));
    return system
        .replace("{{TYPE_NAME}}", template.type().danishName())
        .replace("{{TYPE_INSTRUCTION}}", template.instruction())
        .replace(
            "{{AGREEMENTS_INSTRUCTION}}",
            template.bindingAgreements() ? agreementsBinding : agreementsNotBinding)
        .replace("{{TONE}}", template.tone().instruction())
        .replace("{{MAX_SENTENCES}}", String.valueOf(template.length().maxSentences()))
        .replace("{{SECTIONS}}", sections);
  }

  String user(DraftRequest request) {
    String participants =
        request.participants().stream()
            .map(DraftPrompts::participantLine)
            .collect(Collectors.joining("\n"));
    String segments =
        request.segments().stream()
            .map(DraftPrompts::segmentLine)
            .collect(Collectors.joining("\n"));
    String interpreter =
        request.interpreterPresent()
            ? "ja, en tolk deltog (se deltagerne)"
            : "nej, der deltog ingen tolk";
    // The transcript goes in last so nothing in it can be mistaken for a placeholder.
    return user.replace("{{TYPE_NAME}}", request.type().danishName())
        .replace(
            "{{MUNICIPALITY}}",
            request.municipality() == null || request.municipality().isBlank()
                ? "kommunen"
                : request.municipality())
        .replace(
            "{{STOPPED}}",
            request.recordingStopped()
                ? "ja, borgeren stoppede optagelsen; udskriften slutter der"
                : "nej")
        .replace("{{FORM}}", request.form() == null ? "-" : request.form().danishName())
        .replace(
            "{{TIME}}",
            request.conversationTime() == null ? "-" : TIME.format(request.conversationTime()))
        .replace("{{PARTICIPANTS}}", participants.isEmpty() ? "-" : participants)
        .replace("{{INTERPRETER}}", interpreter)
        .replace("{{SEGMENTS}}", segments);
  }

  private static String participantLine(DraftParticipant p) {
    String role = p.role() == null ? "" : " (" + p.role().danishName() + ")";
    return "- " + (p.name() == null || p.name().isBlank() ? "Ukendt" : p.name()) + role;
  }

  /**
   * {@code [n] (mm:ss) Speaker: text}, with {@code [sprog: engelsk]} after the speaker when the
   * segment is not Danish; minutes go past 59 for long conversations.
   */
  static String segmentLine(DraftSegment s) {
    long seconds = s.startMillis() / 1000;
    String speaker =
        s.speaker() != null && !s.speaker().isBlank()
            ? s.speaker()
            : s.speakerRole() != null ? s.speakerRole().danishName() : "Ukendt";
    String language =
        SpokenLanguage.isDanish(s.language())
            ? ""
            : " [sprog: " + SpokenLanguage.danishName(s.language()) + "]";
    return String.format(
        "[%d] (%02d:%02d) %s%s: %s",
        s.index(),
        seconds / 60,
        seconds % 60,
        speaker,
        language,
        s.text().replaceAll("\\s+", " ").strip());
  }

  private static String load(String name) {
    try (InputStream in = DraftPrompts.class.getResourceAsStream("/prompts/" + name)) {
      if (in == null) {
        throw new IllegalStateException("prompt resource missing: prompts/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read prompt resource prompts/" + name, e);
    }
  }
}
