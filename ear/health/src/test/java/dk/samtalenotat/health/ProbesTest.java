package dk.samtalenotat.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProbesTest {

  private final Probes probes = new Probes();

  @Test
  void aCheckWithoutItsProbeIsDownAsNotStarted() {
    Outcome outcome = probes.run(Probes.DATABASE);
    assertEquals(Outcome.Status.DOWN, outcome.status());
    assertEquals("not started", outcome.data().get("reason"));
    assertFalse(outcome.ready());
  }

  @Test
  void aProbeThatThrowsIsDownNamedByItsExceptionAndNotByItsMessage() {
    probes.register(
        Probes.KEY_STORE,
        () -> {
          throw new IllegalStateException("/secret/path/keys.p12 wrong password");
        });
    Outcome outcome = probes.run(Probes.KEY_STORE);
    assertEquals(Outcome.Status.DOWN, outcome.status());
    assertEquals(Map.of("reason", "IllegalStateException"), outcome.data());
  }

  @Test
  void aProbeRunsWithTheClassLoaderOfTheThreadThatRegisteredIt() throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader own = thread.getContextClassLoader();
    try (URLClassLoader module = new URLClassLoader(new URL[0], own)) {
      thread.setContextClassLoader(module);
      probes.register(
          Probes.DATABASE,
          () ->
              Outcome.up(
                  Map.of(
                      "loader",
                      String.valueOf(Thread.currentThread().getContextClassLoader() == module))));
      thread.setContextClassLoader(own);

      assertEquals("true", probes.run(Probes.DATABASE).data().get("loader"));
      assertSame(own, thread.getContextClassLoader(), "the caller's loader is put back");
    } finally {
      thread.setContextClassLoader(own);
    }
  }

  @Test
  void anUnregisteredProbeIsNotAskedAgain() {
    probes.register(Probes.MESSAGING, () -> Outcome.up(Map.of()));
    assertTrue(probes.run(Probes.MESSAGING).ready());
    probes.unregister(Probes.MESSAGING);
    assertFalse(probes.run(Probes.MESSAGING).ready());
  }

  @Test
  void partsMakeADegradedOutcomeThatIsStillReady() {
    Map<String, Outcome.Part> parts = new LinkedHashMap<>();
    parts.put("29189897 SBSYS", new Outcome.Part(true, "reachable"));
    parts.put("44444445 Momentum", new Outcome.Part(false, "unreachable"));
    Outcome outcome = Outcome.ofParts(parts);
    assertEquals(Outcome.Status.DEGRADED, outcome.status());
    assertTrue(outcome.ready(), "degraded keeps the node in the balancer");
    assertEquals("unreachable", outcome.data().get("44444445 Momentum"));

    parts.put("44444445 Momentum", new Outcome.Part(true, "reachable"));
    assertEquals(Outcome.Status.UP, Outcome.ofParts(parts).status());
  }
}
