package dk.samtalenotat.health;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a probe found. {@link Status#DEGRADED} is still ready: the node serves caseworkers, while
 * something outside it that only some of the work needs (a case system, an engine) does not answer.
 * The data names what was checked and how it went, never personal data.
 */
public record Outcome(Status status, Map<String, String> data) {

  /** How a check went. */
  public enum Status {
    UP,
    DEGRADED,
    DOWN
  }

  public Outcome {
    data = java.util.Collections.unmodifiableMap(new TreeMap<>(data));
  }

  public static Outcome up(Map<String, String> data) {
    return new Outcome(Status.UP, data);
  }

  public static Outcome down(Map<String, String> data) {
    return new Outcome(Status.DOWN, data);
  }

  /** One part of a check (a case system, an engine) and how it stands. */
  public record Part(boolean ok, String state) {}

  /** Degraded when any part is not ok, else UP; the parts' states are the data. */
  public static Outcome ofParts(Map<String, Part> parts) {
    Map<String, String> data = new TreeMap<>();
    parts.forEach((name, part) -> data.put(name, part.state()));
    boolean allOk = parts.values().stream().allMatch(Part::ok);
    return new Outcome(allOk ? Status.UP : Status.DEGRADED, data);
  }

  /** Whether a load balancer may send requests to the node. */
  public boolean ready() {
    return status != Status.DOWN;
  }
}
