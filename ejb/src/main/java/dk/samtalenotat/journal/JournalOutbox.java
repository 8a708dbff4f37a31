package dk.samtalenotat.journal;

import dk.samtalenotat.conversation.Conversation;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Puts an approved note in the outbox, inside the caller's transaction: the entry exists exactly
 * when the state change that asked for it was committed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JournalOutbox {

  @PersistenceContext private EntityManager em;
  @Inject private CaseSystems caseSystems;

  /**
   * Moves the conversation to JOURNALISING and writes the outbox entry, when the tenant has a case
   * system.
   *
   * @param intoCase the case to journalise into; null for the conversation's own
   * @return false when no case system is configured: the conversation stays as it is
   */
  public boolean enqueue(Conversation c, String intoCase) {
    Optional<Journal> journal = caseSystems.journal(c.getTenant().getCvr());
    if (journal.isEmpty()) {
      return false;
    }
    c.journalisingStarted(intoCase);
    em.persist(new OutboxEntry(c, journal.get().system(), c.getCaseReference()));
    return true;
  }

  /** Whether the tenant has a case system to journalise into. */
  public boolean configured(String tenantCvr) {
    return caseSystems.journal(tenantCvr).isPresent();
  }
}
