package dk.samtalenotat.web.api;

import dk.samtalenotat.audit.AccessLog;
import dk.samtalenotat.audit.AccessRecord;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The access log of the caller's municipality for a period of days (Danish time), as JSON or CSV,
 * for the compliance officer. The export is itself logged.
 */
@Path("compliance/access-log")
@RequestScoped
public class AccessLogResource {

  private static final String CSV = "text/csv; charset=UTF-8";

  @Inject AccessLog accessLog;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<AccessRecord> json(@QueryParam("from") String from, @QueryParam("to") String to) {
    return entries(from, to);
  }

  @GET
  @Produces(CSV)
  public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
    String header =
        "id;time;user;role;action;object;conversation;citizen_hash;case;criterion;purpose";
    String body =
        Stream.concat(Stream.of(header), entries(from, to).stream().map(AccessLogResource::line))
            .collect(Collectors.joining("\r\n", "", "\r\n"));
    return Response.ok(body, CSV)
        .header("Content-Disposition", "attachment; filename=\"adgangslog.csv\"")
        .build();
  }

  private List<AccessRecord> entries(String from, String to) {
    Period period = Period.of(from, to);
    return accessLog.entries(period.start(), period.end());
  }

  private static String line(AccessRecord r) {
    return Stream.of(
            r.id(),
            r.occurredAt(),
            r.userKey(),
            r.userRole(),
            r.action(),
            r.objectType(),
            r.conversationId(),
            r.citizenCprHash(),
            r.caseReference(),
            r.criterion(),
            r.purpose())
        .map(v -> cell(v == null ? "" : Objects.toString(v)))
        .collect(Collectors.joining(";"));
  }

  /** Quotes a cell when needed, and defuses spreadsheet formulas (CSV injection). */
  static String cell(String v) {
    String s = v;
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s;
    }
    if (s.contains(";") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      s = "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
