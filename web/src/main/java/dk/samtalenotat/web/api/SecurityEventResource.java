package dk.samtalenotat.web.api;

import dk.samtalenotat.audit.SecurityEventCsv;
import dk.samtalenotat.audit.SecurityEventRecord;
import dk.samtalenotat.audit.SecurityEvents;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The security log of the caller's municipality for a period of days (Danish time), for the
 * compliance officer: sign-ons, sign-offs and refusals of its employees, devices, deactivations. As
 * JSON in pages ({@code after}: the last id of the page before, {@code limit}: at most {@value
 * SecurityEvents#MAX_PAGE}; a full page links to the next with {@code Link: <...>; rel="next"}), or
 * the whole period as CSV streamed from one cursor. Every read is written to the access log. Events
 * tied to no municipality are not here: they are the installation operator's.
 */
@Path("compliance/security-events")
@RequestScoped
public class SecurityEventResource {

  private static final String CSV = "text/csv; charset=UTF-8";

  @Inject SecurityEvents events;
  @Context UriInfo uri;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response json(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("after") Long after,
      @QueryParam("limit") Integer limit) {
    Period period = period(from, to);
    int size = limit == null ? SecurityEvents.MAX_PAGE : limit;
    if (size < 1 || size > SecurityEvents.MAX_PAGE) {
      throw new BadRequestException("'limit' must be 1 to " + SecurityEvents.MAX_PAGE);
    }
    long start = after == null ? 0 : after;
    if (start < 0) {
      throw new BadRequestException("'after' must be an event id");
    }
    List<SecurityEventRecord> page = events.events(period.start(), period.end(), start, size);
    Response.ResponseBuilder answer = Response.ok(page, MediaType.APPLICATION_JSON_TYPE);
    if (page.size() == size) {
      answer.link(
          uri.getRequestUriBuilder()
              .replaceQueryParam("after", page.get(page.size() - 1).id())
              .replaceQueryParam("limit", size)
              .build(),
          "next");
    }
    return answer.build();
  }

  /**
   * The whole period as CSV, streamed from one forward-only database cursor straight into the
   * response. The export is logged before the first event goes out.
   */
  @GET
  @Produces(CSV)
  public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
    Period period = period(from, to);
    events.exportStarting(period.start(), period.end());
    StreamingOutput body =
        out -> {
          Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          w.write(SecurityEventCsv.HEADER + "\r\n");
          try {
            events.export(
                period.start(),
                period.end(),
                r -> {
                  try {
                    w.write(SecurityEventCsv.line(r));
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
        .header("Content-Disposition", "attachment; filename=\"sikkerhedslog.csv\"")
        .build();
  }

  /** The CSV export as a plain link (a browser link cannot ask for text/csv). */
  @GET
  @Path("csv")
  @Produces(CSV)
  public Response csvDownload(@QueryParam("from") String from, @QueryParam("to") String to) {
    return csv(from, to);
  }

  private static Period period(String from, String to) {
    Period period = Period.of(from, to);
    if (Duration.between(period.start(), period.end()).compareTo(SecurityEvents.MAX_PERIOD) > 0) {
      throw new BadRequestException(
          "the period may be at most " + SecurityEvents.MAX_PERIOD.toDays() + " days");
    }
    return period;
  }
}
