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
 * The harness's figures, as a table for people and as JSON for tools.
 *
 * @param checker null when no unsupported-fact check was measured
 */
public record QualityReport(int samples, List<EngineResult> engines, CheckerScore checker) {

  public QualityReport {
    engines = List.copyOf(engines);
  }

  public String table() {
    StringBuilder b = new StringBuilder();
    b.append(String.format("Draft quality on %d sample conversations%n%n", samples));
    b.append(
        String.format(
            "%-9s %-13s %-8s %-26s %s%n",
            "engine", "facts found", "recall", "wrong statements included", "failed"));
    for (EngineResult e : engines) {
      if (!e.measured()) {
        b.append(String.format("%-9s %s%n", e.engine(), e.notMeasured()));
        continue;
      }
      b.append(
          String.format(
              "%-9s %-13s %-8s %-26s %d%n",
              e.engine(),
              e.factsFound() + "/" + e.factsTotal(),
              percent(e.factsFound(), e.factsTotal()),
              e.wrongIncluded() + "/" + e.wrongTotal(),
              e.failures().size()));
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
    b.append("Unsupported-fact check on drafts with one planted error each:\n");
    b.append(String.format("  %-13s %-8s %-16s %s%n", "kind", "planted", "flagged", "right kind"));
    for (Map.Entry<String, CheckerScore.KindCount> k : checker.byKind().entrySet()) {
      CheckerScore.KindCount c = k.getValue();
      b.append(
          String.format(
              "  %-13s %-8d %-16s %d%n",
              k.getKey(),
              c.planted(),
              c.flagged() + " (" + percent(c.flagged(), c.planted()) + ")",
              c.rightKind()));
    }
    b.append(
        String.format(
            "  %-13s %-8d %-16s %d%n",
            "all",
            checker.planted(),
            checker.flagged() + " (" + percent(checker.flagged(), checker.planted()) + ")",
            checker.rightKind()));
    b.append(
        String.format(
            "False flags on %d correct drafts: %d flags on %d of %d sentences; %d drafts with any"
                + " flag%n",
            checker.correctDrafts(),
            checker.falseFlags(),
            checker.falselyFlaggedSentences(),
            checker.correctSentences(),
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

  /** The engines' drafts with the check's flags, and the check's misses and false flags. */
  public String details() {
    StringBuilder b = new StringBuilder();
    for (EngineResult e : engines) {
      for (Map.Entry<String, List<String>> d : e.drafts().entrySet()) {
        b.append("== ").append(e.engine()).append(" draft of ").append(d.getKey()).append('\n');
        d.getValue().forEach(l -> b.append(l).append('\n'));
        b.append('\n');
      }
    }
    if (checker != null) {
      b.append("== unsupported-fact check on the planted and correct drafts\n");
      checker.details().forEach(l -> b.append(l).append('\n'));
    }
    return b.toString();
  }

  public String json() {
    JsonObjectBuilder root = Json.createObjectBuilder().add("samples", samples);
    JsonArrayBuilder engineArray = Json.createArrayBuilder();
    for (EngineResult e : engines) {
      JsonObjectBuilder o = Json.createObjectBuilder().add("engine", e.engine());
      if (!e.measured()) {
        engineArray.add(o.add("measured", false).add("reason", e.notMeasured()));
        continue;
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
          .add("wrongIncluded", e.wrongIncluded())
          .add("wrongTotal", e.wrongTotal())
          .add("failures", Json.createArrayBuilder(e.failures()))
          .add("perSample", per);
      if (e.engineDraftFlags() >= 0) {
        o.add("checkFlagsOnDrafts", e.engineDraftFlags());
      }
      engineArray.add(o);
    }
    root.add("engines", engineArray);
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
              .add("draftsWithFalseFlags", checker.draftsWithFalseFlags()));
    }
    StringWriter w = new StringWriter();
    Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
        .createWriter(w)
        .write(root.build());
    return w.toString().strip() + "\n";
  }

  private static String percent(int part, int whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : Math.round(10000.0 * part / whole) / 10000.0;
  }
}
