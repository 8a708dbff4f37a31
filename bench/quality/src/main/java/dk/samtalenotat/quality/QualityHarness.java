package dk.samtalenotat.quality;

import dk.samtalenotat.draft.DraftGenerationException;
import dk.samtalenotat.draft.DraftGenerator;
import dk.samtalenotat.draft.DraftSegment;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.GeneratedDraft;
import dk.samtalenotat.draft.NoteSection;
import dk.samtalenotat.draft.offline.OfflineDraftEngine;
import dk.samtalenotat.engine.ConfiguredDraftGenerator;
import dk.samtalenotat.engine.DraftEngineSettings;
import dk.samtalenotat.transcript.importing.TranscriptFormatException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Measures draft quality on a set of conversations: per engine, the share of the facts a correct
 * note must state that its drafts state (fact recall), the wrong statements they make, and the time
 * the engine and the unsupported-fact check take per conversation; and, when a check is given, the
 * share of planted errors it flags per kind and its false flags on correct notes. The offline
 * engine always runs; the OpenAI-compatible chat engine runs when {@code
 * SAMTALENOTAT_DRAFT_OPENAI_URL} and {@code SAMTALENOTAT_DRAFT_OPENAI_MODEL} are set (the
 * application's own variables), else it is reported as not measured.
 *
 * <p>Arguments: the folder for the reports, then any number of folders in the development-set
 * format ({@link DevsetReader}; several may also be given in one argument, separated by the path
 * separator). The project's own samples are always measured; each folder gets its own report.
 */
public final class QualityHarness {

  static final String CHAT = "chat";

  /** Passes over the whole set before timing an engine that runs in this JVM. */
  static final int WARM_UP_PASSES = 2;

  /**
   * Timed runs per conversation for an engine in this JVM; the fastest counts. Build machines are
   * shared, and the fastest of a few runs is the engine's own time, not the neighbours' load.
   */
  static final int TIMED_RUNS = 5;

  /** The reference "note" that is the transcript retold, one segment a sentence. */
  static final String TRANSCRIPT_RETOLD = "transcript retold";

  private QualityHarness() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "bench/target").toAbsolutePath().normalize();
    List<QualitySet> sets = new ArrayList<>();
    sets.add(SampleSet.set());
    for (int i = 1; i < args.length; i++) {
      if (args[i] == null) {
        continue; // no folder given: Maven passes the empty property as a null argument
      }
      for (String folder : args[i].split(File.pathSeparator)) {
        if (!folder.isBlank()) {
          sets.add(DevsetReader.read(Path.of(folder.strip())));
        }
      }
    }
    Files.createDirectories(out);
    Map<String, Optional<DraftGenerator>> engines = engines(System::getenv);
    for (QualitySet set : sets) {
      QualityReport report = run(set, engines, Optional.of(new UnsupportedFactChecker()));
      String table = report.table();
      System.out.print(table);
      String suffix = set.name().isEmpty() ? "" : "-" + set.name();
      Files.writeString(
          out.resolve("quality-report" + suffix + ".txt"), table, StandardCharsets.UTF_8);
      Files.writeString(
          out.resolve("quality-report" + suffix + ".json"), report.json(), StandardCharsets.UTF_8);
      Files.writeString(
          out.resolve("quality-details" + suffix + ".txt"),
          report.details(),
          StandardCharsets.UTF_8);
      System.out.println("written: " + out.resolve("quality-report" + suffix + ".json"));
      System.out.println();
    }
  }

  /**
   * The engines to measure, by report name; an engine that is not configured maps to empty with the
   * reason in {@link #CHAT_NOT_MEASURED}.
   */
  static Map<String, Optional<DraftGenerator>> engines(Function<String, String> env) {
    Map<String, Optional<DraftGenerator>> engines = new LinkedHashMap<>();
    engines.put(OfflineDraftEngine.ENGINE_NAME, Optional.of(new OfflineDraftEngine()));
    String url = env.apply("SAMTALENOTAT_DRAFT_OPENAI_URL");
    String model = env.apply("SAMTALENOTAT_DRAFT_OPENAI_MODEL");
    if (url == null || url.isBlank() || model == null || model.isBlank()) {
      engines.put(CHAT, Optional.empty());
      return engines;
    }
    Map<String, String> values = new LinkedHashMap<>();
    values.put(DraftEngineSettings.ENGINE, "openai");
    values.put(DraftEngineSettings.OPENAI_URL, url);
    values.put(DraftEngineSettings.OPENAI_MODEL, model);
    put(values, DraftEngineSettings.OPENAI_API_KEY, env.apply("SAMTALENOTAT_DRAFT_OPENAI_API_KEY"));
    put(
        values,
        DraftEngineSettings.OPENAI_API_KEY_HEADER,
        env.apply("SAMTALENOTAT_DRAFT_OPENAI_API_KEY_HEADER"));
    put(
        values,
        DraftEngineSettings.OPENAI_READ_TIMEOUT,
        env.apply("SAMTALENOTAT_DRAFT_OPENAI_READ_TIMEOUT"));
    engines.put(CHAT, Optional.of(ConfiguredDraftGenerator.fromValues(values)));
    return engines;
  }

  static final String CHAT_NOT_MEASURED =
      "not measured: set SAMTALENOTAT_DRAFT_OPENAI_URL and SAMTALENOTAT_DRAFT_OPENAI_MODEL";

  private static void put(Map<String, String> values, String key, String value) {
    if (value != null && !value.isBlank()) {
      values.put(key, value);
    }
  }

  /** Measures the project's own samples given. */
  public static QualityReport run(
      List<Sample> samples,
      Map<String, Optional<DraftGenerator>> engines,
      Optional<FactChecker> checker)
      throws IOException, TranscriptFormatException {
    List<QualityCase> cases = samples.stream().map(Sample::toCase).toList();
    return run(
        new QualitySet("", cases.size() + " sample conversations", cases, SampleSet.KINDS),
        engines,
        checker);
  }

  /**
   * Drafts every conversation with every engine, scores the drafts, and runs the check if given.
   */
  public static QualityReport run(
      QualitySet set, Map<String, Optional<DraftGenerator>> engines, Optional<FactChecker> checker)
      throws IOException, TranscriptFormatException {
    AppPath path = new AppPath();
    Map<String, AppPath.Prepared> prepared = new LinkedHashMap<>();
    for (QualityCase c : set.cases()) {
      try {
        prepared.put(c.key(), path.prepare(c));
      } catch (TranscriptFormatException | RuntimeException e) {
        throw new IllegalStateException(c.key() + ": the importer refused the transcript", e);
      }
    }
    List<EngineResult> results = new ArrayList<>();
    for (Map.Entry<String, Optional<DraftGenerator>> e : engines.entrySet()) {
      if (e.getValue().isEmpty()) {
        results.add(EngineResult.notMeasured(e.getKey(), CHAT_NOT_MEASURED));
        continue;
      }
      results.add(measure(e.getKey(), e.getValue().get(), set.cases(), prepared, checker));
    }
    List<EngineResult> references = references(set.cases(), prepared);
    CheckerScore score = null;
    if (checker.isPresent()) {
      score = new CheckerScore(set.kinds());
      for (QualityCase c : set.cases()) {
        AppPath.Prepared p = prepared.get(c.key());
        score.correct(c.key(), c.correctDraft(), checker.get().check(c.correctDraft(), p));
        for (QualityCase.PlantedDraft d : c.planted()) {
          List<FactChecker.Flag> flags = checker.get().check(d.draft(), p);
          for (QualityCase.Spot s : d.spots()) {
            score.planted(c.key(), s, flags);
          }
        }
      }
    }
    return new QualityReport(
        set.title(), set.cases().size(), results, references, score, set.kinds().note());
  }

  /** The reference notes of every conversation, and the transcript retold, scored as drafts. */
  private static List<EngineResult> references(
      List<QualityCase> cases, Map<String, AppPath.Prepared> prepared) {
    Map<String, List<FactScore>> byName = new LinkedHashMap<>();
    for (QualityCase c : cases) {
      for (Map.Entry<String, List<DraftSentence>> r : c.references().entrySet()) {
        byName
            .computeIfAbsent(r.getKey(), k -> new ArrayList<>())
            .add(FactScore.of(c, r.getValue()));
      }
      List<DraftSentence> retold = retold(prepared.get(c.key()).request().segments());
      byName
          .computeIfAbsent(TRANSCRIPT_RETOLD, k -> new ArrayList<>())
          .add(FactScore.of(c, retold));
    }
    List<EngineResult> out = new ArrayList<>();
    byName.forEach(
        (name, scores) -> out.add(new EngineResult(name, null, scores, List.of(), -1, Map.of())));
    return out;
  }

  /**
   * The transcript as a note: every segment the engine gets, word for word, one sentence each. It
   * states every fact said in it, and every uncorrected value and post-stop statement too.
   */
  static List<DraftSentence> retold(List<DraftSegment> segments) {
    return segments.stream()
        .map(s -> new DraftSentence(NoteSection.DROEFTET, s.text(), List.of(s.index())))
        .toList();
  }

  private static EngineResult measure(
      String name,
      DraftGenerator engine,
      List<QualityCase> cases,
      Map<String, AppPath.Prepared> prepared,
      Optional<FactChecker> checker) {
    boolean local = engine.remoteAddress().isEmpty();
    int runs = local ? TIMED_RUNS : 1;
    if (local) {
      for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
        for (QualityCase c : cases) {
          AppPath.Prepared p = prepared.get(c.key());
          try {
            GeneratedDraft d = engine.generate(p.request());
            checker.ifPresent(k -> k.check(d.sentences(), p));
          } catch (DraftGenerationException | RuntimeException ex) {
            // Counted in the measured pass.
          }
        }
      }
    }
    List<FactScore> scores = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    Map<String, List<String>> drafts = new LinkedHashMap<>();
    List<Long> engineMicros = new ArrayList<>();
    List<Long> checkMicros = new ArrayList<>();
    int flags = 0;
    for (QualityCase c : cases) {
      AppPath.Prepared p = prepared.get(c.key());
      GeneratedDraft draft = null;
      List<FactChecker.Flag> found = List.of();
      long bestEngine = Long.MAX_VALUE;
      long bestCheck = 0;
      try {
        for (int run = 0; run < runs; run++) {
          long start = System.nanoTime();
          GeneratedDraft d = engine.generate(p.request());
          long drafted = System.nanoTime();
          List<FactChecker.Flag> f =
              checker.isPresent() ? checker.get().check(d.sentences(), p) : List.of();
          long checked = System.nanoTime();
          if (draft == null) {
            draft = d;
            found = f;
          }
          if ((drafted - start) + (checked - drafted) < bestEngine + bestCheck) {
            bestEngine = drafted - start;
            bestCheck = checked - drafted;
          }
        }
      } catch (DraftGenerationException | RuntimeException ex) {
        failures.add(c.key() + ": " + ex.getMessage());
        continue;
      }
      engineMicros.add(bestEngine / 1000);
      if (checker.isPresent()) {
        checkMicros.add(bestCheck / 1000);
      }
      FactScore score = FactScore.of(c, draft.sentences());
      scores.add(score);
      flags += found.size();
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < draft.sentences().size(); i++) {
        DraftSentence d = draft.sentences().get(i);
        lines.add(String.format("%2d %s %s %s", i + 1, d.section(), d.citations(), d.text()));
        for (FactChecker.Flag f : found) {
          if (f.sentenceIndex() == i) {
            lines.add("   flag " + f.kind() + " '" + f.fact() + "': " + f.reason());
          }
        }
      }
      score.explanations().forEach(l -> lines.add("   " + l));
      drafts.put(c.key(), lines);
    }
    return new EngineResult(
        name,
        null,
        scores,
        failures,
        checker.isPresent() ? flags : -1,
        drafts,
        new EngineResult.Timing(engineMicros, checkMicros));
  }
}
