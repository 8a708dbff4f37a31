package dk.samtalenotat.web.saml;

import java.time.Instant;

/**
 * IDs that may be used once: the request IDs our sign-on and sign-off responses answered, and the
 * assertion IDs we accepted. An ID is written only after the message that carries it passed its
 * signature and conditions, so a stranger cannot fill the store; each entry is kept until the
 * message could no longer be accepted anyway, and no longer.
 *
 * <p>The tests hold one node's IDs in memory. The server uses the database table every node of a
 * cluster shares, with the ID as its key and a sweep by expiry ({@code
 * dk.samtalenotat.web.security.SharedReplayStore}).
 */
public interface ReplayStore {

  /**
   * Records an ID until {@code keepUntil}, atomically.
   *
   * @return true the first time an ID is offered while it is kept; false for every later offer (a
   *     replay)
   */
  boolean firstUse(String id, Instant keepUntil);
}
