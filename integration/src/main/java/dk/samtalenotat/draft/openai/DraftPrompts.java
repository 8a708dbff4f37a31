package dk.samtalenotat.draft.openai;

import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.draft.DraftParticipant;
import dk.samtalenotat.draft.DraftRequest;
import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.draft.NoteSection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
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
  private final Map<ConversationType, String> typeInstructions =
      new EnumMap<>(ConversationType.class);

  DraftPrompts() {
    system = load("draft-system.txt");
    user = load("draft-user.txt");
    agreementsBinding = load("draft-agreements-binding.txt");
    agreementsNotBinding = load("draft-agreements-not-binding.txt");
    for (ConversationType type : ConversationType.values()) {
      typeInstructions.put(type, load("draft-type-" + type.name() + ".txt"));
    }
  }

  String system(ConversationType type) {
    String sections =
        Arrays.stream(NoteSection.values())
            .map(s -> s.name() + ": " + s.heading())
            .collect(Collectors.joining("\n"));
    return system
        .replace("{{TYPE_NAME}}", type.danishName())
        .replace("{{TYPE_INSTRUCTION}}", typeInstructions.get(type))
        .replace(
            "{{AGREEMENTS_INSTRUCTION}}",
            type.bindingAgreementsAllowed() ? agreementsBinding : agreementsNotBinding)
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
    // The transcript goes in last so nothing in it can be mistaken for a placeholder.
    return user.replace("{{TYPE_NAME}}", request.type().danishName())
        .replace("{{FORM}}", request.form() == null ? "-" : request.form().danishName())
        .replace(
            "{{TIME}}",
            request.conversationTime() == null ? "-" : TIME.format(request.conversationTime()))
        .replace("{{PARTICIPANTS}}", participants.isEmpty() ? "-" : participants)
        .replace("{{SEGMENTS}}", segments);
  }

  private static String participantLine(DraftParticipant p) {
    String role = p.role() == null ? "" : " (" + p.role().danishName() + ")";
    return "- " + (p.name() == null || p.name().isBlank() ? "Ukendt" : p.name()) + role;
  }

  /** {@code [n] (mm:ss) Speaker: text}; minutes go past 59 for long conversations. */
  static String segmentLine(DraftSegment s) {
    long seconds = s.startMillis() / 1000;
    String speaker =
        s.speaker() != null && !s.speaker().isBlank()
            ? s.speaker()
            : s.speakerRole() != null ? s.speakerRole().danishName() : "Ukendt";
    return String.format(
        "[%d] (%02d:%02d) %s: %s",
        s.index(), seconds / 60, seconds % 60, speaker, s.text().replaceAll("\\s+", " ").strip());
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
