package dk.samtalenotat.readiness;

import dk.samtalenotat.health.Outcome;
import dk.samtalenotat.health.Outcome.Part;
import dk.samtalenotat.health.Probe;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Each active municipality's case system: reachable when its circuit breaker on this node is not
 * open and its address takes a connection. One that does not answer makes the check degraded, not
 * down: the other municipalities' work, and this one's documentation up to approval, go on, and the
 * journal outbox delivers when the case system is back.
 */
final class CaseSystemsProbe implements Probe {

  private final Supplier<List<String>> activeMunicipalities;
  private final Function<String, Optional<String>> endpointOf;
  private final Predicate<String> breakerOpen;
  private final Reachability reachability;

  /**
   * @param endpointOf a municipality's case system as {@code "<system> <address>"} ({@code
   *     Journal.endpoint()}), empty when it has none; throws when its settings are wrong
   * @param breakerOpen whether this node's circuit breaker of an endpoint is open
   */
  CaseSystemsProbe(
      Supplier<List<String>> activeMunicipalities,
      Function<String, Optional<String>> endpointOf,
      Predicate<String> breakerOpen,
      Reachability reachability) {
    this.activeMunicipalities = activeMunicipalities;
    this.endpointOf = endpointOf;
    this.breakerOpen = breakerOpen;
    this.reachability = reachability;
  }

  @Override
  public Outcome check() {
    Map<String, Part> parts = new TreeMap<>();
    for (String cvr : activeMunicipalities.get()) {
      Optional<String> endpoint;
      try {
        endpoint = endpointOf.apply(cvr);
      } catch (RuntimeException e) {
        parts.put(cvr, new Part(false, "misconfigured"));
        continue;
      }
      endpoint.ifPresent(e -> parts.put(cvr + " " + system(e), part(e)));
    }
    if (parts.isEmpty()) {
      return Outcome.up(Map.of("case-systems", "none configured"));
    }
    return Outcome.ofParts(parts);
  }

  private Part part(String endpoint) {
    if (breakerOpen.test(endpoint)) {
      return new Part(false, "circuit open");
    }
    Optional<URI> address = address(endpoint);
    if (address.isEmpty()) {
      return new Part(false, "misconfigured");
    }
    return reachability.reachable(address.get())
        ? new Part(true, "reachable")
        : new Part(false, "unreachable");
  }

  private static String system(String endpoint) {
    int space = endpoint.indexOf(' ');
    return space < 0 ? endpoint : endpoint.substring(0, space);
  }

  private static Optional<URI> address(String endpoint) {
    int space = endpoint.indexOf(' ');
    try {
      return space < 0
          ? Optional.empty()
          : Optional.of(URI.create(endpoint.substring(space + 1).strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
