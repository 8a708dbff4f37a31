package dk.samtalenotat.draft;

import dk.samtalenotat.conversation.ConversationForm;
import dk.samtalenotat.conversation.ConversationType;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The note layout of domain.md, the same whatever engine drafted the content: title, header lines,
 * the sections, and the documentation line. Also reads an edited text back into sentences, keeping
 * the citations of every sentence the caseworker left unchanged.
 */
public final class NoteLayout {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH:mm");

  /**
   * A sentence ends at . ! or ? followed by a capital letter, so that "12. marts" and "kl. 10" stay
   * whole.
   */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\"„«])");

  private NoteLayout() {}

  /** The editable part: section headings, each followed by its sentences as one paragraph. */
  public static String content(List<DraftSentence> sentences) {
    Map<NoteSection, List<String>> bySection = new EnumMap<>(NoteSection.class);
    for (DraftSentence s : sentences) {
      bySection.computeIfAbsent(s.section(), k -> new ArrayList<>()).add(s.text().strip());
    }
    return bySection.entrySet().stream()
        .map(e -> e.getKey().heading() + "\n" + String.join(" ", e.getValue()))
        .collect(Collectors.joining("\n\n"));
  }

  /**
   * Reads edited content back into sentences. A line that is exactly a section heading starts that
   * section; text before any heading belongs to the first section. A sentence whose text is
   * unchanged keeps the citations it had in the previous version; a new or changed one has none.
   */
  public static List<DraftSentence> parse(String content, List<DraftSentence> previous) {
    Map<String, NoteSection> headings = new HashMap<>();
    for (NoteSection s : NoteSection.values()) {
      headings.put(s.heading().toLowerCase(java.util.Locale.ROOT), s);
    }
    Map<String, List<Integer>> known = new LinkedHashMap<>();
    for (DraftSentence s : previous) {
      known.putIfAbsent(normalise(s.text()), s.citations());
    }
    List<DraftSentence> result = new ArrayList<>();
    NoteSection section = NoteSection.values()[0];
    for (String rawLine : content.replace("\r\n", "\n").split("\n")) {
      String line = rawLine.strip();
      if (line.isEmpty()) {
        continue;
      }
      NoteSection heading =
          headings.get(line.replaceAll(":$", "").toLowerCase(java.util.Locale.ROOT));
      if (heading != null) {
        section = heading;
        continue;
      }
      for (String sentence : SENTENCE_END.split(line)) {
        String text = sentence.strip();
        if (!text.isEmpty()) {
          result.add(
              new DraftSentence(section, text, known.getOrDefault(normalise(text), List.of())));
        }
      }
    }
    return result;
  }

  private static String normalise(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /** "Jobsamtale 12.03.2026". */
  public static String title(ConversationType type, LocalDateTime time) {
    return type.danishName() + " " + DATE.format(time);
  }

  /** The header lines under the title. */
  public static String header(
      ConversationType type,
      ConversationForm form,
      LocalDateTime time,
      List<DraftParticipant> people) {
    String participants =
        people.stream()
            .map(
                p ->
                    p.name()
                        + " ("
                        + p.role().danishName().toLowerCase(java.util.Locale.ROOT)
                        + ")")
            .collect(Collectors.joining(", "));
    return "Samtaletype: "
        + type.danishName()
        + "\nSamtaleform: "
        + form.danishName()
        + "\nTidspunkt: "
        + DATE_TIME.format(time)
        + "\nDeltagere: "
        + (participants.isEmpty() ? "ikke registreret" : participants)
        + "\n"
        + interpreterLine(people);
  }

  /**
   * Whether a (human) interpreter took part, which the note always states: what the citizen said
   * through an interpreter reached the note in the interpreter's words.
   */
  public static String interpreterLine(List<DraftParticipant> people) {
    List<String> interpreters =
        people.stream()
            .filter(p -> p.role() == dk.samtalenotat.conversation.ParticipantRole.TOLK)
            .map(DraftParticipant::name)
            .toList();
    return interpreters.isEmpty()
        ? "Tolk: Der deltog ingen tolk."
        : "Tolk: " + String.join(" og ", interpreters) + " deltog som tolk.";
  }

  /** The documentation line of the approved note. */
  public static String documentationLine(String approverName, LocalDateTime approvedAt) {
    return "Dokumentation: Udkast dannet med AI-understøttet tale-til-tekst; gennemgået og godkendt af "
        + approverName
        + " "
        + DATE_TIME.format(approvedAt)
        + ".";
  }

  /** The whole note as it is handed to the case system. */
  public static String fullNote(String title, String header, String content, String documentation) {
    return title + "\n\n" + header + "\n\n" + content.strip() + "\n\n" + documentation + "\n";
  }
}
