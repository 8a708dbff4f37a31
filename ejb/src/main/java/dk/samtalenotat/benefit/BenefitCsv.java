package dk.samtalenotat.benefit;

import dk.samtalenotat.export.Csv;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The benefit figures as CSV for a Danish spreadsheet: semicolons between cells, decimal commas,
 * times in hours, shares as fractions (0-1), documentation time in minutes. One line per team and
 * month; aggregates only. A figure of the caseworkers' own work (documentation time, saved minutes,
 * rating) over 1 to 4 conversations reads {@link #SUPPRESSED}, as on the page.
 */
public final class BenefitCsv {

  /** The team column's text for conversations of users without a team. */
  public static final String NO_TEAM = "(uden team)";

  /** The cell of a figure withheld because fewer than five conversations are behind it. */
  public static final String SUPPRESSED = "< 5";

  public static final String HEADER =
      "team;måned;registrerede;fravalgt;fravalgsandel;dokumenterede;journaliserede;"
          + "median_timer_til_journal;p90_timer_til_journal;andel_ændret_gennemsnit;"
          + "andel_ændret_median;regenereringer;fejl_transskription;fejl_udkast;"
          + "fejl_journalisering;samtaler_med_tid;median_dokumentationstid_min;baseline_min;"
          + "sparede_minutter;vurderede;gennemsnitlig_vurdering";

  private BenefitCsv() {}

  public static void write(List<TeamMonth> rows, Writer out) throws IOException {
    out.write(HEADER);
    out.write("\r\n");
    for (TeamMonth row : rows) {
      out.write(line(row));
      out.write("\r\n");
    }
    out.flush();
  }

  static String line(TeamMonth r) {
    List<String> cells = new ArrayList<>();
    cells.add(Csv.cell(r.team() == null ? NO_TEAM : r.team()));
    cells.add(r.month().toString());
    cells.add(Integer.toString(r.registered()));
    cells.add(Integer.toString(r.declined()));
    cells.add(decimal(r.optOutRate(), 3));
    cells.add(Integer.toString(r.documented()));
    cells.add(Integer.toString(r.journalised()));
    cells.add(decimal(hours(r.medianToJournal()), 2));
    cells.add(decimal(hours(r.p90ToJournal()), 2));
    cells.add(decimal(r.changedShareMean(), 3));
    cells.add(decimal(r.changedShareMedian(), 3));
    cells.add(Integer.toString(r.regenerations()));
    cells.add(Integer.toString(r.transcriptionFailures()));
    cells.add(Integer.toString(r.draftFailures()));
    cells.add(Integer.toString(r.journalFailures()));
    boolean time = r.timeSuppressed();
    cells.add(time ? SUPPRESSED : Integer.toString(r.measured()));
    cells.add(time ? SUPPRESSED : decimal(r.medianDocumentationMinutes(), 1));
    cells.add(r.baselineMinutes() == null ? "" : r.baselineMinutes().toString());
    cells.add(time ? SUPPRESSED : decimal(r.savedMinutes(), 0));
    boolean rating = r.ratingSuppressed();
    cells.add(rating ? SUPPRESSED : Integer.toString(r.rated()));
    cells.add(rating ? SUPPRESSED : decimal(r.ratingMean(), 2));
    return String.join(";", cells);
  }

  /** Hours, or null. */
  public static Double hours(Duration d) {
    return d == null ? null : d.toMillis() / 3_600_000.0;
  }

  /** A number with a decimal comma, rounded half up; empty for none. */
  static String decimal(Double value, int places) {
    return value == null
        ? ""
        : BigDecimal.valueOf(value)
            .setScale(places, RoundingMode.HALF_UP)
            .toPlainString()
            .replace('.', ',');
  }
}
