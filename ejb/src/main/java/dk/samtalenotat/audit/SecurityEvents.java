package dk.samtalenotat.audit;

import dk.samtalenotat.security.Roles;
import dk.samtalenotat.tenant.UserRegistry;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jboss.ejb3.annotation.TransactionTimeout;

/**
 * The persistent security log: sign-on, devices, users and receipts. Each event commits in its own
 * transaction: a refused sign-on has no transaction of its own to join, and the record must outlive
 * any failure after it. Refusals reach it through {@link SecurityEventThrottle}.
 *
 * <p>A municipality's compliance officer reads the events of their own municipality only, and only
 * the summary the writer chose ({@link SecurityEventRecord}); events tied to no municipality (a
 * malformed token, a forged SAML message, a summary over many sources) are the installation
 * operator's, kept in the rows and the server log, and shown to no municipality. Every read is a
 * page of bounded size or a streamed export over a bounded period, and is itself written to the
 * access log.
 */
@Stateless
@PermitAll // recording happens before anyone is signed on; reading is for the compliance officer
public class SecurityEvents {

  /** The most events one page holds. */
  public static final int MAX_PAGE = 1000;

  /** The longest period one read or export may cover (the log is kept 180 days by default). */
  public static final Duration MAX_PERIOD = Duration.ofDays(366);

  /** Rows the JDBC driver fetches per round trip while an export streams. */
  private static final int FETCH_SIZE = 1000;

  @PersistenceContext private EntityManager em;
  @Inject private UserRegistry users;
  @Inject private AccessLog accessLog;

  /**
   * Records an event now.
   *
   * @param summary what the municipality's compliance officer may see of it
   * @param detail the raw detail, for the installation's operator and forensics only
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(
      String eventId,
      SecurityEvent.Outcome outcome,
      String userKey,
      String tenantCvr,
      String remote,
      String summary,
      String detail) {
    record(eventId, outcome, userKey, tenantCvr, remote, summary, detail, Instant.now());
  }

  /** Records an event that happened at {@code occurredAt} (a throttle summary). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(
      String eventId,
      SecurityEvent.Outcome outcome,
      String userKey,
      String tenantCvr,
      String remote,
      String summary,
      String detail,
      Instant occurredAt) {
    String cvr =
        tenantCvr != null || userKey == null
            ? tenantCvr
            : users.findUser(userKey).map(u -> u.getTenant().getCvr()).orElse(null);
    em.persist(
        new SecurityEvent(eventId, outcome, userKey, cvr, remote, summary, detail, occurredAt));
  }

  /**
   * One page of the events of the caller's municipality in [from, to), oldest first, after the
   * event {@code afterId} (0 for the first page), at most {@code limit}. Every page is written to
   * the access log as a search of the security log (a later page too: starting after some id must
   * not be a way to read unlogged).
   *
   * @throws IllegalArgumentException when the period is empty or longer than {@link #MAX_PERIOD},
   *     or the limit is outside 1..{@link #MAX_PAGE}
   */
  @RolesAllowed(Roles.COMPLIANCE)
  public List<SecurityEventRecord> events(Instant from, Instant to, long afterId, int limit) {
    checkPeriod(from, to);
    if (limit < 1 || limit > MAX_PAGE) {
      throw new IllegalArgumentException("a page holds 1 to " + MAX_PAGE + " events");
    }
    List<SecurityEventRecord> page =
        selection(users.caller().getTenant().getCvr(), from, to, afterId, "e.id")
            .setMaxResults(limit)
            .getResultList();
    accessLog.searched(
        AccessObject.SECURITY_LOG,
        describe(from, to) + (afterId == 0 ? "" : ", after event " + afterId),
        Purpose.COMPLIANCE_CONTROL);
    return page;
  }

