package dk.samtalenotat.journal;

import dk.samtalenotat.audit.AccessAction;
import dk.samtalenotat.audit.AccessLog;
import dk.samtalenotat.audit.AccessObject;
import dk.samtalenotat.audit.Purpose;
import dk.samtalenotat.conversation.Conversation;
import dk.samtalenotat.conversation.ConversationRepository;
import dk.samtalenotat.conversation.ConversationState;
import dk.samtalenotat.conversation.Problem;
import dk.samtalenotat.conversation.ProblemReport;
import dk.samtalenotat.draft.Draft;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** The outbox in the database; every method commits on its own. */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JpaOutboxStore implements OutboxStore {

  private static final Logger LOG = Logger.getLogger(JpaOutboxStore.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private ConversationRepository conversations;
  @Inject private AccessLog accessLog;

  @Override
  public List<Due> due(Instant now, int limit) {
    return dueIn(OutboxEntry.Status.PENDING, now, limit);
  }

  /**
   * Entries in {@code status} whose next step is due, oldest first; a suspended municipality's
   * entries wait until it is resumed.
   */
  private List<Due> dueIn(OutboxEntry.Status status, Instant now, int limit) {
    return em.createQuery(
            "select e.id, t.cvr, e.correlationId from OutboxEntry e join e.tenant t"
                + " where e.status = :status and e.nextAttemptAt <= :now"
                + " and t.status = :active"
                + " order by e.nextAttemptAt, e.id",
            Object[].class)
        .setParameter("status", status)
        .setParameter("active", dk.samtalenotat.tenant.Tenant.Status.ACTIVE)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultStream()
        .map(row -> new Due((Long) row[0], (String) row[1], (String) row[2]))
        .toList();
  }

  @Override
  public Optional<Work> claim(long entryId, Instant now, Instant leaseEnd) {
    Object[] seen =
        em.createQuery(
                "select e.outcomeUnknown, e.attempts from OutboxEntry e where e.id = :id",
                Object[].class)
            .setParameter("id", entryId)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (seen == null) {
      return Optional.empty();
    }
    boolean wasUnknown = (Boolean) seen[0];
    int attempts = (Integer) seen[1];
    // One conditional update: of two nodes claiming the same try, exactly one changes the row.
    int claimed =
        em.createQuery(
                "update OutboxEntry e set e.attempts = e.attempts + 1, e.outcomeUnknown = true,"
                    + " e.nextAttemptAt = :leaseEnd, e.version = e.version + 1"
                    + " where e.id = :id and e.status = :pending and e.nextAttemptAt <= :now"
                    + " and e.attempts = :attempts")
            .setParameter("leaseEnd", leaseEnd)
            .setParameter("id", entryId)
            .setParameter("pending", OutboxEntry.Status.PENDING)
            .setParameter("now", now)
            .setParameter("attempts", attempts)
            .executeUpdate();
    if (claimed == 0) {
      return Optional.empty();
    }
    OutboxEntry e = em.find(OutboxEntry.class, entryId);
    em.refresh(e);
    Conversation c = conversations.find(e.getConversation().getId()).orElseThrow();
    JournalNote note;
    try {
      Draft draft =
          conversations.draftOf(c).orElseThrow(() -> new IllegalStateException("no draft"));
      note = JournalNotes.of(c, draft, e.getCaseReference(), e.getIdempotencyKey());
    } catch (IllegalStateException ex) {
      LOG.severe(() -> "journal entry " + entryId + " has no note to send: " + ex.getMessage());
      fail(e, JournalFailure.INVALID, ex.getMessage());
      return Optional.empty();
    }
    accessLog.usedBySystem(
        AccessAction.EXPORT, AccessObject.DRAFT, c, "JournalWorker", Purpose.CASE_DOCUMENTATION);
    return Optional.of(new Work(entryId, note, wasUnknown, e.getAttempts()));
  }

  @Override
  public void stored(long entryId, JournalReceipt receipt) {
    OutboxEntry e = em.find(OutboxEntry.class, entryId);
    if (e.getStatus() == OutboxEntry.Status.DELIVERED) {
      LOG.info(() -> "receipt for journal entry " + entryId + " already stored; duplicate ignored");
      return;
    }
    e.delivered();
    em.persist(new StoredReceipt(e, receipt));
    Conversation c = e.getConversation();
    if (c.getState() == ConversationState.JOURNAL_FAILED) {
      // A receipt after we gave up: the note did arrive after all.
      c.journalisingStarted(null);
    }
    if (c.getState() == ConversationState.JOURNALISING) {
      c.journalised();
    }
    LOG.info(
        () ->
            "conversation "
                + c.getId()
                + " journalised in "
                + receipt.system()
                + " case "
                + receipt.caseId()
                + " as "
                + receipt.remoteDocumentId());
  }

  @Override
  public void accepted(long entryId, String transactionId, Instant askAt) {
    OutboxEntry e = em.find(OutboxEntry.class, entryId);
    if (e.getStatus() == OutboxEntry.Status.PENDING) {
      e.awaitingReceipt(askAt);
    }
  }

  @Override
  public List<Due> awaitingReceipt(Instant now, int limit) {
    return dueIn(OutboxEntry.Status.AWAITING_RECEIPT, now, limit);
  }

  @Override
  public Optional<Work> claimReceiptQuery(long entryId, Instant now, Instant leaseEnd) {
    Integer queries =
        em.createQuery("select e.receiptQueries from OutboxEntry e where e.id = :id", Integer.class)
            .setParameter("id", entryId)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (queries == null) {
      return Optional.empty();
    }
    // As in claim: of two nodes asking about the same receipt, exactly one changes the row.
    int claimed =
        em.createQuery(
                "update OutboxEntry e set e.receiptQueries = e.receiptQueries + 1,"
                    + " e.nextAttemptAt = :leaseEnd, e.version = e.version + 1"
                    + " where e.id = :id and e.status = :awaiting and e.nextAttemptAt <= :now"
                    + " and e.receiptQueries = :queries")
            .setParameter("leaseEnd", leaseEnd)
            .setParameter("id", entryId)
            .setParameter("awaiting", OutboxEntry.Status.AWAITING_RECEIPT)
            .setParameter("now", now)
            .setParameter("queries", queries)
            .executeUpdate();
    if (claimed == 0) {
      return Optional.empty();
    }
    OutboxEntry e = em.find(OutboxEntry.class, entryId);
    em.refresh(e);
    Conversation c = conversations.find(e.getConversation().getId()).orElseThrow();
    Draft draft = conversations.draftOf(c).orElse(null);
    if (draft == null) {
      LOG.severe(() -> "journal entry " + entryId + " waits for a receipt but has no note");
      e.stillAwaiting(leaseEnd, "no note to ask about");
      c.noteProblem(ProblemReport.of(Problem.JOURNAL_RECEIPT_MISSING));
      return Optional.empty();
    }
    JournalNote note = JournalNotes.of(c, draft, e.getCaseReference(), e.getIdempotencyKey());
    accessLog.usedBySystem(
        AccessAction.READ, AccessObject.DRAFT, c, "JournalWorker", Purpose.CASE_DOCUMENTATION);
    return Optional.of(new Work(entryId, note, false, e.getReceiptQueries()));
  }

  @Override
  public void stillAwaiting(long entryId, Instant askAt, boolean attention, String reason) {
    OutboxEntry e = em.find(OutboxEntry.class, entryId);
    if (e.getStatus() != OutboxEntry.Status.AWAITING_RECEIPT) {
      return;
    }
    e.stillAwaiting(askAt, reason);
    if (attention && e.getConversation().getState() == ConversationState.JOURNALISING) {
      e.getConversation().noteProblem(ProblemReport.of(Problem.JOURNAL_RECEIPT_MISSING));
    }
  }

  @Override
  public void notArrived(long entryId, Instant at, String reason) {
    OutboxEntry e = em.find(OutboxEntry.class, entryId);
    if (e.getStatus() != OutboxEntry.Status.AWAITING_RECEIPT) {
      return;
    }
    e.notArrived(at, reason);
    e.getConversation().noteProblem(ProblemReport.of(Problem.JOURNAL_RETRYING));
  }

  @Override
  public void retryLater(long entryId, Instant at, boolean outcomeUnknown, String error) {
    OutboxEntry e = em.find(OutboxEntry.class, entryId);
    if (e.getStatus() != OutboxEntry.Status.PENDING) {
      return;
    }
    e.retryAt(at, outcomeUnknown, error);
    e.getConversation().noteProblem(ProblemReport.of(Problem.JOURNAL_RETRYING));
  }

  @Override
  public void postpone(long entryId, Instant at, String reason) {
    OutboxEntry e = em.find(OutboxEntry.class, entryId);
    if (e.getStatus() == OutboxEntry.Status.PENDING && e.getNextAttemptAt().isBefore(at)) {
      e.postpone(at, reason);
    }
  }

  @Override
  public void failed(long entryId, JournalFailure failure, String error) {
    OutboxEntry e = em.find(OutboxEntry.class, entryId);
    if (e.getStatus() == OutboxEntry.Status.DELIVERED
        || e.getStatus() == OutboxEntry.Status.FAILED) {
      return;
    }
    fail(e, failure, error);
  }

  @Override
  public void citizenLookedUp(long entryId, String system) {
    OutboxEntry e = em.find(OutboxEntry.class, entryId);
    accessLog.lookedUpBySystem(
        e.getConversation(),
        "JournalWorker",
        "case check in " + system + " before delivery",
        Purpose.CASE_DOCUMENTATION);
  }

  private void fail(OutboxEntry e, JournalFailure failure, String error) {
    e.failed(failure, error);
    Conversation c = e.getConversation();
    if (c.getState() == ConversationState.JOURNALISING) {
      // The Danish reason comes from the failure code (the outbox entry keeps it); the error text
      // stays on the entry.
      c.journalFailed(ProblemReport.of(Problem.JOURNAL_FAILED));
    }
  }
}
