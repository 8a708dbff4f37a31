package dk.samtalenotat.journal;

import dk.samtalenotat.conversation.Conversation;
import dk.samtalenotat.conversation.ConversationState;
import dk.samtalenotat.conversation.Problem;
import dk.samtalenotat.security.Roles;
import dk.samtalenotat.tenant.Tenant;
import dk.samtalenotat.tenant.UserRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The administrator's view of notes that need someone: those the case system refused or never
 * confirmed. Metadata only (conversation id, state, case system, reason, since when), never the
 * note or the citizen; only the caller's municipality.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class JournalAttention {

  /**
   * A note that needs attention.
   *
   * @param problem why, as the owner sees it on the conversation
   * @param failure the case system's refusal, when it failed
   * @param since when the latest try was written
   */
  public record Item(
      long conversationId,
      ConversationState state,
      Problem problem,
      JournalFailure failure,
      String caseSystem,
      Instant since)
      implements Serializable {}

  private static final int LIMIT = 200;

  @PersistenceContext private EntityManager em;
  @Inject private UserRegistry users;

  /** Failed notes, and notes whose receipt has not come after the configured questions. */
  public List<Item> needingAttention() {
    Tenant tenant = users.caller().getTenant();
    List<Conversation> found =
        em.createQuery(
                "select c from Conversation c where c.tenant = :t and (c.state = :failed"
                    + " or (c.state = :journalising and c.problemCode = :missing))"
                    + " order by c.id",
                Conversation.class)
            .setParameter("t", tenant)
            .setParameter("failed", ConversationState.JOURNAL_FAILED)
            .setParameter("journalising", ConversationState.JOURNALISING)
            .setParameter("missing", Problem.JOURNAL_RECEIPT_MISSING)
            .setMaxResults(LIMIT)
            .getResultList();
    return found.stream().map(this::item).toList();
  }

  private Item item(Conversation c) {
    OutboxEntry last =
        em.createQuery(
                "select e from OutboxEntry e where e.conversation = :c order by e.id desc",
                OutboxEntry.class)
            .setParameter("c", c)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    return new Item(
        c.getId(),
        c.getState(),
        c.getState() == ConversationState.JOURNAL_FAILED
            ? Problem.JOURNAL_FAILED
            : Problem.JOURNAL_RECEIPT_MISSING,
        last == null ? null : last.getFailure(),
        last == null ? null : last.getCaseSystem(),
        last == null ? null : last.getCreatedAt());
  }
}
