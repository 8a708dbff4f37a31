package dk.samtalenotat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The node's readiness follows its database: while PostgreSQL refuses the application's connections
 * and has ended those it had (as in a failover), {@code /health/ready} answers 503 with {@code
 * samtalenotat-database} DOWN (the load balancer takes the node out) while {@code /health/live}
 * stays UP (a restart of the node would not help); once the database is back, the node is ready
 * again by itself, without a restart (the pool checks each connection it hands out,
 * wildfly-config/22-datasource-postgresql.cli). Runs in the proof-pg-its execution, on the server
 * of TestPostgres, before the shredding proof uses the same server.
 */
@EnabledIfSystemProperty(named = "samtalenotat.it.postgres", matches = "true")
@ExtendWith(WildFlyExtension.class)
class DatabaseReadinessIT {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void readinessIsDownWhileTheDatabaseIsDownAndComesBackWithIt(WildFlyServer server)
      throws Exception {
    if (!server.isRunning()) {
      server.start(); // the shredding proof, if it ran first, may have left it stopped
    }
    await(server, "/health/ready", r -> r.statusCode() == 200, "ready at first");

    TestPostgres postgres = TestPostgres.current();
    postgres.refuseConnections();
    try {
      HttpResponse<String> down =
          await(
              server,
              "/health/ready",
              r -> r.statusCode() == 503 && "DOWN".equals(status(r, "samtalenotat-database")),
              "not ready without its database");
      assertEquals("DOWN", json(down.body()).getString("status"), down.body());
      HttpResponse<String> live = get(server, "/health/live");
      assertEquals(200, live.statusCode(), "still live: " + live.body());
    } finally {
      postgres.allowConnections();
    }

    HttpResponse<String> ready =
        await(
            server,
            "/health/ready",
            r -> r.statusCode() == 200 && "UP".equals(status(r, "samtalenotat-database")),
            "ready again once the database is back");
    assertTrue(ready.body().contains("samtalenotat-messaging"), ready.body());
  }

  private HttpResponse<String> await(
      WildFlyServer server, String path, Predicate<HttpResponse<String>> wanted, String what)
      throws Exception {
    // Readiness outcomes are reused for 5 s; a loaded build machine is slow to notice.
    Instant until = Instant.now().plus(Duration.ofSeconds(180));
    HttpResponse<String> last = get(server, path);
    while (!wanted.test(last) && Instant.now().isBefore(until)) {
      Thread.sleep(500);
      last = get(server, path);
    }
    assertTrue(wanted.test(last), what + ": " + last.statusCode() + " " + last.body());
    return last;
  }

  private static String status(HttpResponse<String> r, String check) {
    try {
      for (JsonValue c : json(r.body()).getJsonArray("checks")) {
        JsonObject o = c.asJsonObject();
        if (check.equals(o.getString("name"))) {
          return o.getString("status");
        }
      }
    } catch (RuntimeException notJson) {
      // An answer that is not the health JSON counts as no answer.
    }
    return "";
  }

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
