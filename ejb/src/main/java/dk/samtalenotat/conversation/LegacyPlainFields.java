package dk.samtalenotat.conversation;

import dk.samtalenotat.crypto.CryptoException;
import dk.samtalenotat.crypto.DataKeys;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Seals what was stored in plain columns before a conversation's personal fields were sealed
 * (participants' names, the decline reason, the problem text; migration V80): each value is sealed
 * with the conversation's data key and the plain column set to NULL. Inside the caller's
 * transaction; idempotent, so running it on two nodes or twice changes nothing more.
 */
public final class LegacyPlainFields {

  private static final Logger LOG = Logger.getLogger(LegacyPlainFields.class.getName());

  private final EntityManager em;
  private final DataKeys keys;

  public LegacyPlainFields(EntityManager em, DataKeys keys) {
    this.em = em;
    this.keys = keys;
  }

  /**
   * Seals the plain values of up to {@code size} conversations.
   *
   * @return how many conversations were sealed; 0 when none is left
   */
  public int sealBatch(int size) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "select c.id from conversation c where c.declined_reason is not null"
                    + " or c.problem is not null or exists (select 1 from participant p"
                    + " where p.conversation_id = c.id and p.name is not null) order by c.id")
            .setMaxResults(size)
            .getResultList();
    for (Number n : ids) {
      seal(n.longValue());
    }
    return ids.size();
  }

  private void seal(long id) {
    Object[] plain =
        (Object[])
            em.createNativeQuery("select declined_reason, problem from conversation where id = ?1")
                .setParameter(1, id)
                .getSingleResult();
    Map<Integer, String> names = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "select ordinal, name from participant where conversation_id = ?1"
                    + " and name is not null")
            .setParameter(1, id)
            .getResultList()) {
      Object[] r = (Object[]) row;
      names.put(((Number) r[0]).intValue(), (String) r[1]);
    }
    Conversation c = em.find(Conversation.class, id);
    try {
      c.unlock(keys);
      c.sealLegacy((String) plain[0], (String) plain[1], names);
      em.flush();
    } catch (CryptoException e) {
      // Its key is gone: what it held is unreadable anyway, and plain text must not outlive it.
      LOG.warning(() -> "conversation " + id + " cannot be unlocked; its plain fields are dropped");
    }
    em.createNativeQuery(
            "update conversation set declined_reason = null, problem = null where id = ?1")
        .setParameter(1, id)
        .executeUpdate();
    em.createNativeQuery("update participant set name = null where conversation_id = ?1")
        .setParameter(1, id)
        .executeUpdate();
  }
}
