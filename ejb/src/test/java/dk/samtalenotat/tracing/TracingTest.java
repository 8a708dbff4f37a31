package dk.samtalenotat.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TracingTest {

  @Test
  void tracingIsOffUntilACollectorIsNamed() {
    assertEquals("true", TracingConfigSource.properties(Map.of()).get("otel.sdk.disabled"));
    assertEquals(
        "true",
        TracingConfigSource.properties(Map.of(TracingConfigSource.ENDPOINT, " "))
            .get("otel.sdk.disabled"));
    Map<String, String> on =
        TracingConfigSource.properties(
            Map.of(TracingConfigSource.ENDPOINT, "http://collector:4318"));
    assertEquals("false", on.get("otel.sdk.disabled"));
    assertEquals("http/protobuf", on.get("otel.exporter.otlp.protocol"));
    // Only spans leave the node: metrics are Micrometer's, logs stay in the files.
    assertEquals("none", on.get("otel.metrics.exporter"));
    assertEquals("none", on.get("otel.logs.exporter"));
  }

  @Test
  void theProtocolIsHttpOrGrpcAndNothingElse() {
    assertEquals(
        "grpc",
        TracingConfigSource.properties(Map.of(TracingConfigSource.PROTOCOL, "GRPC"))
            .get("otel.exporter.otlp.protocol"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TracingConfigSource.properties(Map.of(TracingConfigSource.PROTOCOL, "zipkin")));
    assertEquals(
        "SAMTALENOTAT_OTEL_PROTOCOL must be http/protobuf or grpc, not 'zipkin'", e.getMessage());
  }

  @Test
  void aSpanKeepsTheNamesOfQueryParametersButNotTheirValues() {
    assertEquals(
        "from&to&cpr", TraceSpans.parameterNames("from=2026-01-01&to=2026-12-31&cpr=0101901234"));
    assertEquals("flag&cpr", TraceSpans.parameterNames("flag&&cpr=010190-1234"));
    assertEquals(
        "https://momentum.example:8443/api/citizens/find?cpr",
        TraceSpans.withoutQueryValues(
            URI.create(
                "https://user:secret@momentum.example:8443/api/citizens/find?cpr=0101901234#x")));
    assertEquals(
        "http://sbsys.example/cases",
        TraceSpans.withoutQueryValues(URI.create("http://sbsys.example/cases")));
  }

  @Test
  void aCprShapedPartOfAPathIsMaskedAndNothingElse() {
    assertEquals(
        "/api/citizens/{cpr}/cases/{cpr}",
        TraceSpans.withoutCprNumbers("/api/citizens/010190-1234/cases/0101901234"));
    assertEquals(
        "https://momentum.example/api/citizens/{cpr}?include",
        TraceSpans.withoutQueryValues(
            URI.create("https://momentum.example/api/citizens/0101901234?include=cases")));
    // A conversation id, an upload key, a longer number and a date stay as they are.
    for (String path :
        List.of(
            "/api/conversations/42/audio",
            "/api/recordings/6f1c2d9e-4b7a-4e21-9c55-0a8b7e3d2f10/chunks/7",
            "/api/cases/123456789012",
            "/api/deletion-evidence/conversation/2026-01-01")) {
      assertEquals(path, TraceSpans.withoutCprNumbers(path));
    }
  }
}
