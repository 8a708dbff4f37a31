package dk.samtalenotat.quality;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The harness's figures for one set, as a table for people and as JSON for tools, with the targets
 * of issue 12 beside them. Figures are measured; a target is only compared with them.
 *
 * @param title what the set is, for the heading
 * @param references reference notes scored like drafts, to validate the scoring
 * @param checker null when no unsupported-fact check was measured
 * @param kindsNote how the set's kinds of planted error map to the check's, or empty
 */
public record QualityReport(
    String title,
    int samples,
    List<EngineResult> engines,
    List<EngineResult> references,
    CheckerScore checker,
    String kindsNote) {

  /** Targets: fact recall, planted errors flagged (all, per kind), false flags, milliseconds. */
  static final double TARGET_RECALL = 0.85;

  static final double TARGET_FLAGGED = 0.90;
  static final double TARGET_FLAGGED_PER_KIND = 0.80;
  static final double TARGET_FALSE_FLAGS = 0.05;
  static final double TARGET_MILLIS = 200;

  public QualityReport {
    engines = List.copyOf(engines);
    references = List.copyOf(references);
  }

  public QualityReport(int samples, List<EngineResult> engines, CheckerScore checker) {
    this(samples + " sample conversations", samples, engines, List.of(), checker, "");
  }

  public String table() {
    StringBuilder b = new StringBuilder();
    b.append(String.format("Draft quality on %s%n%n", title));
    b.append(
        String.format(
            "%-9s %-13s %-8s %-26s %-7s %s%n",
            "engine",
            "facts found",
            "recall",
            "wrong statements included",
            "failed",
            "ms per conversation, median / max: engine, check, both"));
    for (EngineResult e : engines) {
      if (!e.measured()) {
        b.append(String.format("%-9s %s%n", e.engine(), e.notMeasured()));
        continue;
      }
      b.append(
          String.format(
              "%-9s %-13s %-8s %-26s %-7d %s%n",
              e.engine(),
              e.factsFound() + "/" + e.factsTotal(),
              percent(e.factsFound(), e.factsTotal()),
              e.wrongIncluded() + "/" + e.wrongTotal(),
              e.failures().size(),
              timing(e.timing())));
    }
    b.append(
        String.format(
            "%-9s %-13s %-8s %-26s %-7s %s%n",
            "target",
            "",
            ">= " + Math.round(TARGET_RECALL * 100) + " %",
            "0",
            "0",
            "both < "
                + Math.round(TARGET_MILLIS)
                + " ms (fastest of "
                + QualityHarness.TIMED_RUNS
                + " runs after "
                + QualityHarness.WARM_UP_PASSES
                + " warm-up passes; one run for a remote engine)"));
    for (EngineResult e : engines) {
      if (e.measured() && e.factsFoundStrictly() != e.factsFound()) {
        b.append(
            String.format(
                "%-9s read strictly (every content word of the fact's own wording, also words"
                    + " nobody said): %d/%d, %s%n",
                e.engine(),
                e.factsFoundStrictly(),
                e.factsTotal(),
                percent(e.factsFoundStrictly(), e.factsTotal())));
      }
    }
    for (EngineResult e : engines) {
      if (e.measured()) {
        b.append(
            String.format(
                "%-9s recall %s, wrong statements %s, time %s%n",
                "",
                met(ratio(e.factsFound(), e.factsTotal()) >= TARGET_RECALL),
                met(e.wrongIncluded() == 0),
                e.timing().measured()
                    ? met(EngineResult.Timing.maxMillis(e.timing().totalMicros()) < TARGET_MILLIS)
                    : "not measured"));
      }
    }
    if (!references.isEmpty()) {
      b.append(
          String.format(
              "%nScoring checked on reference notes (a correct note should state every fact and"
                  + " no wrong statement):%n"));
      for (EngineResult r : references) {
        b.append(
            String.format(
                "  %-18s facts %-9s %-8s wrong statements included %s%n",
                r.engine(),
                r.factsFound() + "/" + r.factsTotal(),
                percent(r.factsFound(), r.factsTotal()),
                r.wrongIncluded() + "/" + r.wrongTotal()));
      }
    }
    for (EngineResult e : engines) {
      if (!e.measured()) {
        continue;
      }
      b.append(String.format("%nPer conversation, %s engine:%n", e.engine()));
      for (FactScore s : e.scores()) {
        b.append(
            String.format(
                "  %-12s facts %2d/%-2d missed %s; wrong included %s%n",
                s.sample(),
                s.found().size(),
                s.factTotal(),
                s.missed().isEmpty() ? "-" : String.join(", ", s.missed()),
                s.wrongIncluded().isEmpty() ? "-" : String.join(", ", s.wrongIncluded())));
      }
      e.failures().forEach(f -> b.append("  failed: ").append(f).append('\n'));
    }
    b.append('\n');
    if (checker == null) {
      b.append("Unsupported-fact check: not measured (no check in this build)\n");
      return b.toString();
    }
    b.append("Unsupported-fact check on drafts with planted errors:\n");
    b.append(
        String.format(
            "  %-13s %-8s %-16s %-10s %s%n", "kind", "planted", "flagged", "right kind", "target"));
    for (Map.Entry<String, CheckerScore.KindCount> k : checker.byKind().entrySet()) {
      CheckerScore.KindCount c = k.getValue();
      if (c.planted() == 0) {
        continue;
      }
      b.append(
          String.format(
              "  %-13s %-8d %-16s %-10d >= %d %% %s%n",
              k.getKey(),
              c.planted(),
              c.flagged() + " (" + percent(c.flagged(), c.planted()) + ")",
              c.rightKind(),
              Math.round(TARGET_FLAGGED_PER_KIND * 100),
              met(ratio(c.flagged(), c.planted()) >= TARGET_FLAGGED_PER_KIND)));
    }
    b.append(
        String.format(
            "  %-13s %-8d %-16s %-10d >= %d %% %s%n",
            "all",
            checker.planted(),
            checker.flagged() + " (" + percent(checker.flagged(), checker.planted()) + ")",
            checker.rightKind(),
            Math.round(TARGET_FLAGGED * 100),
            met(ratio(checker.flagged(), checker.planted()) >= TARGET_FLAGGED)));
    if (!kindsNote.isEmpty()) {
      b.append("  ").append(kindsNote).append('\n');
    }
    b.append(
        String.format(
            "False flags on %d correct drafts: %d flags on %d of %d sentences (%s; target <= %d %%"
                + " %s); %d drafts with any flag%n",
            checker.correctDrafts(),
            checker.falseFlags(),
            checker.falselyFlaggedSentences(),
            checker.correctSentences(),
            percent(checker.falselyFlaggedSentences(), checker.correctSentences()),
            Math.round(TARGET_FALSE_FLAGS * 100),
            met(
                ratio(checker.falselyFlaggedSentences(), checker.correctSentences())
                    <= TARGET_FALSE_FLAGS),
            checker.draftsWithFalseFlags()));
    for (EngineResult e : engines) {
      if (e.measured() && e.engineDraftFlags() >= 0) {
        b.append(
            String.format(
                "Flags on the %s engine's drafts: %d (to be read by hand: true or false)%n",
                e.engine(), e.engineDraftFlags()));
      }
    }
    return b.toString();
  }

  private static String met(boolean met) {
    return met ? "met" : "NOT met";
  }

  private static String timing(EngineResult.Timing t) {
    if (!t.measured()) {
      return "-";
    }
    return String.format(
        Locale.ROOT,
        "%s, %s, %s",
        millis(t.engineMicros()),
        t.checkMicros().isEmpty() ? "-" : millis(t.checkMicros()),
        millis(t.totalMicros()));
  }

  private static String millis(List<Long> micros) {
    return String.format(
        Locale.ROOT,
        "%.1f / %.1f",
        EngineResult.Timing.medianMillis(micros),
        EngineResult.Timing.maxMillis(micros));
  }

  /** The engines' drafts with the check's flags, why facts were missed, and the check's misses. */
  public String details() {
    StringBuilder b = new StringBuilder();
    b.append("Draft quality on ").append(title).append("\n\n");
    for (EngineResult e : engines) {
      for (Map.Entry<String, List<String>> d : e.drafts().entrySet()) {
        b.append("== ").append(e.engine()).append(" draft of ").append(d.getKey()).append('\n');
        d.getValue().forEach(l -> b.append(l).append('\n'));
        b.append('\n');
      }
    }
    for (EngineResult r : references) {
      b.append("== reference: ").append(r.engine()).append('\n');
      for (FactScore s : r.scores()) {
        for (String l : s.explanations()) {
          b.append(s.sample()).append(": ").append(l).append('\n');
        }
      }
      b.append('\n');
    }
    if (checker != null) {
      b.append("== unsupported-fact check on the planted and correct drafts\n");
      checker.details().forEach(l -> b.append(l).append('\n'));
      checker.otherKindDetails().forEach(l -> b.append(l).append('\n'));
    }
    return b.toString();
  }

  public String json() {
    JsonObjectBuilder root = Json.createObjectBuilder().add("set", title).add("samples", samples);
    root.add(
        "targets",
        Json.createObjectBuilder()
            .add("recall", TARGET_RECALL)
            .add("wrongIncluded", 0)
            .add("flagged", TARGET_FLAGGED)
            .add("flaggedPerKind", TARGET_FLAGGED_PER_KIND)
            .add("falselyFlaggedSentences", TARGET_FALSE_FLAGS)
            .add("engineAndCheckMillis", TARGET_MILLIS));
    JsonArrayBuilder engineArray = Json.createArrayBuilder();
    for (EngineResult e : engines) {
      engineArray.add(engine(e));
    }
    root.add("engines", engineArray);
    JsonArrayBuilder referenceArray = Json.createArrayBuilder();
    for (EngineResult r : references) {
      referenceArray.add(engine(r));
    }
    root.add("references", referenceArray);
    if (checker == null) {
      root.addNull("check");
    } else {
      JsonObjectBuilder kinds = Json.createObjectBuilder();
      checker
          .byKind()
          .forEach(
              (k, c) ->
                  kinds.add(
                      k,
                      Json.createObjectBuilder()
                          .add("planted", c.planted())
                          .add("flagged", c.flagged())
                          .add("rightKind", c.rightKind())
                          .add("share", ratio(c.flagged(), c.planted()))));
      root.add(
          "check",
          Json.createObjectBuilder()
              .add("planted", checker.planted())
              .add("flagged", checker.flagged())
              .add("rightKind", checker.rightKind())
              .add("share", ratio(checker.flagged(), checker.planted()))
              .add("byKind", kinds)
              .add("correctDrafts", checker.correctDrafts())
              .add("correctSentences", checker.correctSentences())
              .add("falseFlags", checker.falseFlags())
              .add("falselyFlaggedSentences", checker.falselyFlaggedSentences())
              .add(
                  "falselyFlaggedShare",
                  ratio(checker.falselyFlaggedSentences(), checker.correctSentences()))
              .add("draftsWithFalseFlags", checker.draftsWithFalseFlags()));
    }
    StringWriter w = new StringWriter();
    Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
        .createWriter(w)
        .write(root.build());
    return w.toString().strip() + "\n";
  }

  private static JsonObjectBuilder engine(EngineResult e) {
    JsonObjectBuilder o = Json.createObjectBuilder().add("engine", e.engine());
    if (!e.measured()) {
      return o.add("measured", false).add("reason", e.notMeasured());
    }
    JsonArrayBuilder per = Json.createArrayBuilder();
    for (FactScore s : e.scores()) {
      per.add(
          Json.createObjectBuilder()
              .add("sample", s.sample())
              .add("factsFound", s.found().size())
              .add("factsTotal", s.factTotal())
              .add("missed", Json.createArrayBuilder(s.missed()))
              .add("wrongIncluded", Json.createArrayBuilder(s.wrongIncluded()))
              .add("wrongTotal", s.wrongTotal()));
    }
    o.add("measured", true)
        .add("factsFound", e.factsFound())
        .add("factsTotal", e.factsTotal())
        .add("recall", ratio(e.factsFound(), e.factsTotal()))
        .add("factsFoundStrictly", e.factsFoundStrictly())
        .add("wrongIncluded", e.wrongIncluded())
        .add("wrongTotal", e.wrongTotal())
        .add("failures", Json.createArrayBuilder(e.failures()))
        .add("perSample", per);
    if (e.engineDraftFlags() >= 0) {
      o.add("checkFlagsOnDrafts", e.engineDraftFlags());
    }
    EngineResult.Timing t = e.timing();
    if (t.measured()) {
      o.add(
          "millisPerConversation",
          Json.createObjectBuilder()
              .add("engineMedian", EngineResult.Timing.medianMillis(t.engineMicros()))
              .add("engineMax", EngineResult.Timing.maxMillis(t.engineMicros()))
              .add("checkMedian", EngineResult.Timing.medianMillis(t.checkMicros()))
              .add("checkMax", EngineResult.Timing.maxMillis(t.checkMicros()))
              .add("bothMedian", EngineResult.Timing.medianMillis(t.totalMicros()))
              .add("bothMax", EngineResult.Timing.maxMillis(t.totalMicros())));
    }
    return o;
  }

  private static String percent(int part, int whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : Math.round(10000.0 * part / whole) / 10000.0;
  }
}
