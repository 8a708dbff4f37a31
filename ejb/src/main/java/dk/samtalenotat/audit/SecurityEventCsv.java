package dk.samtalenotat.audit;

import dk.samtalenotat.export.Csv;

/**
 * The security log as the compliance officer exports it, as CSV lines (as {@link AccessLogCsv}).
 */
public final class SecurityEventCsv {

  public static final String HEADER = "id;time;event;outcome;user;municipality;detail";

  private SecurityEventCsv() {}

  public static String line(SecurityEventRecord r) {
    return Csv.row(
        r.id(), r.occurredAt(), r.eventId(), r.outcome(), r.userKey(), r.tenantCvr(), r.detail());
  }
}
