package dk.samtalenotat.saml;

import dk.samtalenotat.crypto.Digests;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.logging.Logger;

/**
 * The IDs that may be used once, for every node of a cluster: a row per ID, keyed by the store's
 * name and the ID's SHA-256 (an ID is the sender's and may be long), kept until {@code keepUntil}
 * and swept after. The primary key makes a first use atomic across nodes: when two nodes insert the
 * same ID at once, one insert fails and that caller asks again ({@link #firstUse} is then false).
 */
@Stateless
@PermitAll // used before anyone is signed on
public class UsedIds {

  private static final Logger LOG = Logger.getLogger(UsedIds.class.getName());

  @PersistenceContext private EntityManager em;
  private Clock clock = Clock.systemUTC();

  public UsedIds() {}

  /** Outside the server (tests). */
  UsedIds(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  /**
   * Records an ID of {@code store} until {@code keepUntil}, in a transaction of its own that has
   * committed when this returns.
   *
   * @return true the first time the ID is offered while it is kept; false for every later offer
   * @throws jakarta.ejb.EJBException when another node recorded the same ID at the same moment (ask
   *     again: the answer is then false), or the database failed
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean firstUse(String store, String id, Instant keepUntil) {
    String key = key(store, id);
    UsedId used = em.find(UsedId.class, key, LockModeType.PESSIMISTIC_WRITE);
    if (used != null) {
      if (used.keepUntil().isAfter(clock.instant())) {
        return false;
      }
      used.keepUntil(keepUntil);
      return true;
    }
    em.persist(new UsedId(key, keepUntil));
    em.flush();
    return true;
  }

  /** Deletes the IDs no message can carry any more (every node sweeps; the work is tiny). */
  @Schedule(minute = "*/10", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int sweep() {
    int gone =
        em.createQuery("delete from UsedId u where u.keepUntil < :now")
            .setParameter("now", clock.instant())
            .executeUpdate();
    if (gone > 0) {
      LOG.fine(() -> gone + " used SAML IDs expired");
    }
    return gone;
  }

  static String key(String store, String id) {
    var sha = Digests.sha256();
    return store + ":" + HexFormat.of().formatHex(sha.digest(id.getBytes(StandardCharsets.UTF_8)));
  }
}
