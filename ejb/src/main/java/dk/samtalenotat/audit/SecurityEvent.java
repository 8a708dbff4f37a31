package dk.samtalenotat.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One sign-on, sign-off or refused sign-on message, a device credential registered, used, revoked
 * or refused, a user deactivated or reactivated, or the count of refusals the throttle kept out of
 * the log, under its stable event id. Immutable.
 *
 * <p>Two texts: the {@code summary} is what the municipality's compliance officer is shown (the
 * writer keeps it to what they need: the event, the device, the outcome); the {@code detail} and
 * the source address ({@code remote}) stay in the row for the installation's operator and for
 * forensics, and in the server log, and are never shown to a municipality.
 */
@Entity
@Immutable
@Table(name = "security_event")
public class SecurityEvent {

  /** How it ended. */
  public enum Outcome {
    SIGNED_ON,
    SIGNED_OFF,
    REFUSED,
    /** A device credential was issued. */
    REGISTERED,
    /** A device credential was revoked. */
    REVOKED,
    /** Refusals from one source the throttle kept out of the log in one interval, counted. */
    SUPPRESSED,
    /** A user was deactivated: by an administrator, or for not signing on for a long time. */
    DEACTIVATED,
    /** An administrator reactivated a user. */
    REACTIVATED,
    /** A setting was changed (a team's benefit baseline). */
    CHANGED
  }

  /** The longest summary (what a compliance officer sees). */
  static final int SUMMARY_LENGTH = 300;

  /** The longest detail (the operator's and the log's). */
  static final int DETAIL_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "event_id", nullable = false, updatable = false)
  private String eventId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Outcome outcome;

  @Column(name = "user_key", updatable = false)
  private String userKey;

  @Column(name = "tenant_cvr", updatable = false)
  private String tenantCvr;

  @Column(updatable = false)
  private String remote;

  @Column(updatable = false)
  private String summary;

  @Column(updatable = false)
  private String detail;

  protected SecurityEvent() {}

  SecurityEvent(
      String eventId,
      Outcome outcome,
      String userKey,
      String tenantCvr,
      String remote,
      String summary,
      String detail,
      Instant occurredAt) {
    this.occurredAt = occurredAt;
    this.eventId = eventId;
    this.outcome = outcome;
    this.userKey = userKey;
    this.tenantCvr = tenantCvr;
    this.remote = remote == null || remote.length() <= 64 ? remote : remote.substring(0, 64);
    this.summary = printable(summary, SUMMARY_LENGTH);
    this.detail = printable(detail, DETAIL_LENGTH);
  }

  /**
   * The text cut to its column and with control characters (line breaks included) replaced, so that
   * text an attacker put into a refused message cannot forge lines in an export.
   */
  static String printable(String text, int max) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), max));
    for (int i = 0; i < text.length() && out.length() < max; i++) {
      char ch = text.charAt(i);
      out.append(Character.isISOControl(ch) ? ' ' : ch);
    }
    return out.toString();
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getEventId() {
    return eventId;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getUserKey() {
    return userKey;
  }

  public String getTenantCvr() {
    return tenantCvr;
  }

  public String getRemote() {
    return remote;
  }

  public String getSummary() {
    return summary;
  }

  public String getDetail() {
    return detail;
  }
}
