package dk.samtalenotat.retention;

import dk.samtalenotat.audit.AccessLog;
import dk.samtalenotat.audit.AccessObject;
import dk.samtalenotat.audit.Purpose;
import dk.samtalenotat.conversation.PurgedConversation;
import dk.samtalenotat.journal.JournalReceipt;
import dk.samtalenotat.journal.StoredReceipt;
import dk.samtalenotat.security.Roles;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.UserRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Deletion evidence for the compliance officer: per period, or per conversation; each row says
 * whether the deletion came later than scheduled. Reading it is logged.
 */
@Stateless
@RolesAllowed(Roles.COMPLIANCE)
public class DeletionEvidenceExport {

  private static final String SELECT =
      "select new dk.samtalenotat.retention.DeletionRecord(e.id, e.conversationId, e.objectId,"
          + " e.objectType, e.rule, e.scheduledAt, e.executedAt, e.executor, e.executorUser,"
          + " e.ciphertextSha256) from DeletionEvidence e where e.tenant = :tenant";

  @PersistenceContext private EntityManager em;
  @Inject private UserRegistry users;
  @Inject private AccessLog accessLog;

  /** Deletions executed in [from, to), oldest first. */
  public List<DeletionRecord> executedBetween(Instant from, Instant to) {
    AppUser me = users.caller();
    accessLog.searched(
        AccessObject.DELETION_EVIDENCE,
        "deletions executed " + from + " to " + to,
        Purpose.COMPLIANCE_CONTROL);
    return withReceipts(
        me,
        em.createQuery(
                SELECT + " and e.executedAt >= :from and e.executedAt < :to order by e.executedAt",
                DeletionRecord.class)
            .setParameter("tenant", me.getTenant())
            .setParameter("from", from)
            .setParameter("to", to)
            .setMaxResults(100_000)
            .getResultList());
  }

  /** Every deletion of one conversation of the caller's municipality. */
  public List<DeletionRecord> ofConversation(long conversationId) {
    AppUser me = users.caller();
    accessLog.searched(
        AccessObject.DELETION_EVIDENCE,
        "deletions of conversation " + conversationId,
        Purpose.COMPLIANCE_CONTROL);
    return withReceipts(
        me,
        em.createQuery(
                SELECT + " and e.conversationId = :id order by e.executedAt", DeletionRecord.class)
            .setParameter("tenant", me.getTenant())
            .setParameter("id", conversationId)
            .getResultList());
  }

  private List<DeletionRecord> withReceipts(AppUser me, List<DeletionRecord> records) {
    Map<Long, JournalReceipt> receipts =
        receiptsOf(
            me,
            records.stream()
                .map(DeletionRecord::conversationId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
    return records.stream().map(r -> r.withReceipt(receipts.get(r.conversationId()))).toList();
  }

  /**
   * The case system's receipts of the given conversations of the caller's municipality, by
   * conversation id: where the note lives on after its text was destroyed here.
   */
  private Map<Long, JournalReceipt> receiptsOf(AppUser me, List<Long> all) {
    Map<Long, JournalReceipt> out = new HashMap<>();
    // Bounded IN lists: SQL Server takes at most 2100 parameters.
    for (int i = 0; i < all.size(); i += 1000) {
      List<Object[]> rows =
          em.createQuery(
                  "select r.conversation.id, r from StoredReceipt r"
                      + " where r.conversation.tenant = :tenant and r.conversation.id in :ids"
                      + " order by r.id",
                  Object[].class)
              .setParameter("tenant", me.getTenant())
              .setParameter("ids", all.subList(i, Math.min(all.size(), i + 1000)))
              .getResultList();
      for (Object[] row : rows) {
        out.put((Long) row[0], ((StoredReceipt) row[1]).receipt());
      }
      // A purged conversation keeps its receipt in its record.
      for (PurgedConversation p :
          em.createQuery(
                  "select p from PurgedConversation p where p.tenant = :tenant and p.id in :ids",
                  PurgedConversation.class)
              .setParameter("tenant", me.getTenant())
              .setParameter("ids", all.subList(i, Math.min(all.size(), i + 1000)))
              .getResultList()) {
        if (p.receipt() != null) {
          out.put(p.getId(), p.receipt());
        }
      }
    }
    return out;
  }
}
