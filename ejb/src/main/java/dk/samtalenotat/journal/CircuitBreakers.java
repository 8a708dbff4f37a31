package dk.samtalenotat.journal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One circuit breaker per case-system endpoint, per node. */
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
