package dk.samtalenotat.quality;

import dk.samtalenotat.conversation.ConversationForm;
import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftParticipant;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a folder in the development-set format (the README of {@code ../shared/devset}): for each
 * conversation N, {@code N.vtt} (Teams WebVTT, voice tags are roles), {@code N.facts.json}
 * (registration, facts a note must state as Danish sentences, statements it must not make), {@code
 * N.planted.md} (a note with five planted errors), {@code N.planted.json} (the errors) and {@code
 * N.correct.md} (the note with the errors fixed).
 *
 * <p>The registration is mapped to the application's own: the voice-tag role to a {@link
 * ParticipantRole} (roles the application has no name for are {@code ANDEN}), the set's type to a
 * {@link ConversationType}. The transcript is read from the folder as it is; nothing is cleaned
 * before the application's importer reads it.
 */
public final class DevsetReader {

  private static final Pattern TRANSCRIPT = Pattern.compile("(\\d+)\\.vtt");

  /** Voice-tag roles of the set that the application's roles name. */
  static final Map<String, ParticipantRole> ROLES = roles();

  private static Map<String, ParticipantRole> roles() {
    Map<String, ParticipantRole> m = new LinkedHashMap<>();
    m.put("sagsbehandler", ParticipantRole.SAGSBEHANDLER);
    m.put("borger", ParticipantRole.BORGER);
    m.put("tolk", ParticipantRole.TOLK);
    m.put("arbejdsgiver", ParticipantRole.ARBEJDSGIVER);
    m.put("mentor", ParticipantRole.MENTOR);
    m.put("a-kasse", ParticipantRole.A_KASSE);
    m.put("læge", ParticipantRole.LAEGE);
    m.put("bisidder", ParticipantRole.BISIDDER);
    // Virksomhedskonsulent, Sundhedskoordinator (municipal staff other than the caseworker) and
    // Partner (the spouse, a party of the case in their own right, not a companion): ANDEN.
    return Map.copyOf(m);
  }

  private DevsetReader() {}

