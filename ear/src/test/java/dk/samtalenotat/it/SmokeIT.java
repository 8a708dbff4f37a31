package dk.samtalenotat.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The provisioned server starts, deploys the EAR and answers on the root context. */
@ExtendWith(WildFlyExtension.class)
class SmokeIT {

  @Test
  void rootContextAnswers(WildFlyServer server) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(server.baseUri()).GET().build(),
                HttpResponse.BodyHandlers.ofString());

    // 302 or 401 once sign-on protects the start page.
    assertTrue(
        Set.of(200, 302, 401).contains(response.statusCode()),
        () -> "GET / answered " + response.statusCode() + ": " + response.body());
  }

  @Test
  void theIngestApiIsDescribedByMicroProfileOpenApi(WildFlyServer server) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(server.baseUri().resolve("openapi"))
                    .header("Accept", "application/yaml")
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertTrue(
        response.statusCode() == 200, () -> "GET /openapi answered " + response.statusCode());
    String contract = response.body();
    assertTrue(contract.contains("Samtalenotat audio intake"), contract);
    assertTrue(contract.contains("/recordings/{key}/chunks/{seq}"), contract);
    assertTrue(contract.contains("deviceToken"), "the device's bearer token is described");
    assertTrue(contract.contains("X-Content-SHA256"), "the chunk checksum is described");
  }

  @Test
  void earIsDeployed(WildFlyServer server) {
    String status = server.cli("/deployment=samtalenotat.ear:read-attribute(name=status)");

    assertTrue(status.contains("\"result\" => \"OK\""), status);
  }
}
