package dk.samtalenotat.web.benefit;

import dk.samtalenotat.benefit.BaselineOutOfRangeException;
import dk.samtalenotat.benefit.BenefitCsv;
import dk.samtalenotat.benefit.BenefitPeriodException;
import dk.samtalenotat.benefit.BenefitReport;
import dk.samtalenotat.benefit.BenefitService;
import dk.samtalenotat.benefit.TeamMonth;
import dk.samtalenotat.web.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The benefit figures page ({@code gevinster.xhtml}): a period of months, charts per team, the
 * table, and the link to the same figures as CSV. Aggregates only.
 */
@Named
@ViewScoped
public class BenefitView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Months shown when the page opens: this one and the eleven before it. */
  static final int DEFAULT_MONTHS = 12;

  @Inject BenefitService benefit;
  @Inject Texts texts;

  private String from;
  private String to;
  private BenefitReport report;
  private String documentedChart;
  private String timeChart;
  private String changedChart;
  private String optOutChart;
  private String documentationChart;
  private String baseline;

  public void load() {
    if (from == null || to == null) {
      YearMonth now = YearMonth.now(ZoneId.of("Europe/Copenhagen"));
      to = now.toString();
      from = now.minusMonths(DEFAULT_MONTHS - 1L).toString();
    }
    show();
  }

  public void show() {
    YearMonth first;
    YearMonth last;
    try {
      first = YearMonth.parse(from.strip());
      last = YearMonth.parse(to.strip());
    } catch (DateTimeParseException | NullPointerException e) {
      texts.error("benefit.badMonth");
      return;
    }
    try {
      report = benefit.figures(first, last);
    } catch (BenefitPeriodException e) {
      texts.error(
          e.problem() == BenefitPeriodException.Problem.REVERSED
              ? "benefit.reversed"
              : "benefit.tooLong",
          BenefitService.MAX_MONTHS);
      return;
    }
    from = first.toString();
    to = last.toString();
    if (report.scope() == BenefitReport.Scope.TEAM && baseline == null) {
      baseline = benefit.baseline().map(String::valueOf).orElse("");
    }
    String noTeam = texts.get("benefit.noTeam");
    List<TeamMonth> rows = report.rows();
    documentedChart =
        BenefitCharts.chart(
            "bar",
            texts.get("benefit.chart.documented"),
            texts.get("benefit.axis.count"),
            rows,
            noTeam,
            TeamMonth::documented);
    timeChart =
        BenefitCharts.chart(
            "line",
            texts.get("benefit.chart.time"),
            texts.get("benefit.axis.hours"),
            rows,
            noTeam,
            r -> BenefitCharts.hours(r.medianToJournal()));
    changedChart =
        BenefitCharts.chart(
            "bar",
            texts.get("benefit.chart.changed"),
            texts.get("benefit.axis.percent"),
            rows,
            noTeam,
            r -> BenefitCharts.percent(r.changedShareMean()));
    optOutChart =
        BenefitCharts.chart(
            "line",
            texts.get("benefit.chart.optOut"),
            texts.get("benefit.axis.percent"),
            rows,
            noTeam,
            r -> BenefitCharts.percent(r.optOutRate()));
    // Withheld months (fewer than five measured) stay gaps: the figures already hold no value.
    documentationChart =
        BenefitCharts.chart(
            "line",
            texts.get("benefit.chart.documentation"),
            texts.get("benefit.axis.minutes"),
            rows,
            noTeam,
            TeamMonth::medianDocumentationMinutes);
  }

  /** The team lead saves the team's baseline minutes per note; the figures are shown anew. */
  public void saveBaseline() {
    int minutes;
    try {
      minutes = Integer.parseInt(baseline == null ? "" : baseline.strip());
      benefit.changeBaseline(minutes);
    } catch (NumberFormatException | BaselineOutOfRangeException e) {
      texts.error("benefit.baseline.invalid");
      return;
    }
    baseline = Integer.toString(minutes);
    texts.info("benefit.baseline.saved", minutes);
    show();
  }

  /** The opt-out share with the number declined, "< 5" over 1 to 4 registered, or a dash. */
  public String optOut(TeamMonth r) {
    return r.optOutSuppressed()
        ? texts.get("benefit.suppressed")
        : percent(r.optOutRate()) + " (" + r.declined() + ")";
  }

  /** A time to journal (median or 90th percentile), "< 5" over 1 to 4, or a dash. */
  public String toJournal(TeamMonth r, java.time.Duration d) {
    return r.journalTimeSuppressed() ? texts.get("benefit.suppressed") : hours(d);
  }

  /** A changed share (mean or median), "< 5" over 1 to 4, or a dash. */
  public String changed(TeamMonth r, Double share) {
    return r.changeSuppressed() ? texts.get("benefit.suppressed") : percent(share);
  }

  /** Conversations with measured time, or "< 5" for 1 to 4. */
  public String measured(TeamMonth r) {
    return r.timeSuppressed() ? texts.get("benefit.suppressed") : Integer.toString(r.measured());
  }

  /** The median documentation time in minutes with one decimal, "< 5", or a dash. */
  public String documentationMinutes(TeamMonth r) {
    return r.timeSuppressed()
        ? texts.get("benefit.suppressed")
        : number(r.medianDocumentationMinutes(), 1);
  }

  /** The team's baseline minutes per note, or a dash. */
  public String baselineOf(TeamMonth r) {
    return r.baselineMinutes() == null ? "–" : r.baselineMinutes().toString();
  }

  /** Minutes saved in the month against the baseline, "< 5", or a dash. */
  public String saved(TeamMonth r) {
    return r.timeSuppressed() ? texts.get("benefit.suppressed") : number(r.savedMinutes(), 0);
  }

  /** Rated drafts, or "< 5" for 1 to 4. */
  public String rated(TeamMonth r) {
    return r.ratingSuppressed() ? texts.get("benefit.suppressed") : Integer.toString(r.rated());
  }

  /** The mean rating with one decimal, "< 5", or a dash. */
  public String rating(TeamMonth r) {
    return r.ratingSuppressed() ? texts.get("benefit.suppressed") : number(r.ratingMean(), 1);
  }

  private static String number(Double value, int places) {
    return value == null
        ? "–"
        : String.format(java.util.Locale.forLanguageTag("da"), "%,." + places + "f", value);
  }

  public String getDocumentationChart() {
    return documentationChart;
  }

  /** A team's name for the table. */
  public String team(TeamMonth row) {
    return row.team() == null ? texts.get("benefit.noTeam") : row.team();
  }

  /** A share as a Danish percentage with one decimal, or a dash. */
  public String percent(Double share) {
    return share == null ? "–" : String.format(new java.util.Locale("da"), "%.1f %%", share * 100);
  }

  /** A duration in hours with one decimal, or a dash. */
  public String hours(java.time.Duration d) {
    return d == null
        ? "–"
        : String.format(new java.util.Locale("da"), "%.1f t", BenefitCsv.hours(d));
  }

  /** The CSV export of the period on the page, relative to the page. */
  public String getCsvLink() {
    return report == null
        ? null
        : "api/benefit/figures.csv?from=" + report.from() + "&to=" + report.to();
  }

  public String getBaseline() {
    return baseline;
  }

  public void setBaseline(String baseline) {
    this.baseline = baseline;
  }

  /** Whether the caller enters their team's baseline here (a team lead with a team). */
  public boolean isBaselineEditable() {
    return report != null && report.scope() == BenefitReport.Scope.TEAM;
  }

  public BenefitReport getReport() {
    return report;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getDocumentedChart() {
    return documentedChart;
  }

  public String getTimeChart() {
    return timeChart;
  }

  public String getChangedChart() {
    return changedChart;
  }

  public String getOptOutChart() {
    return optOutChart;
  }
}
