package dk.samtalenotat.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import java.net.URI;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the application adds to the OpenTelemetry span that WildFly opened for the request or REST
 * client call in hand: the correlation id ({@value #CORRELATION_ID}), so a trace and the log lines
 * of the same action find each other; and, in place of the query string WildFly recorded, only the
 * names of its parameters. A query value can be personal data (the access log is searched by CPR
 * number, Momentum finds a citizen by one), and a span leaves the installation for a collector. No
 * address of the application or its adapters carries a CPR number in its path (RestPathsTest in the
 * web module holds the application's to that); should one ever do, a path segment shaped like a CPR
 * number is recorded as {@value #CPR_MASK}. Without a recording span (tracing off, see {@link
 * TracingConfigSource}) nothing happens.
 */
public final class TraceSpans {

  public static final String CORRELATION_ID = "samtalenotat.correlation_id";

  private static final AttributeKey<String> CORRELATION = AttributeKey.stringKey(CORRELATION_ID);
  private static final AttributeKey<String> URL_QUERY = AttributeKey.stringKey("url.query");
  private static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");
  private static final AttributeKey<String> URL_PATH = AttributeKey.stringKey("url.path");

  /** What a CPR-shaped part of a path is recorded as. */
  static final String CPR_MASK = "{cpr}";

  /** Ten digits, with or without the dash after the sixth, not inside a longer number. */
  private static final Pattern CPR_SHAPED =
      Pattern.compile("(?<![0-9])[0-9]{6}-?[0-9]{4}(?![0-9])");

  private TraceSpans() {}

  /**
   * The server span of a Jakarta REST request: its correlation id, its query by names only, and its
   * path again if a part of it is shaped like a CPR number.
   */
  public static void serverRequest(String correlationId, String rawPath, String rawQuery) {
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
    if (rawPath != null && CPR_SHAPED.matcher(rawPath).find()) {
      span.setAttribute(URL_PATH, withoutCprNumbers(rawPath));
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

  /** {@code /citizens/010190-1234/cases} becomes {@code /citizens/{cpr}/cases}. */
  static String withoutCprNumbers(String path) {
    return CPR_SHAPED.matcher(path).replaceAll(Matcher.quoteReplacement(CPR_MASK));
  }

  /** The address without user info, fragment or query values. */
  static String withoutQueryValues(URI uri) {
    String address =
        uri.getScheme()
            + "://"
            + uri.getHost()
            + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
            + (uri.getRawPath() == null ? "" : withoutCprNumbers(uri.getRawPath()));
    return uri.getRawQuery() == null ? address : address + "?" + parameterNames(uri.getRawQuery());
  }
}
