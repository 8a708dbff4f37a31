package dk.samtalenotat.audit;

import dk.samtalenotat.conversation.Conversation;
import dk.samtalenotat.conversation.Cpr;
import dk.samtalenotat.crypto.CprHasher;
import dk.samtalenotat.security.Roles;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.Tenant;
import dk.samtalenotat.tenant.UserRegistry;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jboss.ejb3.annotation.TransactionTimeout;

/**
 * Writes and reads the access log. An entry joins the transaction of the use it records, so a use
 * that is rolled back leaves no entry and a use that happened always leaves one. Nothing here
 * changes an entry; only {@link #purgeBefore} removes entries, for the log's own retention.
 */
@Stateless
@PermitAll // writing is open to every caller inside the application; reading is not (entries)
public class AccessLog {

  /** The user key of work the application does by itself (pipeline jobs, timers). */
  public static final String SYSTEM = "system";

  private static final List<String> ROLES_BY_PRECEDENCE =
      List.of(
          Roles.CASEWORKER, Roles.COMPLIANCE, Roles.TEAM_LEAD, Roles.ADMINISTRATOR, Roles.OPERATOR);

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private UserRegistry users;
  @Inject private CprHasher cprHasher;

  /** The caller used a conversation's data. */
  public void used(AccessAction action, AccessObject object, Conversation c, Purpose purpose) {
    AppUser me = users.caller();
    write(me.getTenant(), me.getUserKey(), callerRole(), action, object, c, null, purpose);
  }

  /** The caller used a conversation's data in a way the detail explains (e.g. to whom). */
  public void used(
      AccessAction action, AccessObject object, Conversation c, Purpose purpose, String detail) {
    AppUser me = users.caller();
    write(me.getTenant(), me.getUserKey(), callerRole(), action, object, c, detail, purpose);
  }

  /** The caller searched or listed; {@code criterion} says what for, never a CPR number. */
  public void searched(AccessObject object, String criterion, Purpose purpose) {
    AppUser me = users.caller();
    write(
        me.getTenant(),
        me.getUserKey(),
        callerRole(),
        AccessAction.SEARCH,
        object,
        null,
        criterion,
        purpose);
  }

  /**
   * The caller looked a citizen up in the case system (the citizen's cases, by CPR number), for a
   * conversation or before one exists: a use of the citizen's data, logged with the keyed hash so
   * that an access request finds it.
   *
   * @param c the conversation it was for, or null at registration
   */
  public void lookedUp(String cprHash, Conversation c, String criterion, Purpose purpose) {
    AppUser me = users.caller();
    em.persist(
        new AccessLogEntry(
            me.getTenant(),
            Instant.now(),
            me.getUserKey(),
            callerRole(),
            AccessAction.SEARCH,
            AccessObject.CASE_SYSTEM,
            c == null ? null : c.getId(),
            cprHash,
            c == null ? null : c.getCaseReference(),
            criterion,
            purpose));
  }

  /**
   * The application looked the conversation's citizen up in the case system, as {@code executor}.
   */
  public void lookedUpBySystem(Conversation c, String executor, String criterion, Purpose purpose) {
    write(
        c.getTenant(),
        SYSTEM,
        executor,
        AccessAction.SEARCH,
        AccessObject.CASE_SYSTEM,
        c,
        criterion,
        purpose);
  }

  /**
   * The caller exported a log or record that concerns no single conversation; {@code criterion}
   * says what, never a CPR number.
   */
  public void exported(AccessObject object, String criterion, Purpose purpose) {
    AppUser me = users.caller();
    write(
        me.getTenant(),
        me.getUserKey(),
        callerRole(),
        AccessAction.EXPORT,
        object,
        null,
        criterion,
        purpose);
  }

  /**
   * A municipality's settings, or its state on the installation, were read, changed or acted on
   * (onboarding, suspension, offboarding): written to that municipality's log, by the caller, or by
   * {@code userKey} in {@code role} when the application does it itself (the first start's import).
   * {@code criterion} names the settings or the step, never a secret.
   */
  public void administered(
      Tenant tenant, AccessAction action, String criterion, String userKey, String role) {
    write(
        tenant,
        userKey,
        role,
        action,
        AccessObject.SETTINGS,
        null,
        criterion,
        Purpose.ADMINISTRATION);
  }

  /** {@link #administered} by the caller. */
  public void administered(Tenant tenant, AccessAction action, String criterion) {
    administered(tenant, action, criterion, users.caller().getUserKey(), callerRole());
  }

  /** The application itself used a conversation's data, as {@code executor} (a job or timer). */
  public void usedBySystem(
      AccessAction action, AccessObject object, Conversation c, String executor, Purpose purpose) {
    write(c.getTenant(), SYSTEM, executor, action, object, c, null, purpose);
  }

