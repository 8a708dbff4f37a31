package dk.samtalenotat.quality;

import dk.samtalenotat.conversation.ConversationForm;
import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.draft.DraftParticipant;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.NoteSection;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sample conversations on the class path under {@code quality/}: {@code index.txt} lists one
 * folder a line; each folder holds {@code conversation.properties} (registration), the transcript,
 * {@code expected.txt} (facts and wrong statements) and {@code drafts.txt} (a correct draft and the
 * planted errors). The file formats are described at the top of each file.
 */
public final class SampleSet {

  private static final String BASE = "quality/";
  private static final Pattern SENTENCE =
      Pattern.compile("^([A-Z_]+)\\s+\\[([0-9, ]*)\\]\\s+(.+)$");
  private static final Pattern PLANT =
      Pattern.compile("^plant\\s+([A-Z]+)\\s+(\\d+)\\s*\\|(.+?)\\|(.+)$");
  private static final Pattern EXPECTED =
      Pattern.compile("^(fact|wrong)\\s+([\\w-]+)\\s*\\|\\s*(.+)$");

  /** The kinds of planted error the set was written to cover, each at least three times. */
  public static final List<String> COVERED_KINDS =
      List.of(
          "DATE",
          "WEEKDAY",
          "TIME",
          "NUMBER",
          "AMOUNT",
          "HOURS",
          "NAME",
          "ORGANISATION",
          "AGREEMENT");

  /** The check's kinds, as the own samples name their planted errors: a flag must name the same. */
  static final QualitySet.PlantedKinds KINDS =
      new QualitySet.PlantedKinds() {
        @Override
        public List<String> kinds() {
          return PlantedError.KINDS;
        }

        @Override
        public boolean rightKind(String planted, String flagged) {
          return planted.equals(flagged);
        }
      };

  private SampleSet() {}

  /** The sample set as the harness measures it. */
  public static QualitySet set() {
    List<QualityCase> cases = load().stream().map(Sample::toCase).toList();
    return new QualitySet(
        "", cases.size() + " sample conversations of bench/quality", cases, KINDS);
  }

  /** Every sample of the index, in its order. */
  public static List<Sample> load() {
    List<Sample> samples = new ArrayList<>();
    for (String line : lines(BASE + "index.txt")) {
      samples.add(load(line));
    }
    return samples;
  }

  /** One sample by its folder name. */
  public static Sample load(String key) {
    String dir = BASE + key + "/";
    Properties p = new Properties();
    try {
      p.load(new StringReader(text(dir + "conversation.properties")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<DraftParticipant> people = new ArrayList<>();
    for (String entry : required(p, key, "participants").split(",")) {
      String[] nameRole = entry.strip().split(":");
      people.add(new DraftParticipant(nameRole[0].strip(), ParticipantRole.valueOf(nameRole[1])));
    }
    Map<Integer, String> languages = new LinkedHashMap<>();
    for (String entry : p.getProperty("languages", "").split(",")) {
      if (!entry.isBlank()) {
        String[] nr = entry.strip().split(":");
        languages.put(Integer.valueOf(nr[0].strip()), nr[1].strip());
      }
    }
    String stopped = p.getProperty("recording-stopped");
    List<Fact> facts = new ArrayList<>();
    List<Fact> wrong = new ArrayList<>();
    for (String line : lines(dir + "expected.txt")) {
      Matcher m = EXPECTED.matcher(line);
      if (!m.matches()) {
        throw new IllegalStateException(dir + "expected.txt: cannot read '" + line + "'");
      }
      (m.group(1).equals("fact") ? facts : wrong).add(Fact.parse(m.group(2), m.group(3)));
    }
    List<DraftSentence> draft = new ArrayList<>();
    List<PlantedError> plants = new ArrayList<>();
    for (String line : lines(dir + "drafts.txt")) {
      Matcher s = SENTENCE.matcher(line);
      Matcher pl = PLANT.matcher(line);
      if (pl.matches()) {
        plants.add(
            new PlantedError(
                pl.group(1),
                Integer.parseInt(pl.group(2)),
                pl.group(3).strip(),
                pl.group(4).strip()));
      } else if (s.matches()) {
        List<Integer> citations =
            Arrays.stream(s.group(2).split(","))
                .map(String::strip)
                .filter(c -> !c.isEmpty())
                .map(Integer::valueOf)
                .toList();
        draft.add(new DraftSentence(NoteSection.valueOf(s.group(1)), s.group(3), citations));
      } else {
        throw new IllegalStateException(dir + "drafts.txt: cannot read '" + line + "'");
      }
    }
    return new Sample(
        key,
        required(p, key, "title"),
        ConversationType.valueOf(required(p, key, "type")),
        ConversationForm.valueOf(required(p, key, "form")),
        LocalDateTime.parse(required(p, key, "time")),
        required(p, key, "caseworker"),
        people,
        dir + required(p, key, "transcript"),
        languages,
        stopped == null ? null : minutesSeconds(stopped),
        facts,
        wrong,
        draft,
        plants);
  }

  /** Opens a resource of the set, for the transcript. */
  public static InputStream open(String resource) {
    InputStream in = SampleSet.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("no resource " + resource);
    }
    return in;
  }

  private static long minutesSeconds(String mmss) {
    String[] parts = mmss.strip().split(":");
    return (Long.parseLong(parts[0]) * 60 + Long.parseLong(parts[1])) * 1000;
  }

  private static String required(Properties p, String key, String name) {
    String value = p.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("sample " + key + " lacks " + name);
    }
    return value.strip();
  }

  private static String text(String resource) {
    try (InputStream in = open(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  /** The lines that are neither blank nor comments. */
  private static List<String> lines(String resource) {
    return text(resource)
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }
}
