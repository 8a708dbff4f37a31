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
 * One sign-on, sign-off or refused sign-on message, or a device credential registered, used or
 * revoked, under its stable event id. Immutable.
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
    REVOKED
  }

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
  private String detail;

  protected SecurityEvent() {}

  SecurityEvent(
      String eventId,
      Outcome outcome,
      String userKey,
      String tenantCvr,
      String remote,
      String detail) {
    this.occurredAt = Instant.now();
    this.eventId = eventId;
    this.outcome = outcome;
    this.userKey = userKey;
    this.tenantCvr = tenantCvr;
    this.remote = remote == null || remote.length() <= 64 ? remote : remote.substring(0, 64);
    this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
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

  public String getDetail() {
    return detail;
  }
}
