package dk.samtalenotat.pipeline;

import dk.samtalenotat.audit.AccessAction;
import dk.samtalenotat.audit.AccessLog;
import dk.samtalenotat.audit.AccessObject;
import dk.samtalenotat.audit.Purpose;
import dk.samtalenotat.conversation.Conversation;
import dk.samtalenotat.conversation.ConversationNotFoundException;
import dk.samtalenotat.conversation.ConversationState;
import dk.samtalenotat.conversation.IllegalTransitionException;
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
 * The administrator's view of conversations whose transcription or draft failed for good, with the
 * same retry the owner has: metadata only (conversation id, state, the problem's code, since when),
 * never content or the citizen; only the caller's municipality.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class PipelineAttention {

  /**
   * A conversation whose processing stopped.
   *
   * @param problem why, as the owner sees it on the conversation
   * @param since when it failed
   */
  public record Item(long conversationId, ConversationState state, Problem problem, Instant since)
      implements Serializable {}

  private static final int LIMIT = 200;

  @PersistenceContext private EntityManager em;
  @Inject private UserRegistry users;
  @Inject private PipelineQueue queue;
  @Inject private AccessLog accessLog;

  public List<Item> failed() {
    return em
        .createQuery(
            "select c from Conversation c where c.tenant = :t and c.state in :failed order by c.id",
            Conversation.class)
        .setParameter("t", users.caller().getTenant())
        .setParameter(
            "failed",
            List.of(ConversationState.TRANSCRIPTION_FAILED, ConversationState.DRAFT_FAILED))
        .setMaxResults(LIMIT)
        .getResultList()
        .stream()
        .map(
            c ->
                new Item(
                    c.getId(),
                    c.getState(),
                    c.getProblem() == null
                        ? (c.getState() == ConversationState.DRAFT_FAILED
                            ? Problem.DRAFT_FAILED
                            : Problem.TRANSCRIPTION_FAILED)
                        : c.getProblem(),
                    c.getStateChangedAt()))
        .toList();
  }

  /**
   * Starts the failed step again, as the owner's "Prøv igen" does.
   *
   * @throws ConversationNotFoundException for a conversation of another municipality
   * @throws IllegalTransitionException when it has not failed
   */
  public void retry(long conversationId) {
    Tenant tenant = users.caller().getTenant();
    Conversation c = em.find(Conversation.class, conversationId);
    if (c == null || !c.getTenant().getId().equals(tenant.getId())) {
      throw new ConversationNotFoundException(conversationId);
    }
    switch (c.getState()) {
      case TRANSCRIPTION_FAILED -> queue.startTranscription(c);
      case DRAFT_FAILED -> queue.startDrafting(c);
      default -> throw new IllegalTransitionException(conversationId, c.getState(), c.getState());
    }
    accessLog.used(AccessAction.CHANGE, AccessObject.CONVERSATION, c, Purpose.CASE_DOCUMENTATION);
  }
}
