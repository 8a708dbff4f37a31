package dk.samtalenotat.quality;

import dk.samtalenotat.draft.DraftGenerationException;
import dk.samtalenotat.draft.DraftGenerator;
import dk.samtalenotat.draft.DraftRequest;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.GeneratedDraft;
import dk.samtalenotat.draft.offline.OfflineDraftEngine;
import dk.samtalenotat.engine.ConfiguredDraftGenerator;
import dk.samtalenotat.engine.DraftEngineSettings;
import dk.samtalenotat.transcript.importing.TranscriptFormatException;
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
 * Measures draft quality on the sample set: per engine, the share of the facts a correct note must
 * state that its drafts state (fact recall) and the wrong statements they make; and, when an
 * unsupported-fact check is given, the share of planted errors it flags per kind and its false
 * flags on correct drafts. The offline engine always runs; the OpenAI-compatible chat engine runs
 * when {@code SAMTALENOTAT_DRAFT_OPENAI_URL} and {@code SAMTALENOTAT_DRAFT_OPENAI_MODEL} are set
 * (the application's own variables), else it is reported as not measured.
 *
 * <p>Argument: the folder for {@code quality-report.txt} and {@code quality-report.json}.
 */
public final class QualityHarness {

  static final String CHAT = "chat";

  private QualityHarness() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "bench/target").toAbsolutePath().normalize();
    QualityReport report =
        run(SampleSet.load(), engines(System::getenv), Optional.of(new UnsupportedFactChecker()));
    String table = report.table();
    System.out.print(table);
    Files.createDirectories(out);
    Files.writeString(out.resolve("quality-report.txt"), table, StandardCharsets.UTF_8);
    Files.writeString(out.resolve("quality-report.json"), report.json(), StandardCharsets.UTF_8);
    Files.writeString(out.resolve("quality-details.txt"), report.details(), StandardCharsets.UTF_8);
    System.out.println("written: " + out.resolve("quality-report.json"));
  }

  /**
   * The engines to measure, by report name; an engine that is not configured maps to empty with the
   * reason in {@link #chatNotMeasured}.
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

  /** Drafts every sample with every engine, scores the drafts, and runs the check if given. */
  public static QualityReport run(
      List<Sample> samples,
      Map<String, Optional<DraftGenerator>> engines,
      Optional<FactChecker> checker)
      throws IOException, TranscriptFormatException {
    AppPath path = new AppPath();
    Map<String, DraftRequest> requests = new LinkedHashMap<>();
    for (Sample s : samples) {
      requests.put(s.key(), path.request(s));
    }
    List<EngineResult> results = new ArrayList<>();
    for (Map.Entry<String, Optional<DraftGenerator>> e : engines.entrySet()) {
      if (e.getValue().isEmpty()) {
        results.add(EngineResult.notMeasured(e.getKey(), CHAT_NOT_MEASURED));
        continue;
      }
      results.add(measure(e.getKey(), e.getValue().get(), samples, requests, checker));
    }
    CheckerScore score = null;
    if (checker.isPresent()) {
      score = new CheckerScore();
      for (Sample s : samples) {
        DraftRequest r = requests.get(s.key());
        List<DraftSentence> correct = s.correctDraft();
        score.correct(s.key(), correct, checker.get().check(correct, r.segments(), date(r)));
        for (PlantedError p : s.plants()) {
          score.planted(s.key(), p, checker.get().check(p.applyTo(correct), r.segments(), date(r)));
        }
      }
    }
    return new QualityReport(samples.size(), results, score);
  }

  private static EngineResult measure(
      String name,
      DraftGenerator engine,
      List<Sample> samples,
      Map<String, DraftRequest> requests,
      Optional<FactChecker> checker) {
    List<FactScore> scores = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    Map<String, List<String>> drafts = new LinkedHashMap<>();
    int flags = 0;
    for (Sample s : samples) {
      DraftRequest r = requests.get(s.key());
      GeneratedDraft draft;
      try {
        draft = engine.generate(r);
      } catch (DraftGenerationException | RuntimeException ex) {
        failures.add(s.key() + ": " + ex.getMessage());
        continue;
      }
      scores.add(FactScore.of(s, draft.sentences()));
      List<String> lines = new ArrayList<>();
      List<FactChecker.Flag> found =
          checker.isPresent()
              ? checker.get().check(draft.sentences(), r.segments(), date(r))
              : List.of();
      flags += found.size();
      for (int i = 0; i < draft.sentences().size(); i++) {
        DraftSentence d = draft.sentences().get(i);
        lines.add(String.format("%2d %s %s %s", i + 1, d.section(), d.citations(), d.text()));
        for (FactChecker.Flag f : found) {
          if (f.sentenceIndex() == i) {
            lines.add("   flag " + f.kind() + " '" + f.fact() + "': " + f.reason());
          }
        }
      }
      drafts.put(s.key(), lines);
    }
    return new EngineResult(name, null, scores, failures, checker.isPresent() ? flags : -1, drafts);
  }

  private static java.time.LocalDate date(DraftRequest r) {
    return r.conversationTime().toLocalDate();
  }
}
