package dk.samtalenotat.web.api;

import dk.samtalenotat.audit.AccessAction;
import dk.samtalenotat.audit.AccessLog;
import dk.samtalenotat.audit.AccessLogCsv;
import dk.samtalenotat.audit.AccessLogQuery;
import dk.samtalenotat.audit.AccessRecord;
import dk.samtalenotat.conversation.InvalidCprException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The access log of the caller's municipality for a period of days (Danish time), as JSON or CSV,
 * for the compliance officer. The export is itself logged.
 */
@Path("compliance/access-log")
@RequestScoped
public class AccessLogResource {

  private static final String CSV = "text/csv; charset=UTF-8";

  @Inject AccessLog accessLog;

  /** The most entries a JSON answer holds; the CSV export streams any number. */
  private static final int JSON_LIMIT = 10_000;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<AccessRecord> json(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("cpr") String cpr,
      @QueryParam("user") String user,
      @QueryParam("action") String action) {
    List<AccessRecord> found;
    try {
      found = accessLog.search(query(from, to, cpr, user, action), 0, JSON_LIMIT + 1);
    } catch (InvalidCprException e) {
      throw new BadRequestException("'cpr' is not a valid CPR number");
    }
    // Never a silently shortened answer: a compliance officer must get all of it or be told.
    if (found.size() > JSON_LIMIT) {
      throw new BadRequestException(
          "more than " + JSON_LIMIT + " entries: narrow the search or ask for text/csv");
    }
    return found;
  }

  /**
   * The whole result as CSV, streamed from one forward-only database cursor straight into the
   * response, so a year of a large municipality's log goes out with flat memory. The export is
   * logged before the first entry goes out.
   */
  @GET
  @Produces(CSV)
  public Response csv(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("cpr") String cpr,
      @QueryParam("user") String user,
      @QueryParam("action") String action) {
    AccessLogQuery query = query(from, to, cpr, user, action);
    try {
      accessLog.exportStarting(query);
    } catch (InvalidCprException e) {
      throw new BadRequestException("'cpr' is not a valid CPR number");
    }
    StreamingOutput body =
        out -> {
          Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          w.write(AccessLogCsv.HEADER + "\r\n");
          try {
            accessLog.export(
                query,
                r -> {
                  try {
                    w.write(AccessLogCsv.line(r));
                    w.write("\r\n");
                  } catch (IOException e) {
                    // The client went away: the cursor closes and the read-only transaction ends.
                    throw new UncheckedIOException(e);
                  }
                });
          } catch (UncheckedIOException e) {
            throw e.getCause();
          }
          w.flush();
        };
    return Response.ok(body, CSV)
        .header("Content-Disposition", "attachment; filename=\"adgangslog.csv\"")
        .build();
  }

  /** The CSV export as a plain link (a browser link cannot ask for text/csv). */
  @GET
  @Path("csv")
  @Produces(CSV)
  public Response csvDownload(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("cpr") String cpr,
      @QueryParam("user") String user,
      @QueryParam("action") String action) {
    return csv(from, to, cpr, user, action);
  }

  static AccessLogQuery query(String from, String to, String cpr, String user, String action) {
    Period period = Period.of(from, to);
    AccessAction wanted = null;
    if (action != null && !action.isBlank()) {
      try {
        wanted = AccessAction.valueOf(action.strip().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new BadRequestException("'action' is not one of " + List.of(AccessAction.values()));
      }
    }
    return new AccessLogQuery(period.start(), period.end(), cpr, user, wanted);
  }
}
