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
    assertFalse(ready.body().toLowerCase().contains("exception"), ready.body());

    // The application's own checks (ear/health; with them WildFly adds no ready-deployment check
    // of its own for the EAR), as the demo has them: no case system, no speech
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
  void theMetricsShowThePipelineOutboxAndRefusalsPerCheck(WildFlyServer server) throws Exception {
    // The demo's sample conversations were drafted when the server started.
    String before = awaitMetric(server, "samtalenotat_pipeline_step_seconds_count{");
    assertTrue(
        Pattern.compile(
                "samtalenotat_pipeline_step_seconds_count\\{[^}]*engine=\"offline\""
                    + "[^}]*step=\"drafting\"[^}]*\\} [1-9]")
            .matcher(before)
            .find(),
        before);
    assertTrue(before.contains("samtalenotat_pipeline_jobs{"), before);
    // What waits or is held: recordings arriving now, deletions overdue (none in a fresh demo).
    String overdue = awaitMetric(server, "samtalenotat_retention_overdue{");
    assertTrue(overdue.contains("samtalenotat_recording_live_uploads"), overdue);
    assertEquals(0.0, value(overdue, "samtalenotat_retention_overdue", "11111111"), overdue);
    assertTrue(before.contains("samtalenotat_pipeline_oldest_job_age"), before);
    double refusals = value(before, "samtalenotat_refusals_total", "SAML-REJ-00");

    // A SAML response that is not one: refused by the first check, and counted by it.
    HttpResponse<String> refused =
        http.send(
            HttpRequest.newBuilder(server.baseUri().resolve("saml/acs"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("SAMLResponse=bm90IGEgcmVzcG9uc2U%3D"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    // Refused to the error page (a redirect), never signed on.
    assertTrue(
        refused.statusCode() == 302 || refused.statusCode() >= 400,
        refused.statusCode() + " " + refused.body());
    assertFalse(
        refused.headers().allValues("set-cookie").stream()
            .anyMatch(c -> c.startsWith("JSESSIONID")),
        "no session for a refused response");
    String after = metrics(server);
    assertEquals(
        refusals + 1, value(after, "samtalenotat_refusals_total", "SAML-REJ-00"), 0.0, after);
    assertFalse(CPR.matcher(after).find(), "no CPR number in the metrics");
  }

  /** The Prometheus text once it has a line starting with {@code prefix}. */
  private String awaitMetric(WildFlyServer server, String prefix) throws Exception {
    java.time.Instant until = java.time.Instant.now().plus(Duration.ofSeconds(120));
    String text = metrics(server);
    while (!text.lines().anyMatch(l -> l.startsWith(prefix))
        && java.time.Instant.now().isBefore(until)) {
      Thread.sleep(500);
      text = metrics(server);
    }
    return text;
  }

  private String metrics(WildFlyServer server) throws Exception {
    HttpResponse<String> m = get(server, "/prometheus");
    assertEquals(200, m.statusCode(), m.body());
    return m.body();
  }

  /** The value of a meter's line whose labels contain {@code label}; 0 when there is none. */
  private static double value(String text, String name, String label) {
    return text.lines()
        .filter(l -> l.startsWith(name + "{") && l.contains("\"" + label + "\""))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .sum();
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

  @Test
  void everyAnswerCarriesTheCorrelationIdThatFindsItsWorkInTheLogs(WildFlyServer server)
      throws Exception {
    // A load balancer's or a device's id is kept; anything that is not a short token is replaced.
    HttpResponse<String> kept = page(server, "it-correlation-0001");
    assertEquals("it-correlation-0001", kept.headers().firstValue("X-Correlation-ID").orElse(""));
    HttpResponse<String> replaced = page(server, "Jens Hansen 010190-1234");
    String made = replaced.headers().firstValue("X-Correlation-ID").orElse("");
    assertTrue(made.matches("[0-9a-f-]{36}"), made);
    assertTrue(
        page(server, null)
            .headers()
            .firstValue("X-Correlation-ID")
            .orElse("")
            .matches("[0-9a-f-]{36}"));

    // The pipeline's jobs (the demo's samples, drafted at the start) log under the id their
    // message carried: in the JSON log as mdc.correlationId, in the text log in brackets.
    Path json = server.serverLog().resolveSibling("server.json");
    boolean traced =
        Files.readAllLines(json, StandardCharsets.UTF_8).stream()
            .filter(l -> !l.isBlank())
            .map(OperationsIT::json)
            .filter(e -> e.getString("loggerName").startsWith("dk.samtalenotat.pipeline"))
            .anyMatch(
                e ->
                    e.containsKey("mdc")
                        && e.getJsonObject("mdc")
                            .getString("correlationId", "")
                            .matches("[0-9a-f-]{36}"));
    assertTrue(traced, "a pipeline job's log line carries its correlation id");
    assertTrue(
        Files.readAllLines(server.serverLog(), StandardCharsets.UTF_8).stream()
            .anyMatch(
                l ->
                    l.contains("[dk.samtalenotat.pipeline")
                        && l.matches(".*\\) \\[[0-9a-f-]{36}\\] .*")),
        "the text log shows it too");
  }

  private HttpResponse<String> page(WildFlyServer server, String correlationId) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(server.baseUri().resolve("login.xhtml"))
            .timeout(Duration.ofSeconds(30))
            .GET();
    if (correlationId != null) {
      b.header("X-Correlation-ID", correlationId);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
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
