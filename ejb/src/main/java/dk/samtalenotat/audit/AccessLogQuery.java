package dk.samtalenotat.audit;

import java.time.Instant;

/**
 * What the compliance officer searches the access log for: a period, and optionally a citizen (a
 * CPR number, matched through the keyed hash), a user key and an action.
 */
public record AccessLogQuery(
    Instant from, Instant to, String cpr, String userKey, AccessAction action) {

  public AccessLogQuery {
    if (from == null || to == null || !from.isBefore(to)) {
      throw new IllegalArgumentException("a period is required");
    }
    cpr = blankToNull(cpr);
    userKey = blankToNull(userKey);
  }

  /** The criterion as the log keeps it: never the CPR number itself. */
  String describe(String cprHash) {
    StringBuilder s = new StringBuilder("period ").append(from).append(" to ").append(to);
    if (cprHash != null) {
      s.append(", citizen ").append(cprHash, 0, 12).append('…');
    }
    if (userKey != null) {
      s.append(", user ").append(userKey);
    }
    if (action != null) {
      s.append(", action ").append(action);
    }
    return s.toString();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
