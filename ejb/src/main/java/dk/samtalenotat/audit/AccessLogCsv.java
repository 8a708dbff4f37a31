package dk.samtalenotat.audit;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The access log as CSV lines (semicolons, quoted where needed, spreadsheet formulas defused). */
public final class AccessLogCsv {

  public static final String HEADER =
      "id;time;user;role;action;object;conversation;citizen_hash;case;criterion;purpose";

  private AccessLogCsv() {}

  public static String line(AccessRecord r) {
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
  public static String cell(String v) {
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
