package dk.samtalenotat.quality;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One engine's drafts of a whole set, scored.
 *
 * @param engine the name the report gives it ("offline", "chat", or a reference note's name)
 * @param notMeasured why the engine was not run, or null when it was
 * @param scores one per conversation whose draft the engine made
 * @param failures "conversation: reason" for each conversation the engine failed on
 * @param engineDraftFlags flags the unsupported-fact check raised on the engine's drafts, or -1
 *     when no check ran
 * @param drafts per conversation, the draft's sentences numbered, with the check's flags under them
 * @param timing microseconds per conversation spent in the engine and in the check, measured after
 *     a warm-up; empty for reference notes
 */
public record EngineResult(
    String engine,
    String notMeasured,
    List<FactScore> scores,
    List<String> failures,
    int engineDraftFlags,
    Map<String, List<String>> drafts,
    Timing timing) {

  /** Microseconds per conversation, one entry per conversation drafted. */
  public record Timing(List<Long> engineMicros, List<Long> checkMicros) {

    public static final Timing NONE = new Timing(List.of(), List.of());

    public Timing {
      engineMicros = List.copyOf(engineMicros);
      checkMicros = List.copyOf(checkMicros);
    }

    public boolean measured() {
      return !engineMicros.isEmpty();
    }

    /** Engine and check together, per conversation. */
    public List<Long> totalMicros() {
      return java.util.stream.IntStream.range(0, engineMicros.size())
          .mapToObj(i -> engineMicros.get(i) + (i < checkMicros.size() ? checkMicros.get(i) : 0L))
          .toList();
    }

    static double medianMillis(List<Long> micros) {
      if (micros.isEmpty()) {
        return 0;
      }
      List<Long> sorted = micros.stream().sorted().toList();
      int n = sorted.size();
      double m = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
      return m / 1000.0;
    }

    static double maxMillis(List<Long> micros) {
      return micros.stream().mapToLong(Long::longValue).max().orElse(0) / 1000.0;
    }
  }

  public EngineResult {
    scores = List.copyOf(scores);
    failures = List.copyOf(failures);
    drafts = Collections.unmodifiableMap(new LinkedHashMap<>(drafts));
  }

  public EngineResult(
      String engine,
      String notMeasured,
      List<FactScore> scores,
      List<String> failures,
      int engineDraftFlags,
      Map<String, List<String>> drafts) {
    this(engine, notMeasured, scores, failures, engineDraftFlags, drafts, Timing.NONE);
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

  /** Facts stated in the facts' own wording, every content word counted. */
  public int factsFoundStrictly() {
    return scores.stream().mapToInt(FactScore::foundStrictly).sum();
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
