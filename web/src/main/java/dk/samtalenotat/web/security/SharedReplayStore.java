package dk.samtalenotat.web.security;

import dk.samtalenotat.saml.UsedIds;
import dk.samtalenotat.web.saml.ReplayStore;
import jakarta.ejb.EJBException;
import java.time.Instant;

/**
 * A {@link ReplayStore} in the database every node uses ({@link UsedIds}), so that an ID used on
 * one node of a cluster is used on all of them. When two nodes take the same new ID at the same
 * moment, the one whose insert lost asks again and is told it is a replay; a second failure is the
 * database's, and the sign-on fails with it rather than accept an ID it could not record.
 */
final class SharedReplayStore implements ReplayStore {

  private final UsedIds usedIds;
  private final String store;

  SharedReplayStore(UsedIds usedIds, String store) {
    this.usedIds = usedIds;
    this.store = store;
  }

  @Override
  public boolean firstUse(String id, Instant keepUntil) {
    try {
      return usedIds.firstUse(store, id, keepUntil);
    } catch (EJBException lostRace) {
      return usedIds.firstUse(store, id, keepUntil);
    }
  }
}
