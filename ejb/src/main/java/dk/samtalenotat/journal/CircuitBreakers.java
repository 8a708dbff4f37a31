package dk.samtalenotat.journal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One circuit breaker per case-system endpoint, per node, by design and not shared across a
 * cluster: a breaker protects a case system from this node's calls and this node's workers from
 * waiting on it, so each node learns an endpoint's state from its own calls. A case system that one
 * node cannot reach (its network path, its firewall opening) does not stop the others, and a node
 * that starts or returns tries at once instead of inheriting another's open breaker. The cost is at
 * most {@code samtalenotat.journal.breaker.threshold} failed calls per node before each opens;
 * nothing is lost, because the notes wait in the shared outbox.
 */
@ApplicationScoped
public class CircuitBreakers {

  private final Map<String, CircuitBreaker> byEndpoint = new ConcurrentHashMap<>();

  @Inject private JournalSettings settings;

  public CircuitBreaker of(String endpoint) {
    return byEndpoint.computeIfAbsent(
        endpoint,
        e ->
            new CircuitBreaker(
                settings.breakerThreshold(), settings.breakerOpenFor(), Clock.systemUTC()));
  }
}
