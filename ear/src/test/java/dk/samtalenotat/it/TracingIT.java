package dk.samtalenotat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tracing with OpenTelemetry (wildfly-config/87-opentelemetry.cli): the demo-its execution names a
 * collector (SAMTALENOTAT_OTEL_ENDPOINT), the fake one the test JVM runs ({@link
 * FakeOtlpCollector}, OTLP over HTTP with protobuf). A REST request's span reaches it with the
 * service name, the request's correlation id, the caller's W3C trace context, and its query by
 * parameter names only: the CPR number the compliance officer searched by never leaves the server.
 */
// Only executions with a collector name its port; the condition keeps the others (which -Dit.test
// also reaches) from starting a server for nothing.
@EnabledIfSystemProperty(named = "samtalenotat.it.fake-otlp-port", matches = "\\d+")
@ExtendWith({WildFlyExtension.class, BrowserExtension.class})
class TracingIT {

  private static final String CPR = "240386-1357";

  private static final java.util.Set<String> KNOWN_ATTRIBUTES =
      java.util.Set.of(
          "samtalenotat.correlation_id",
          "http.request.method",
          "http.route",
          "http.response.status_code",
          "url.scheme",
          "url.path",
          "url.query",
          "server.address",
          "server.port",
          "network.type",
          "network.transport",
          // The caller's address as the security log has it (the balancer's, behind one).
          "network.peer.address",
          "network.peer.port",
          "user_agent.original");

  @Test
  void aRequestsSpanReachesTheCollectorWithItsCorrelationIdAndNoCprNumber(
      BrowserExtension.BrowserSession browser, FakeOtlpCollector collector) throws Exception {
    Page compliance = browser.page();
    Ui.signIn(compliance, "peter");
    String correlationId = "it-trace-" + HexFormat.of().toHexDigits(System.nanoTime());
    String traceId = random(16);
    String parentSpanId = random(8);
    String today = LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString();

    APIResponse response =
        compliance
            .request()
            .get(
                "api/compliance/access-log?from=" + today + "&to=" + today + "&cpr=" + CPR,
                RequestOptions.create()
                    .setHeader("Accept", "application/json")
                    .setHeader("X-Correlation-ID", correlationId)
                    .setHeader("traceparent", "00-" + traceId + "-" + parentSpanId + "-01"));
    assertEquals(200, response.status(), response.text());
    assertEquals(correlationId, response.headers().get("x-correlation-id"));

    // Exported in a batch within 5 s of the request's end.
    FakeOtlpCollector.ReceivedSpan span =
        collector
            .await(
                s -> correlationId.equals(s.attributes().get("samtalenotat.correlation_id")),
                Duration.ofSeconds(60))
            .orElseThrow(
                () ->
                    new AssertionError(
                        "no span with the correlation id; received "
                            + collector.spans()
                            + ", refused "
                            + collector.refused()));
    assertEquals("samtalenotat", span.resource().get("service.name"), span.toString());
    assertEquals(2, span.kind(), "a server span: " + span);
    assertEquals(traceId, span.traceId(), "the caller's trace continues: " + span);
    assertEquals(parentSpanId, span.parentSpanId(), span.toString());
    assertEquals("GET", span.attributes().get("http.request.method"), span.toString());
    assertEquals("from&to&cpr", span.attributes().get("url.query"), span.toString());
    // What a span may say about a request: its form, never whom or what it was about.
    assertTrue(
        KNOWN_ATTRIBUTES.containsAll(span.attributes().keySet()),
        "only known attributes: " + span.attributes().keySet());

    for (String body : collector.bodies()) {
      assertFalse(body.contains(CPR), "no CPR number in an export");
      assertFalse(body.contains(CPR.replace("-", "")), "no CPR number in an export");
    }
    assertTrue(collector.refused().isEmpty(), "only trace exports: " + collector.refused());
  }

  /**
   * Every request thread keeps no span of a request it served: after more finishes than the web
   * server has request threads, each later request gets a span of its own and the finishes' spans
   * reach the collector. (When finishes were answered from threads of their own, the REST filter
   * left each finish's span current on its request thread, and later requests there were taken for
   * nested ones and recorded nothing.)
   */
  @Test
  void requestsAfterManyFinishesStillHaveTheirSpans(
      BrowserExtension.BrowserSession browser, FakeOtlpCollector collector) throws Exception {
    Page caseworker = browser.page();
    Ui.signIn(caseworker, "jonas");
    String run = HexFormat.of().toHexDigits(System.nanoTime());
    // More finishes than the web server has request threads (16 a core), so that every one of
    // them has served one.
    for (int i = 0; i < 64; i++) {
      APIResponse finish =
          caseworker
              .request()
              .post(
                  "api/recordings/no-such-upload-" + i + "/finish",
                  RequestOptions.create()
                      .setHeader("Content-Type", "application/json")
                      .setHeader("X-Correlation-ID", "it-finish-" + run + "-" + i)
                      .setData("{\"lastSeq\":0}"));
      assertEquals(404, finish.status(), finish.text());
    }
    for (int i = 0; i < 10; i++) {
      String correlationId = "it-after-" + run + "-" + i;
      APIResponse status =
          caseworker
              .request()
              .get(
                  "api/recordings/no-such-upload",
                  RequestOptions.create()
                      .setHeader("Accept", "application/json")
                      .setHeader("X-Correlation-ID", correlationId));
      assertEquals(404, status.status(), status.text());
      assertTrue(
          collector
              .await(
                  s -> correlationId.equals(s.attributes().get("samtalenotat.correlation_id")),
                  Duration.ofSeconds(60))
              .isPresent(),
          "no span of the request after the finishes: " + correlationId);
    }
    String lastFinish = "it-finish-" + run + "-63";
    assertTrue(
        collector
            .await(
                s -> lastFinish.equals(s.attributes().get("samtalenotat.correlation_id")),
                Duration.ofSeconds(60))
            .isPresent(),
        "the finish's own span");
  }

  private static String random(int bytes) {
    byte[] b = new byte[bytes];
    ThreadLocalRandom.current().nextBytes(b);
    b[0] |= 1; // never all zero, which W3C trace context forbids
    return HexFormat.of().formatHex(b);
  }
}
