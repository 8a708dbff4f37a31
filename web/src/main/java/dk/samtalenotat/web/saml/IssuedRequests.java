package dk.samtalenotat.web.saml;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The AuthnRequest IDs we issued and that no response has consumed yet, with where the user was
 * going. A response is accepted only in reply to one of these, and only once. Kept in the
 * application rather than the HTTP session: the IdP's cross-site POST does not carry a SameSite
 * session cookie.
 */
public final class IssuedRequests {

  /** How long a user may take at the IdP before the request is forgotten. */
  public static final Duration LIFETIME = Duration.ofMinutes(15);

  private static final int MAX_OUTSTANDING = 100_000;

  /** An issued request. */
  public record Issued(String id, Instant issuedAt, String returnTo) {}

  private final Map<String, Issued> outstanding = new ConcurrentHashMap<>();
  private final Clock clock;

  public IssuedRequests(Clock clock) {
    this.clock = clock;
  }

  public void issued(String id, String returnTo) {
    purgeExpired();
    if (outstanding.size() >= MAX_OUTSTANDING) {
      throw new IllegalStateException("too many outstanding sign-on requests");
    }
    outstanding.put(id, new Issued(id, clock.instant(), returnTo));
  }

  /**
   * Consumes the request a response answers: the first call for an unexpired ID gets it, every
   * later call gets nothing.
   */
  public Optional<Issued> consume(String inResponseTo) {
    if (inResponseTo == null) {
      return Optional.empty();
    }
    Issued issued = outstanding.remove(inResponseTo);
    if (issued == null || issued.issuedAt().plus(LIFETIME).isBefore(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(issued);
  }

  private void purgeExpired() {
    Instant oldest = clock.instant().minus(LIFETIME);
    outstanding.values().removeIf(i -> i.issuedAt().isBefore(oldest));
  }
}