  /** Every conversation of the folder, in the order of their numbers. */
  public static QualitySet read(Path folder) {
    Path dir = folder.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("not a folder: " + folder);
    }
    List<String> keys;
    try (Stream<Path> files = Files.list(dir)) {
      keys =
          files
              .map(p -> TRANSCRIPT.matcher(p.getFileName().toString()))
              .filter(Matcher::matches)
              .map(m -> m.group(1))
              .sorted((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)))
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("no N.vtt in " + folder);
    }
    List<QualityCase> cases = new ArrayList<>();
    for (String key : keys) {
      cases.add(conversation(dir, key));
    }
    String name = dir.getFileName().toString();
    return new QualitySet(
        name, cases.size() + " conversations of the folder " + name, cases, new DevsetKinds());
  }

  private static final Pattern VOICE_TAG = Pattern.compile("</?v[^>]*>");

  /**
   * The stems of every word spoken before the recording stopped: the cue texts of a WebVTT file,
   * without identifiers, timings and voice tags.
   */
  static Set<String> spokenStems(String vtt) {
    StringBuilder spoken = new StringBuilder();
    for (String line : vtt.split("\\R")) {
      String l = line.strip();
      if (l.isEmpty() || l.equals("WEBVTT") || l.contains("-->") || l.matches("[\\w-]+/[\\d-]+")) {
        continue;
      }
      if (l.equalsIgnoreCase("[optagelse stoppet]")) {
        break;
      }
      spoken.append(VOICE_TAG.matcher(l).replaceAll(" ")).append('\n');
    }
    Set<String> stems = new HashSet<>();
    DanishItems.of(spoken.toString()).stems().forEach(s -> stems.add(s.stem()));
    return stems;
  }

  /** One conversation of the folder. */
  static QualityCase conversation(Path dir, String key) {
    Path transcript = dir.resolve(key + ".vtt");
    JsonObject facts = json(dir.resolve(key + ".facts.json")).asJsonObject();
    List<DraftParticipant> people = new ArrayList<>();
    for (JsonValue v : facts.getJsonArray("participants")) {
      JsonObject p = v.asJsonObject();
      people.add(new DraftParticipant(p.getString("name"), role(p.getString("role"))));
    }
    String caseworker =
        people.stream()
            .filter(p -> p.role() == ParticipantRole.SAGSBEHANDLER)
            .map(DraftParticipant::name)
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException(key + ": no Sagsbehandler"));
    Set<String> said = spokenStems(text(transcript));
    List<SentenceFact> must = new ArrayList<>();
    JsonArray include = facts.getJsonArray("must_include");
    for (int i = 0; i < include.size(); i++) {
      must.add(new SentenceFact("f" + (i + 1), include.getJsonObject(i).getString("fact"), said));
    }
    List<Expectation> wrong = new ArrayList<>();
    JsonArray exclude = facts.getJsonArray("must_not_include");
    for (int i = 0; i < exclude.size(); i++) {
      wrong.add(
          new WrongStatement("w" + (i + 1), exclude.getJsonObject(i).getString("statement"), must));
    }
    MarkdownNote planted = MarkdownNote.parse(text(dir.resolve(key + ".planted.md")));
    MarkdownNote correct = MarkdownNote.parse(text(dir.resolve(key + ".correct.md")));
    List<QualityCase.Spot> spots = new ArrayList<>();
    for (JsonValue v : json(dir.resolve(key + ".planted.json")).asJsonArray()) {
      JsonObject p = v.asJsonObject();
      String inDraft = p.getString("text_in_draft");
      // A span the note does not hold (a typo in the set) is counted as an error not flagged,
      // and the report says so, rather than losing the whole set.
      int index = planted.sentenceHolding(inDraft, correct);
      String correction = p.getString("correct", "");
      spots.add(
          new QualityCase.Spot(
              p.getString("kind"),
              index,
              (index < 0 ? "in no line of the note" : "sentence " + (index + 1))
                  + ": '"
                  + inDraft
                  + "' -> '"
                  + (correction.isEmpty() ? "(sentence removed)" : correction)
                  + "'"));
    }
    Map<String, List<dk.samtalenotat.draft.DraftSentence>> references = new LinkedHashMap<>();
    references.put("correct.md", correct.sentences());
    references.put("planted.md", planted.sentences());
    return new QualityCase(
        key,
        type(facts.getString("type"), people),
        form(facts.getString("form")),
        LocalDateTime.of(
            LocalDate.parse(facts.getString("date")), LocalTime.parse(facts.getString("time"))),
        caseworker,
        people,
        transcript.getFileName().toString(),
        () -> Files.newInputStream(transcript),
        Map.of(),
        null,
        List.copyOf(must),
        wrong,
        correct.sentences(),
        List.of(new QualityCase.PlantedDraft(planted.sentences(), spots)),
        references);
  }

  /** The application's role for a voice-tag role; {@code ANDEN} where it has none. */
  static ParticipantRole role(String voiceTag) {
    return ROLES.getOrDefault(voiceTag.strip().toLowerCase(Locale.ROOT), ParticipantRole.ANDEN);
  }

  /**
   * The application's type for the set's; a type the set's README does not list is "anden". A job
   * conversation with the a-kasse taking part is the application's "Jobsamtale med a-kasse"; a
   * conversation with a young person is a job conversation (it may make binding agreements: the
   * uddannelsespålæg).
   */
  static ConversationType type(String type, List<DraftParticipant> people) {
    return switch (type) {
      case "jobsamtale" ->
          people.stream().anyMatch(p -> p.role() == ParticipantRole.A_KASSE)
              ? ConversationType.JOBSAMTALE_A_KASSE
              : ConversationType.JOBSAMTALE;
      case "ungesamtale" -> ConversationType.JOBSAMTALE;
      case "sygeopfoelgning" -> ConversationType.SYGEOPFOELGNING;
      case "fleksjob" -> ConversationType.FLEKSJOBOPFOELGNING;
      case "integration" -> ConversationType.INTEGRATIONSSAMTALE;
      case "rundbord" -> ConversationType.RUNDBORDSSAMTALE;
      case "anden" -> ConversationType.ANDEN;
      default -> {
        // A type the set's README does not list: drafted as "Anden samtale" (no binding
        // agreements), said on the console, rather than losing the folder.
        System.err.println("unknown conversation type '" + type + "', read as anden");
        yield ConversationType.ANDEN;
      }
    };
  }

  static ConversationForm form(String form) {
    return switch (form) {
      case "fremmøde" -> ConversationForm.FREMMOEDE;
      case "telefon" -> ConversationForm.TELEFON;
      case "video" -> ConversationForm.VIDEO;
      default -> {
        System.err.println("unknown conversation form '" + form + "', read as fremmøde");
        yield ConversationForm.FREMMOEDE;
      }
    };
  }

  private static JsonValue json(Path file) {
    try (JsonReader r = Json.createReader(new java.io.StringReader(text(file)))) {
      return r.readValue();
    }
  }

  private static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(file.getFileName().toString(), e);
    }
  }
}
