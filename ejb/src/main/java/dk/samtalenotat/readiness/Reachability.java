package dk.samtalenotat.readiness;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a remote system takes a TCP connection at its address, remembered for a while: the
 * readiness of every node is polled every few seconds, and the municipality's case system should
 * not see that as traffic. A connection, not a request: a request would need credentials and would
 * be logged as a use of the case system.
 */
public final class Reachability {

  /** Opens and closes a connection, or throws. */
  @FunctionalInterface
  interface Connector {
    void connect(InetSocketAddress address, Duration timeout) throws IOException;
  }

  private record Seen(Instant at, boolean reachable) {}

  private final Clock clock;
  private final Duration remember;
  private final Duration timeout;
  private final Connector connector;
  private final Map<String, Seen> seen = new ConcurrentHashMap<>();

  public Reachability(Clock clock, Duration remember, Duration timeout) {
    this(clock, remember, timeout, Reachability::connectOnce);
  }

  Reachability(Clock clock, Duration remember, Duration timeout, Connector connector) {
    this.clock = clock;
    this.remember = remember;
    this.timeout = timeout;
    this.connector = connector;
  }

  /** Whether the host and port of {@code address} (an http(s) URL) take a connection. */
  public boolean reachable(URI address) {
    String host = address.getHost();
    if (host == null) {
      return false;
    }
    int port = address.getPort() != -1 ? address.getPort() : defaultPort(address.getScheme());
    String key = host + ":" + port;
    Instant now = clock.instant();
    Seen last = seen.get(key);
    if (last != null && last.at().plus(remember).isAfter(now)) {
      return last.reachable();
    }
    boolean reachable;
    try {
      connector.connect(new InetSocketAddress(host, port), timeout);
      reachable = true;
    } catch (IOException e) {
      reachable = false;
    }
    seen.put(key, new Seen(now, reachable));
    return reachable;
  }

  private static int defaultPort(String scheme) {
    return "http".equalsIgnoreCase(scheme) ? 80 : 443;
  }

  private static void connectOnce(InetSocketAddress address, Duration timeout) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(address, (int) timeout.toMillis());
    }
  }
}
