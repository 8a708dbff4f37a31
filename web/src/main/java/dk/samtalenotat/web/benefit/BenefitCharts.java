package dk.samtalenotat.web.benefit;

import dk.samtalenotat.benefit.BenefitCsv;
import dk.samtalenotat.benefit.TeamMonth;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Chart.js configurations (what PrimeFaces' {@code p:chart} takes as its value) for the benefit
 * figures: one dataset per team, one label per month. The JSON goes into an inline script, so every
 * {@code <}, {@code >} and {@code &} is escaped: a team name is not trusted markup.
 */
final class BenefitCharts {

  private static final String[] COLOURS = {
    "#1f6f8b", "#e07a1f", "#3c9d4e", "#8e44ad", "#c0392b", "#7f8c8d", "#d4ac0d", "#2c3e50"
  };

  private BenefitCharts() {}

  /** A chart of one figure per team over the months. */
  static String chart(
      String type,
      String title,
      String axis,
      List<TeamMonth> rows,
      String noTeam,
      Function<TeamMonth, Number> figure) {
    List<YearMonth> months = new ArrayList<>();
    Map<String, List<Number>> perTeam = new LinkedHashMap<>();
    for (TeamMonth r : rows) {
      if (!months.contains(r.month())) {
        months.add(r.month());
      }
      perTeam
          .computeIfAbsent(r.team() == null ? noTeam : r.team(), t -> new ArrayList<>())
          .add(figure.apply(r));
    }
    JsonArrayBuilder labels = Json.createArrayBuilder();
    months.forEach(m -> labels.add(m.toString()));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    // Counts are drawn on a whole-number axis: "2.5 conversations" is no tick.
    boolean counts = true;
    int i = 0;
    for (Map.Entry<String, List<Number>> team : perTeam.entrySet()) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      for (Number n : team.getValue()) {
        if (n == null) {
          data.addNull();
        } else if (n instanceof Integer whole) {
          data.add(whole);
        } else {
          counts = false;
          data.add(Math.round(n.doubleValue() * 10) / 10.0);
        }
      }
      String colour = COLOURS[i++ % COLOURS.length];
      datasets.add(
          Json.createObjectBuilder()
              .add("label", team.getKey())
              .add("data", data)
              .add("backgroundColor", colour)
              .add("borderColor", colour)
              .add("spanGaps", true));
    }
    JsonObjectBuilder y =
        Json.createObjectBuilder()
            .add("beginAtZero", true)
            .add("title", Json.createObjectBuilder().add("display", true).add("text", axis));
    if (counts) {
      y.add("ticks", Json.createObjectBuilder().add("precision", 0));
    }
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("responsive", true)
            .add("animation", false)
            .add(
                "plugins",
                Json.createObjectBuilder()
                    .add(
                        "title",
                        Json.createObjectBuilder().add("display", true).add("text", title)))
            .add("scales", Json.createObjectBuilder().add("y", y));
    String json =
        Json.createObjectBuilder()
            .add("type", type)
            .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
            .add("options", options)
            .build()
            .toString();
    return scriptSafe(json);
  }

  static Number percent(Double share) {
    return share == null ? null : share * 100;
  }

  static Number hours(java.time.Duration d) {
    return BenefitCsv.hours(d);
  }

  /** JSON that can stand inside a script element: no markup characters, even inside strings. */
  static String scriptSafe(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }
}
