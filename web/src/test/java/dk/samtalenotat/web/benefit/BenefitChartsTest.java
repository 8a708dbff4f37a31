package dk.samtalenotat.web.benefit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.samtalenotat.benefit.TeamMonth;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenefitChartsTest {

  private static TeamMonth row(String team, int month, int documented, Duration median) {
    return new TeamMonth(
        team,
        YearMonth.of(2026, month),
        documented,
        0,
        null,
        documented,
        0,
        median,
        null,
        null,
        null,
        0,
        0,
        0,
        0,
        0,
        null,
        null,
        null,
        0,
        null,
        0,
        0);
  }

  @Test
  void oneDatasetPerTeamOneLabelPerMonth() {
    List<TeamMonth> rows =
        List.of(
            row("Team Job", 3, 4, Duration.ofMinutes(90)),
            row(null, 3, 1, null),
            row("Team Job", 4, 0, null),
            row(null, 4, 2, Duration.ofMinutes(30)));
    JsonObject chart =
        parse(
            BenefitCharts.chart(
                "line",
                "Tid",
                "Timer",
                rows,
                "(uden team)",
                r -> BenefitCharts.hours(r.medianToJournal())));
    assertEquals("line", chart.getString("type"));
    JsonObject data = chart.getJsonObject("data");
    assertEquals(
        List.of("2026-03", "2026-04"),
        data.getJsonArray("labels").getValuesAs(jakarta.json.JsonString::getString));
    JsonArray sets = data.getJsonArray("datasets");
    assertEquals(2, sets.size());
    assertEquals("Team Job", sets.getJsonObject(0).getString("label"));
    assertEquals("[1.5,null]", sets.getJsonObject(0).getJsonArray("data").toString());
    assertEquals("(uden team)", sets.getJsonObject(1).getString("label"));
    assertEquals("[null,0.5]", sets.getJsonObject(1).getJsonArray("data").toString());
    JsonObject counts =
        parse(BenefitCharts.chart("bar", "Antal", "Antal", rows, "-", TeamMonth::documented));
    assertEquals(
        "[4,0]",
        counts
            .getJsonObject("data")
            .getJsonArray("datasets")
            .getJsonObject(0)
            .getJsonArray("data")
            .toString());
    assertEquals(
        0,
        counts
            .getJsonObject("options")
            .getJsonObject("scales")
            .getJsonObject("y")
            .getJsonObject("ticks")
            .getInt("precision"),
        "counts on a whole-number axis");
    assertFalse(
        parse(BenefitCharts.chart("line", "Timer", "Timer", rows, "-", r -> 1.5))
            .getJsonObject("options")
            .getJsonObject("scales")
            .getJsonObject("y")
            .containsKey("ticks"),
        "hours keep their decimals");
  }

  @Test
  void aTeamNameCannotEndTheScript() {
    String json =
        BenefitCharts.chart(
            "bar",
            "x",
            "y",
            List.of(row("</script><script>alert(1)</script>&", 3, 1, null)),
            "-",
            TeamMonth::documented);
    assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), json);
    JsonObject chart = parse(json);
    assertEquals(
        "</script><script>alert(1)</script>&",
        chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getString("label"));
  }

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }
}
