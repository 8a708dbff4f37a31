package dk.samtalenotat.web.api;

import dk.samtalenotat.benefit.BenefitCsv;
import dk.samtalenotat.benefit.BenefitPeriodException;
import dk.samtalenotat.benefit.BenefitReport;
import dk.samtalenotat.benefit.BenefitService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The benefit figures per team and month as CSV, for team leads (their team) and administrators
 * (the municipality). Aggregates only: no conversation, citizen or caseworker in it.
 */
@Path("benefit")
@RequestScoped
public class BenefitResource {

  private static final String CSV = "text/csv; charset=UTF-8";

  @Inject BenefitService benefit;

  /** {@code from} and {@code to} are months, YYYY-MM, both included. */
  @GET
  @Path("figures.csv")
  @Produces(CSV)
  public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
    BenefitReport report;
    try {
      report = benefit.figures(month(from), month(to));
    } catch (DateTimeParseException | NullPointerException e) {
      return refused("Angiv måneder som ÅÅÅÅ-MM, fx ?from=2026-01&to=2026-12.");
    } catch (BenefitPeriodException e) {
      return refused(
          e.problem() == BenefitPeriodException.Problem.REVERSED
              ? "Perioden slutter, før den begynder."
              : "Perioden må højst være " + BenefitService.MAX_MONTHS + " måneder.");
    }
    StringWriter text = new StringWriter();
    try {
      BenefitCsv.write(report.rows(), text);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
    // A report is small (at most 36 months per team): written whole, no streaming needed.
    return Response.ok(text.toString(), CSV)
        .header(
            "Content-Disposition",
            "attachment; filename=\"gevinster-" + report.from() + "-" + report.to() + ".csv\"")
        .build();
  }

  private static YearMonth month(String value) {
    return YearMonth.parse(value.strip());
  }

  private static Response refused(String danish) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
        .entity(danish)
        .build();
  }
}
