package dk.samtalenotat.quality;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One engine's drafts of the whole set, scored.
 *
 * @param engine the name the report gives it ("offline", "chat")
 * @param notMeasured why the engine was not run, or null when it was
 * @param scores one per sample whose draft the engine made
 * @param failures "sample: reason" for each sample the engine failed on
 * @param engineDraftFlags flags the unsupported-fact check raised on the engine's drafts, or -1
 *     when no check ran
 * @param drafts per sample, the draft's sentences numbered, with the check's flags under them
 */
public record EngineResult(
    String engine,
    String notMeasured,
    List<FactScore> scores,
    List<String> failures,
    int engineDraftFlags,
    Map<String, List<String>> drafts) {

  public EngineResult {
    scores = List.copyOf(scores);
    failures = List.copyOf(failures);
    drafts = Collections.unmodifiableMap(new LinkedHashMap<>(drafts));
  }

  static EngineResult notMeasured(String engine, String why) {
    return new EngineResult(engine, why, List.of(), List.of(), -1, Map.of());
  }

  public boolean measured() {
    return notMeasured == null;
  }

  public int factsFound() {
    return scores.stream().mapToInt(s -> s.found().size()).sum();
  }

  public int factsTotal() {
    return scores.stream().mapToInt(FactScore::factTotal).sum();
  }

  public int wrongIncluded() {
    return scores.stream().mapToInt(s -> s.wrongIncluded().size()).sum();
  }

  public int wrongTotal() {
    return scores.stream().mapToInt(FactScore::wrongTotal).sum();
  }
}
