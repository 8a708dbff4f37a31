package dk.samtalenotat.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import java.net.URI;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What the application adds to the OpenTelemetry span that WildFly opened for the request or REST
 * client call in hand: the correlation id ({@value #CORRELATION_ID}), so a trace and the log lines
 * of the same action find each other; and, in place of the query string WildFly recorded, only the
 * names of its parameters. A query value can be personal data (the access log is searched by CPR
 * number, Momentum finds a citizen by one), and a span leaves the installation for a collector.
 * Without a recording span (tracing off, see {@link TracingConfigSource}) nothing happens.
 */
public final class TraceSpans {

  public static final String CORRELATION_ID = "samtalenotat.correlation_id";

  private static final AttributeKey<String> CORRELATION = AttributeKey.stringKey(CORRELATION_ID);
  private static final AttributeKey<String> URL_QUERY = AttributeKey.stringKey("url.query");
  private static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");

  private TraceSpans() {}

  /** The server span of a Jakarta REST request: its correlation id, its query by names only. */
  public static void serverRequest(String correlationId, String rawQuery) {
    Span span = Span.current();
    if (!span.isRecording()) {
      return;
    }
    if (correlationId != null) {
      span.setAttribute(CORRELATION, correlationId);
    }
    if (rawQuery != null) {
      span.setAttribute(URL_QUERY, parameterNames(rawQuery));
    }
  }

  /** The client span of a REST call: its correlation id, its address with parameter names only. */
  public static void clientRequest(String correlationId, URI uri) {
    Span span = Span.current();
    if (!span.isRecording()) {
      return;
    }
    if (correlationId != null) {
      span.setAttribute(CORRELATION, correlationId);
    }
    span.setAttribute(URL_FULL, withoutQueryValues(uri));
  }

  /** {@code from=2026-01-01&cpr=0101901234} becomes {@code from&cpr}. */
  static String parameterNames(String rawQuery) {
    return Arrays.stream(rawQuery.split("&"))
        .filter(p -> !p.isEmpty())
        .map(p -> p.contains("=") ? p.substring(0, p.indexOf('=')) : p)
        .collect(Collectors.joining("&"));
  }

  /** The address without user info, fragment or query values. */
  static String withoutQueryValues(URI uri) {
    String address =
        uri.getScheme()
            + "://"
            + uri.getHost()
            + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
            + (uri.getRawPath() == null ? "" : uri.getRawPath());
    return uri.getRawQuery() == null ? address : address + "?" + parameterNames(uri.getRawQuery());
  }
}
