package dk.samtalenotat.web.api;

import dk.samtalenotat.audit.AccessAction;
import dk.samtalenotat.audit.AccessLog;
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
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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

  /** The most entries a JSON answer holds; the CSV export streams any number. */
  private static final int JSON_LIMIT = 10_000;

  /** Entries of at most this many are fetched at a time while a CSV export streams. */
  private static final int PAGE = 1000;

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
   * The whole result as CSV, streamed page by page (keyset paging on the entry id), so a year of a
   * large municipality's log goes out with flat memory.
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
    List<AccessRecord> first;
    try {
      first = accessLog.search(query, 0, PAGE);
    } catch (InvalidCprException e) {
      throw new BadRequestException("'cpr' is not a valid CPR number");
    }
    StreamingOutput body =
        out -> {
          Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          w.write(HEADER + "\r\n");
          List<AccessRecord> page = first;
          while (!page.isEmpty()) {
            for (AccessRecord r : page) {
              w.write(line(r));
              w.write("\r\n");
            }
            w.flush();
            page =
                page.size() < PAGE
                    ? List.of()
                    : accessLog.search(query, page.get(page.size() - 1).id(), PAGE);
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

  static final String HEADER =
      "id;time;user;role;action;object;conversation;citizen_hash;case;criterion;purpose";

  static String line(AccessRecord r) {
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
