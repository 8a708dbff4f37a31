package dk.samtalenotat.web.benefit;

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

  @Inject transient BenefitService benefit;
  @Inject transient Texts texts;

  private String from;
  private String to;
  private BenefitReport report;
  private String documentedChart;
  private String timeChart;
  private String changedChart;
  private String optOutChart;

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
