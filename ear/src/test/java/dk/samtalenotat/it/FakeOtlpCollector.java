package dk.samtalenotat.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * A stand-in for an OpenTelemetry collector on loopback, speaking OTLP over HTTP with protobuf
 * bodies as the OTLP specification describes it: {@code POST /v1/traces} with {@code Content-Type:
 * application/x-protobuf} (gzip if the exporter says so) carrying an {@code
 * ExportTraceServiceRequest}, answered 200 with an empty {@code ExportTraceServiceResponse}. It
 * decodes the protobuf wire format itself (opentelemetry-proto's {@code trace/v1/trace.proto}): per
 * span the resource's attributes, name, kind, trace id, parent and attributes; values other than
 * strings, booleans and integers are kept as "?". It fakes the collector only: no batching, no
 * gRPC, no partial success, no retry-after. Every request body is kept as text too, so a test can
 * look for personal data in everything that left the server.
 */
final class FakeOtlpCollector implements AutoCloseable {

  /** A span as received. {@code kind} is OTLP's: 2 server, 3 client. */
  record ReceivedSpan(
      Map<String, String> resource,
      String name,
      int kind,
      String traceId,
      String parentSpanId,
      Map<String, String> attributes) {}

  private final HttpServer server;
  private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();
  private final List<String> bodies = new CopyOnWriteArrayList<>();
  private final List<String> refused = new CopyOnWriteArrayList<>();

  private FakeOtlpCollector(HttpServer server) {
    this.server = server;
  }

  static FakeOtlpCollector start(int port) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
      FakeOtlpCollector collector = new FakeOtlpCollector(server);
      server.createContext("/", collector::handle);
      server.start();
      return collector;
    } catch (IOException e) {
      throw new IllegalStateException("the fake OTLP collector cannot listen on " + port, e);
    }
  }

  /** The first span {@code wanted} matches, waiting up to {@code timeout} for the exports. */
  Optional<ReceivedSpan> await(Predicate<ReceivedSpan> wanted, Duration timeout)
      throws InterruptedException {
    Instant until = Instant.now().plus(timeout);
    while (true) {
      Optional<ReceivedSpan> found = spans.stream().filter(wanted).findFirst();
      if (found.isPresent() || Instant.now().isAfter(until)) {
        return found;
      }
      Thread.sleep(250);
    }
  }

  List<ReceivedSpan> spans() {
    return List.copyOf(spans);
  }

  /** Every export body as ISO-8859-1 text (protobuf strings are in it verbatim). */
  List<String> bodies() {
    return List.copyOf(bodies);
  }

  /** Requests that were not an OTLP/HTTP trace export ("method path content-type"). */
  List<String> refused() {
    return List.copyOf(refused);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String type = exchange.getRequestHeaders().getFirst("Content-Type");
      if (!exchange.getRequestMethod().equals("POST")
          || !exchange.getRequestURI().getPath().equals("/v1/traces")
          || type == null
          || !type.startsWith("application/x-protobuf")) {
        refused.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + type);
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] body;
      try (InputStream in =
          "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
              ? new GZIPInputStream(exchange.getRequestBody())
              : exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      bodies.add(new String(body, StandardCharsets.ISO_8859_1));
      try {
        readRequest(new Wire(body, 0, body.length));
      } catch (RuntimeException e) {
        refused.add("undecodable export: " + e);
        exchange.sendResponseHeaders(400, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
      exchange.sendResponseHeaders(200, -1);
    }
  }

  /** ExportTraceServiceRequest: 1 repeated ResourceSpans. */
  private void readRequest(Wire request) {
    while (request.more()) {
      int tag = request.tag();
      if (tag >>> 3 == 1) {
        readResourceSpans(request.message());
      } else {
        request.skip(tag);
      }
    }
  }

  /** ResourceSpans: 1 Resource (1 repeated KeyValue attributes), 2 repeated ScopeSpans. */
  private void readResourceSpans(Wire resourceSpans) {
    Map<String, String> resource = new HashMap<>();
    List<Wire> scopes = new java.util.ArrayList<>();
    while (resourceSpans.more()) {
      int tag = resourceSpans.tag();
      if (tag >>> 3 == 1) {
        Wire r = resourceSpans.message();
        while (r.more()) {
          int t = r.tag();
          if (t >>> 3 == 1) {
            readKeyValue(r.message(), resource);
          } else {
            r.skip(t);
          }
        }
      } else if (tag >>> 3 == 2) {
        scopes.add(resourceSpans.message());
      } else {
        resourceSpans.skip(tag);
      }
    }
    // ScopeSpans: 2 repeated Span.
    for (Wire scope : scopes) {
      while (scope.more()) {
        int tag = scope.tag();
        if (tag >>> 3 == 2) {
          spans.add(readSpan(scope.message(), Map.copyOf(resource)));
        } else {
          scope.skip(tag);
        }
      }
    }
  }

  /** Span: 1 trace_id, 4 parent_span_id, 5 name, 6 kind, 9 repeated KeyValue attributes. */
  private static ReceivedSpan readSpan(Wire span, Map<String, String> resource) {
    String traceId = "";
    String parent = "";
    String name = "";
    int kind = 0;
    Map<String, String> attributes = new HashMap<>();
    while (span.more()) {
      int tag = span.tag();
      switch (tag >>> 3) {
        case 1 -> traceId = HexFormat.of().formatHex(span.bytes());
        case 4 -> parent = HexFormat.of().formatHex(span.bytes());
        case 5 -> name = span.string();
        case 6 -> kind = (int) span.varint();
        case 9 -> readKeyValue(span.message(), attributes);
        default -> span.skip(tag);
      }
    }
    return new ReceivedSpan(resource, name, kind, traceId, parent, Map.copyOf(attributes));
  }

  /** KeyValue: 1 key, 2 AnyValue (1 string, 2 bool, 3 int; others kept as "?"). */
  private static void readKeyValue(Wire keyValue, Map<String, String> into) {
    String key = null;
    String value = "?";
    while (keyValue.more()) {
      int tag = keyValue.tag();
      if (tag >>> 3 == 1) {
        key = keyValue.string();
      } else if (tag >>> 3 == 2) {
        Wire any = keyValue.message();
        while (any.more()) {
          int t = any.tag();
          switch (t >>> 3) {
            case 1 -> value = any.string();
            case 2 -> value = String.valueOf(any.varint() != 0);
            case 3 -> value = String.valueOf(any.varint());
            default -> any.skip(t);
          }
        }
      } else {
        keyValue.skip(tag);
      }
    }
    if (key != null) {
      into.put(key, value);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** A reader of the protobuf wire format over a slice of bytes. */
  private static final class Wire {
    private final byte[] data;
    private final int end;
    private int pos;

    Wire(byte[] data, int from, int end) {
      if (end > data.length || from > end) {
        throw new IllegalArgumentException("truncated message");
      }
      this.data = data;
      this.pos = from;
      this.end = end;
    }

    boolean more() {
      return pos < end;
    }

    int tag() {
      return (int) varint();
    }

    long varint() {
      long result = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        if (pos >= end) {
          throw new IllegalArgumentException("truncated varint");
        }
        byte b = data[pos++];
        result |= (long) (b & 0x7f) << shift;
        if ((b & 0x80) == 0) {
          return result;
        }
      }
      throw new IllegalArgumentException("varint too long");
    }

    Wire message() {
      int length = (int) varint();
      Wire inner = new Wire(data, pos, pos + length);
      pos += length;
      return inner;
    }

    byte[] bytes() {
      Wire inner = message();
      return java.util.Arrays.copyOfRange(data, inner.pos, inner.end);
    }

    String string() {
      return new String(bytes(), StandardCharsets.UTF_8);
    }

    void skip(int tag) {
      switch (tag & 7) {
        case 0 -> varint();
        case 1 -> pos += 8;
        case 2 -> message();
        case 5 -> pos += 4;
        default -> throw new IllegalArgumentException("wire type " + (tag & 7));
      }
    }
  }
}
