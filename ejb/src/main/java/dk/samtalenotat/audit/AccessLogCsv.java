package dk.samtalenotat.audit;

import dk.samtalenotat.export.Csv;

/** The access log as CSV lines (semicolons, quoted where needed, spreadsheet formulas defused). */
public final class AccessLogCsv {

  public static final String HEADER =
      "id;time;user;role;action;object;conversation;citizen_hash;case;criterion;purpose";

  private AccessLogCsv() {}

  public static String line(AccessRecord r) {
    return Csv.row(
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
        r.purpose());
  }
}
