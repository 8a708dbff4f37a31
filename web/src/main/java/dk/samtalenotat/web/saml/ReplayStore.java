package dk.samtalenotat.web.saml;

import java.time.Instant;

/**
 * IDs that may be used once: the request IDs our sign-on and sign-off responses answered, and the
 * assertion IDs we accepted. An ID is written only after the message that carries it passed its
 * signature and conditions, so a stranger cannot fill the store; each entry is kept until the
 * message could no longer be accepted anyway, and no longer.
 *
 * <p>{@link InMemoryReplayStore} holds one node's IDs. In a cluster every node must see the same
 * IDs: an implementation on a replicated cache, or on a database table with the ID as its unique
 * key and a sweep by expiry, takes its place without touching the callers.
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