  /**
   * The installation's own security events in [from, to), newest first, at most {@code limit}:
   * those tied to no municipality (a refused sign-on of an unknown organisation, a garbled
   * message), for the operator's screen only. Written to the operator's organisation's access log.
   */
  @RolesAllowed(Roles.OPERATOR)
  public List<SecurityEventRecord> installationEvents(Instant from, Instant to, int limit) {
    checkPeriod(from, to);
    if (limit < 1 || limit > MAX_PAGE) {
      throw new IllegalArgumentException("a page holds 1 to " + MAX_PAGE + " events");
    }
    List<SecurityEventRecord> page =
        em.createQuery(
                "select new dk.samtalenotat.audit.SecurityEventRecord(e.id, e.occurredAt,"
                    + " e.eventId, e.outcome, e.userKey, e.tenantCvr, e.summary) from"
                    + " SecurityEvent e where e.tenantCvr is null and e.occurredAt >= :from"
                    + " and e.occurredAt < :to order by e.occurredAt desc, e.id desc",
                SecurityEventRecord.class)
            .setParameter("from", from)
            .setParameter("to", to)
            .setMaxResults(limit)
            .getResultList();
    accessLog.searched(
        AccessObject.SECURITY_LOG, "installation's " + describe(from, to), Purpose.ADMINISTRATION);
    return page;
  }

  /**
   * Starts an export of the caller's municipality's events in [from, to): writes its access log
   * entry, committed before any event goes out, so that an export broken off half-way is logged.
   *
   * @throws IllegalArgumentException when the period is empty or longer than {@link #MAX_PERIOD}
   */
  @RolesAllowed(Roles.COMPLIANCE)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void exportStarting(Instant from, Instant to) {
    checkPeriod(from, to);
    accessLog.exported(AccessObject.SECURITY_LOG, describe(from, to), Purpose.COMPLIANCE_CONTROL);
  }

  /**
   * Hands every event of the caller's municipality in [from, to) to {@code sink}, oldest first,
   * through one forward-only cursor (flat memory for any number). The transaction only reads; it
   * may last as long as the client takes to download.
   *
   * @return how many events went out
   */
  @RolesAllowed(Roles.COMPLIANCE)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  @TransactionTimeout(value = 1, unit = TimeUnit.HOURS)
  public long export(Instant from, Instant to, Consumer<SecurityEventRecord> sink) {
    checkPeriod(from, to);
    TypedQuery<SecurityEventRecord> q =
        selection(users.caller().getTenant().getCvr(), from, to, 0, "e.occurredAt, e.id")
            .setHint("org.hibernate.fetchSize", FETCH_SIZE)
            .setHint("org.hibernate.readOnly", true);
    long[] count = {0};
    try (Stream<SecurityEventRecord> rows = q.getResultStream()) {
      rows.forEach(
          r -> {
            sink.accept(r);
            count[0]++;
          });
    }
    return count[0];
  }

  /** Deletes up to {@code batch} events older than {@code cutoff}; 0 when none are left. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int purgeBefore(Instant cutoff, int batch) {
    List<Long> ids =
        em.createQuery(
                "select e.id from SecurityEvent e where e.occurredAt < :cutoff order by e.id",
                Long.class)
            .setParameter("cutoff", cutoff)
            .setMaxResults(batch)
            .getResultList();
    return ids.isEmpty()
        ? 0
        : em.createQuery("delete from SecurityEvent e where e.id in :ids")
            .setParameter("ids", ids)
            .executeUpdate();
  }

  /** Only the municipality's own events: never those tied to none (the operator's). */
  private TypedQuery<SecurityEventRecord> selection(
      String cvr, Instant from, Instant to, long afterId, String order) {
    return em.createQuery(
            "select new dk.samtalenotat.audit.SecurityEventRecord(e.id, e.occurredAt, e.eventId,"
                + " e.outcome, e.userKey, e.tenantCvr, e.summary) from SecurityEvent e"
                + " where e.tenantCvr = :cvr and e.occurredAt >= :from and e.occurredAt < :to"
                + " and e.id > :after order by "
                + order,
            SecurityEventRecord.class)
        .setParameter("cvr", cvr)
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("after", afterId);
  }

  static void checkPeriod(Instant from, Instant to) {
    if (from == null || to == null || !from.isBefore(to)) {
      throw new IllegalArgumentException("a period is required");
    }
    if (Duration.between(from, to).compareTo(MAX_PERIOD) > 0) {
      throw new IllegalArgumentException("a period of at most " + MAX_PERIOD.toDays() + " days");
    }
  }

  private static String describe(Instant from, Instant to) {
    return "security log, period " + from + " to " + to;
  }
}
