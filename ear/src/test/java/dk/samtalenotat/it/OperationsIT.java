package dk.samtalenotat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What operations read of a node. The JSON log for the SIEM (the demo-its execution turns it on
 * with SAMTALENOTAT_LOG_JSON_LEVEL): one JSON object per line with the event's fields, no CPR
 * number. MicroProfile Health on the management interface, as a load balancer reads it: live, and
 * ready with the EAR deployed, the server not suspended and the application's own checks up
 * (ReadinessJournalIT: degraded by a case system that does not answer).
 */
@ExtendWith(WildFlyExtension.class)
class OperationsIT {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void theNodeIsLive(WildFlyServer server) throws Exception {
    HttpResponse<String> live = get(server, "/health/live");
    assertEquals(200, live.statusCode(), live.body());
    assertEquals("UP", json(live.body()).getString("status"), live.body());
  }

  @Test
  void theNodeIsReadyOnceTheEarIsDeployedAndRunning(WildFlyServer server) throws Exception {
    HttpResponse<String> ready = get(server, "/health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    JsonObject body = json(ready.body());
    assertEquals("UP", body.getString("status"), ready.body());
    Map<String, JsonObject> checks = new HashMap<>();
    for (JsonValue check : body.getJsonArray("checks")) {
      JsonObject c = check.asJsonObject();
      checks.put(c.getString("name"), c);
    }
    assertEquals(
        "OK",
        checks.get("deployments-status").getJsonObject("data").getString("samtalenotat.ear"),
        ready.body());
    assertEquals("UP", checks.get("suspend-state").getString("status"), ready.body());
    assertTrue(
        checks.keySet().stream().anyMatch(n -> n.startsWith("ready-deployment.samtalenotat.ear")),
        ready.body());
    assertFalse(ready.body().toLowerCase().contains("exception"), ready.body());

    // The application's own checks (ear/health), as the demo has them: no case system, no speech
    // engine (transcripts are imported), the offline draft engine.
    for (String name : List.of("database", "messaging", "key-store", "engines", "case-systems")) {
      JsonObject check = checks.get("samtalenotat-" + name);
      assertTrue(check != null, name + " in " + ready.body());
      assertEquals("UP", check.getString("status"), check.toString());
      assertEquals("up", check.getJsonObject("data").getString("state"), check.toString());
    }
    assertEquals(
        "none configured",
        checks.get("samtalenotat-engines").getJsonObject("data").getString("speech none"));
    assertEquals(
        "none configured",
        checks.get("samtalenotat-case-systems").getJsonObject("data").getString("case-systems"));
  }

  @Test
  void theJsonLogHasOneObjectPerLineWithTheApplicationsEvents(WildFlyServer server)
      throws Exception {
    Path json = server.serverLog().resolveSibling("server.json");
    assertTrue(Files.exists(json), "the JSON log is written: " + json);
    List<String> lines =
        Files.readAllLines(json, StandardCharsets.UTF_8).stream()
            .filter(l -> !l.isBlank())
            .toList();
    assertFalse(lines.isEmpty(), "the start alone logs");
    boolean application = false;
    for (String line : lines) {
      JsonObject event = json(line);
      for (String field : new String[] {"@timestamp", "level", "loggerName", "message"}) {
        assertTrue(event.containsKey(field), field + " in " + line);
      }
      assertEquals("samtalenotat", event.getString("application"), line);
      application |= event.getString("loggerName").startsWith("dk.samtalenotat");
      assertFalse(CPR.matcher(line).find(), "no CPR number in the SIEM's log: " + line);
    }
    assertTrue(application, "the application's own events are there");
  }

  /** A CPR number as people write it: a valid day and month, a hyphen, four digits. */
  private static final Pattern CPR =
      Pattern.compile("\\b(0[1-9]|[12]\\d|3[01])(0[1-9]|1[0-2])\\d{2}-\\d{4}\\b");

  private HttpResponse<String> get(WildFlyServer server, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.managementPort() + path))
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
