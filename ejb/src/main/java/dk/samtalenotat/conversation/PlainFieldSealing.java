package dk.samtalenotat.conversation;

import dk.samtalenotat.crypto.DataKeys;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * One batch of {@link LegacyPlainFields} in a transaction of its own, for {@link PlainFieldSealer}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PlainFieldSealing {

  @PersistenceContext private EntityManager em;
  @Inject private DataKeys keys;

  public int seal(int size) {
    return new LegacyPlainFields(em, keys).sealBatch(size);
  }
}
