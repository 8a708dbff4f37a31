package dk.samtalenotat.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
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
}