  /**
   * One page of the caller's tenant's entries that match the query, oldest first, after the entry
   * {@code afterId} (0 for the first page): pages of bounded size keep a large export flat in
   * memory. The first page logs the search, with the citizen only as a prefix of the keyed hash.
   *
   * @throws dk.samtalenotat.conversation.InvalidCprException when the CPR number is not valid
   */
  @RolesAllowed(Roles.COMPLIANCE)
  public List<AccessRecord> search(AccessLogQuery query, long afterId, int limit) {
    AppUser me = users.caller();
    String cvr = me.getTenant().getCvr();
    String cprHash =
        query.cpr() == null ? null : cprHasher.hash(cvr, Cpr.parse(query.cpr()).digits());
    List<AccessRecord> page =
        AccessLogSelection.query(em, me.getTenant(), query, cprHash, afterId)
            .setMaxResults(limit)
            .getResultList();
    if (afterId == 0) {
      write(
          me.getTenant(),
          me.getUserKey(),
          callerRole(),
          AccessAction.SEARCH,
          AccessObject.ACCESS_LOG,
          null,
          query.describe(cprHash),
          Purpose.COMPLIANCE_CONTROL);
    }
    return page;
  }

  /**
   * The names of the caller's municipality's users by user key, for showing the log with names (the
   * log itself keeps the key, which stays true when a name changes).
   */
  @RolesAllowed(Roles.COMPLIANCE)
  public java.util.Map<String, String> userNames() {
    java.util.Map<String, String> names = new java.util.HashMap<>();
    em.createQuery(
            "select u from AppUser u where u.tenant = :tenant",
            dk.samtalenotat.tenant.AppUser.class)
        .setParameter("tenant", users.caller().getTenant())
        .getResultStream()
        .forEach(u -> names.put(u.getUserKey(), u.getDisplayName()));
    return names;
  }

  /**
   * The uses of one citizen's data in the caller's tenant, oldest first, at most {@code limit}:
   * when, what and why, never who (GDPR art. 15 as Datatilsynet reads it since 2024).
   *
   * @param cprHash the tenant's keyed hash of the citizen's CPR number
   */
  @RolesAllowed(Roles.COMPLIANCE)
  public List<Use> usesOf(String cprHash, int limit) {
    return em.createQuery(
            "select new dk.samtalenotat.audit.Use(e.occurredAt, e.action, e.purpose)"
                + " from AccessLogEntry e where e.tenant = :tenant and e.citizenCprHash = :hash"
                + " order by e.id",
            Use.class)
        .setParameter("tenant", users.caller().getTenant())
        .setParameter("hash", cprHash)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Starts an export of the caller's tenant's entries that match the query: checks the CPR number
   * and writes the export's own entry, committed before any entry goes out, so that an export
   * broken off half-way is still in the log.
   *
   * @throws dk.samtalenotat.conversation.InvalidCprException when the CPR number is not valid
   */
  @RolesAllowed(Roles.COMPLIANCE)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void exportStarting(AccessLogQuery query) {
    AppUser me = users.caller();
    write(
        me.getTenant(),
        me.getUserKey(),
        callerRole(),
        AccessAction.EXPORT,
        AccessObject.ACCESS_LOG,
        null,
        query.describe(hashOf(me, query)),
        Purpose.COMPLIANCE_CONTROL);
  }

  /**
   * Hands every entry of the caller's tenant that matches the query to {@code sink}, oldest first,
   * through one forward-only cursor (a year of a large municipality's log with flat memory). The
   * transaction only reads; it may last as long as the client takes to download.
   *
   * @return how many entries went out
   */
  @RolesAllowed(Roles.COMPLIANCE)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  @TransactionTimeout(value = 1, unit = TimeUnit.HOURS)
  public long export(AccessLogQuery query, Consumer<AccessRecord> sink) {
    AppUser me = users.caller();
    return AccessLogSelection.stream(em, me.getTenant(), query, hashOf(me, query), sink);
  }

  private String hashOf(AppUser me, AccessLogQuery query) {
    return query.cpr() == null
        ? null
        : cprHasher.hash(me.getTenant().getCvr(), Cpr.parse(query.cpr()).digits());
  }

  /**
   * Deletes up to {@code batch} entries older than {@code cutoff}, in a transaction of its own.
   *
   * @return how many were deleted; 0 when nothing is left to do
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int purgeBefore(Instant cutoff, int batch) {
    List<Long> ids =
        em.createQuery(
                "select e.id from AccessLogEntry e where e.occurredAt < :cutoff order by e.id",
                Long.class)
            .setParameter("cutoff", cutoff)
            .setMaxResults(batch)
            .getResultList();
    if (ids.isEmpty()) {
      return 0;
    }
    return em.createQuery("delete from AccessLogEntry e where e.id in :ids")
        .setParameter("ids", ids)
        .executeUpdate();
  }

  /**
   * Sets to null the keyed CPR hash of conversations purged before {@code cutoff}: their access log
   * entries, the last thing that refers to the citizen by that hash, are deleted by then.
   *
   * @return how many records forgot their citizen
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int forgetCitizensPurgedBefore(Instant cutoff) {
    return dk.samtalenotat.conversation.PurgedConversation.forgetCitizensPurgedBefore(em, cutoff);
  }

  private void write(
      Tenant tenant,
      String userKey,
      String role,
      AccessAction action,
      AccessObject object,
      Conversation c,
      String criterion,
      Purpose purpose) {
    em.persist(
        new AccessLogEntry(
            tenant,
            Instant.now(),
            userKey,
            role,
            action,
            object,
            c == null ? null : c.getId(),
            c == null ? null : c.getCitizenCprHash(),
            c == null ? null : c.getCaseReference(),
            criterion,
            purpose));
  }

  private String callerRole() {
    return ROLES_BY_PRECEDENCE.stream().filter(session::isCallerInRole).findFirst().orElse("none");
  }
}
