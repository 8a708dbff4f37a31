package dk.samtalenotat.web.compliance;

import dk.samtalenotat.audit.AccessAction;
import dk.samtalenotat.audit.AccessLog;
import dk.samtalenotat.audit.AccessLogQuery;
import dk.samtalenotat.audit.AccessRecord;
import dk.samtalenotat.conversation.InvalidCprException;
import dk.samtalenotat.web.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The compliance officer's access log search: by period, and optionally citizen (CPR number), user
 * and action. Shows the first {@value #SHOWN} entries; the CSV export holds them all.
 */
@Named
@ViewScoped
public class AccessLogView implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int SHOWN = 500;
  private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

  @Inject AccessLog accessLog;
  @Inject Texts texts;

  private LocalDate from = LocalDate.now(DENMARK).minusDays(30);
  private LocalDate to = LocalDate.now(DENMARK);
  private String cpr;
  private String user;
  private AccessAction action;
  private List<AccessRecord> rows;
  private java.util.Map<String, String> names;

  public void search() {
    if (from == null || to == null || to.isBefore(from)) {
      texts.error("accessLog.period");
      return;
    }
    AccessLogQuery query =
        new AccessLogQuery(
            from.atStartOfDay(DENMARK).toInstant(),
            to.plusDays(1).atStartOfDay(DENMARK).toInstant(),
            cpr,
            user,
            action);
    try {
      rows = accessLog.search(query, 0, SHOWN + 1);
      names = accessLog.userNames();
    } catch (InvalidCprException e) {
      texts.error("accessLog.cpr");
      return;
    }
    if (rows.size() > SHOWN) {
      rows = rows.subList(0, SHOWN);
      texts.info("accessLog.more", SHOWN);
    }
  }

  /** The export of the same search, from the REST API. */
  public String getCsvUrl() {
    StringBuilder url =
        new StringBuilder("api/compliance/access-log/csv?from=")
            .append(from)
            .append("&to=")
            .append(to);
    param(url, "cpr", cpr);
    param(url, "user", user);
    param(url, "action", action == null ? null : action.name());
    return url.toString();
  }

  private static void param(StringBuilder url, String name, String value) {
    if (value != null && !value.isBlank()) {
      url.append('&')
          .append(name)
          .append('=')
          .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }

  /** The user's name, or their key when the municipality does not know them (any more). */
  public String userName(String userKey) {
    if (dk.samtalenotat.audit.AccessLog.SYSTEM.equals(userKey)) {
      return texts.get("accessLog.systemUser");
    }
    String name = names == null ? null : names.get(userKey);
    return name == null ? userKey : name;
  }

  /** The role the entry was written under, in Danish. */
  public String role(String role) {
    String text = texts.get("home.role." + role);
    return text.startsWith("home.role.") ? role : text;
  }

  /** The entry's criterion in Danish (dates, names and states included). */
  public String criterion(AccessRecord e) {
    return AccessLogTexts.criterion(
        e.criterion(),
        key -> names == null ? null : names.get(key),
        state -> texts.get("ConversationState." + state),
        action -> texts.get("AccessAction." + action));
  }

  public AccessAction[] getActions() {
    return AccessAction.values();
  }

  public List<AccessRecord> getRows() {
    return rows;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getCpr() {
    return cpr;
  }

  public void setCpr(String cpr) {
    this.cpr = cpr;
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public AccessAction getAction() {
    return action;
  }

  public void setAction(AccessAction action) {
    this.action = action;
  }
}
