package dk.samtalenotat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.journal.fake.FakeSbsys;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application's readiness on the management interface ({@code /health/ready}) as a load
 * balancer and monitoring read it, on the journal server whose three municipalities each have a
 * case system on loopback (SBSYS, Momentum, an SF2900 distribution service). Between the journal
 * tests none of those fakes runs: the node is ready, its case-systems check degraded and naming
 * them; once a fake SBSYS (the tests' own, speaking SBSYS's REST protocol) listens, the demo
 * municipality's part is reachable. The execution asks remote systems every second instead of every
 * 30 (samtalenotat.health.remote-interval).
 */
@EnabledIfSystemProperty(named = "samtalenotat.it.fake-sbsys-port", matches = "\\d+")
@ExtendWith(WildFlyExtension.class)
class ReadinessJournalIT {

  private static final String DEMO_SBSYS = "11111111 sbsys";
  private static final java.util.Set<String> NOT_ANSWERING =
      java.util.Set.of("unreachable", "circuit open");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void anUnreachableCaseSystemDegradesReadinessWithoutTakingTheNodeOut(WildFlyServer server)
      throws Exception {
    Map<String, JsonObject> checks = readyChecks(server);
    for (String ok : new String[] {"database", "messaging", "key-store", "engines"}) {
      JsonObject check = checks.get("samtalenotat-" + ok);
      assertEquals("UP", check.getString("status"), check.toString());
      assertEquals("up", check.getJsonObject("data").getString("state"), check.toString());
    }
    JsonObject caseSystems = checks.get("samtalenotat-case-systems");
    assertEquals("UP", caseSystems.getString("status"), "degraded is still ready: " + caseSystems);
    assertEquals("degraded", caseSystems.getJsonObject("data").getString("state"));
    // Unreachable, or its circuit still open after a journal test that made it fail.
    for (String part : new String[] {DEMO_SBSYS, "22222222 momentum"}) {
      String state = caseSystems.getJsonObject("data").getString(part, "(missing)");
      assertTrue(NOT_ANSWERING.contains(state), part + ": " + caseSystems);
    }

    try (FakeSbsys sbsys = new FakeSbsys(Integer.getInteger("samtalenotat.it.fake-sbsys-port"))) {
      // The remote interval (1 s) plus the outcome's 5 s, or a breaker's minute open.
      Instant until = Instant.now().plus(Duration.ofSeconds(150));
      String state = "";
      while (Instant.now().isBefore(until)) {
        state =
            readyChecks(server)
                .get("samtalenotat-case-systems")
                .getJsonObject("data")
                .getString(DEMO_SBSYS, "(missing)");
        if (state.equals("reachable")) {
          break;
        }
        Thread.sleep(500);
      }
      assertEquals("reachable", state, "the demo municipality's SBSYS once it listens");
    }
  }

  /** The readiness answer's checks by name; the node as a whole must be ready. */
  private Map<String, JsonObject> readyChecks(WildFlyServer server) throws Exception {
    HttpResponse<String> ready =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.managementPort() + "/health/ready"))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, ready.statusCode(), ready.body());
    JsonObject body;
    try (JsonReader reader = Json.createReader(new StringReader(ready.body()))) {
      body = reader.readObject();
    }
    assertEquals("UP", body.getString("status"), ready.body());
    Map<String, JsonObject> checks = new HashMap<>();
    for (JsonValue check : body.getJsonArray("checks")) {
      checks.put(check.asJsonObject().getString("name"), check.asJsonObject());
    }
    assertTrue(checks.containsKey("samtalenotat-case-systems"), ready.body());
    return checks;
  }
}
