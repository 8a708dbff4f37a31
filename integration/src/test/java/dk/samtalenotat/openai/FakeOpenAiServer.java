package dk.samtalenotat.openai;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Fakes an OpenAI-compatible engine for tests: a local HTTP server on 127.0.0.1 that records each
 * request and answers with whatever the test set up. No model runs anywhere.
 */
public final class FakeOpenAiServer implements AutoCloseable {

  /** What the fake received. The body is kept only as a digest plus the multipart text fields. */
  public record Received(
      String method,
      String path,
      Map<String, List<String>> headers,
      String contentType,
      byte[] body) {

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    public String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final List<Received> received = new ArrayList<>();
  private volatile int status = 200;
  private volatile String answer = "{}";
  private volatile Map<String, String> answerHeaders = Map.of();
  private volatile Duration delay = Duration.ZERO;

  public FakeOpenAiServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext(
        "/",
        exchange -> {
          byte[] body;
          try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
          }
          synchronized (received) {
            received.add(
                new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    body));
          }
          try {
            Thread.sleep(delay.toMillis());
          } catch (InterruptedException e) {
            exchange.close();
            return;
          }
          byte[] out = answer.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          answerHeaders.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
          exchange.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
          try (OutputStream os = exchange.getResponseBody()) {
            os.write(out);
          }
        });
    server.start();
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public FakeOpenAiServer answer(int status, String json) {
    this.status = status;
    this.answer = json;
    return this;
  }

  public FakeOpenAiServer headers(Map<String, String> headers) {
    this.answerHeaders = Map.copyOf(headers);
    return this;
  }

  public FakeOpenAiServer delay(Duration delay) {
    this.delay = delay;
    return this;
  }

  public Received last() {
    synchronized (received) {
      return received.get(received.size() - 1);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /** The parts of a multipart/form-data body: text fields as strings, files as raw bytes. */
  public static Map<String, Part> multipart(Received request) {
    String contentType = request.contentType();
    String boundary = contentType.substring(contentType.indexOf("boundary=") + 9);
    byte[] body = request.body();
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    Map<String, Part> parts = new LinkedHashMap<>();
    int pos = indexOf(body, delimiter, 0);
    while (pos >= 0) {
      int start = pos + delimiter.length;
      if (body[start] == '-' && body[start + 1] == '-') {
        break;
      }
      start += 2; // CRLF
      int headerEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
      String headers = new String(body, start, headerEnd - start, StandardCharsets.UTF_8);
      int next =
          indexOf(body, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1), headerEnd);
      byte[] content = java.util.Arrays.copyOfRange(body, headerEnd + 4, next);
      String name = between(headers, "name=\"", "\"");
      String fileName =
          headers.contains("filename=\"") ? between(headers, "filename=\"", "\"") : null;
      String type =
          headers.contains("Content-Type: ")
              ? headers.substring(headers.indexOf("Content-Type: ") + 14).strip()
              : null;
      parts.put(name, new Part(name, fileName, type, content));
      pos = next + 2;
    }
    return parts;
  }

  /** One part of a multipart body. */
  public record Part(String name, String fileName, String contentType, byte[] content) {
    public String text() {
      return new String(content, StandardCharsets.UTF_8);
    }

    public String sha256() {
      return FakeOpenAiServer.sha256(content);
    }
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String between(String s, String from, String to) {
    int a = s.indexOf(from) + from.length();
    return s.substring(a, s.indexOf(to, a));
  }

  private static int indexOf(byte[] data, byte[] pattern, int from) {
    outer:
    for (int i = from; i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
