package dk.samtalenotat.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.testing.MutableClock;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReachabilityTest {

  @Test
  void aListeningPortIsReachableAndAClosedOneIsNot() throws IOException {
    Reachability reachability =
        new Reachability(Clock.systemUTC(), Duration.ZERO, Duration.ofSeconds(2));
    int closedPort;
    try (ServerSocket server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = server.getLocalPort();
      assertTrue(reachability.reachable(URI.create("http://127.0.0.1:" + closedPort + "/api")));
    }
    assertFalse(reachability.reachable(URI.create("http://127.0.0.1:" + closedPort + "/api")));
  }

  @Test
  void anAnswerIsRememberedPerHostAndPortForTheGivenTime() {
    List<InetSocketAddress> asked = new ArrayList<>();
    MutableClock clock = new MutableClock(Instant.parse("2026-12-04T08:00:00Z"));
    Reachability reachability =
        new Reachability(
            clock, Duration.ofSeconds(30), Duration.ofSeconds(1), (a, t) -> asked.add(a));

    reachability.reachable(URI.create("https://sbsys.example.dk/api/sag"));
    reachability.reachable(URI.create("https://sbsys.example.dk/api/dokument"));
    reachability.reachable(URI.create("http://momentum.example.dk:8080/x"));
    assertEquals(2, asked.size(), "one connection per host and port");
    assertEquals(443, asked.get(0).getPort(), "https without a port is 443");
    assertEquals(8080, asked.get(1).getPort());

    clock.advance(Duration.ofSeconds(31));
    reachability.reachable(URI.create("https://sbsys.example.dk/api/sag"));
    assertEquals(3, asked.size(), "asked again once the answer is old");
  }

  @Test
  void anAddressWithoutAHostIsNotReachable() {
    Reachability reachability =
        new Reachability(Clock.systemUTC(), Duration.ZERO, Duration.ofSeconds(1), (a, t) -> {});
    assertFalse(reachability.reachable(URI.create("file:/tmp/x")));
  }
}
