package dk.samtalenotat.journal.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * What the fake case systems share: an HTTP server on the loopback address and a script of faults
 * that the next create requests meet, in order.
 */
public abstract class FakeCaseSystem implements AutoCloseable {

  /** A fault the next create meets. */
  public enum Fault {
    /** 500 before anything is stored. */
    ERROR_500,
    /** The note is stored, then 500. */
    STORE_THEN_500,
    /** 503 before anything is stored. */
    UNAVAILABLE_503,
    /** 429 Too Many Requests. */
    TOO_MANY_429,
    /** The note is stored, then the answer comes after the client gave up. */
    STORE_THEN_SLOW,
    /** The connection is dropped before anything is stored. */
    DROP
  }

  static {
    // Without it the JDK server's separate header and body writes meet the client's delayed ACK:
    // some 40 ms per answer on loopback, which would measure TCP rather than the application.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  protected final HttpServer server;
  private final boolean tls;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  protected final Deque<Fault> faults = new ConcurrentLinkedDeque<>();
  protected final AtomicInteger createRequests = new AtomicInteger();
  private final java.util.List<String> createTraceparents =
      new java.util.concurrent.CopyOnWriteArrayList<>();
  private final java.util.List<String> createCorrelationIds =
      new java.util.concurrent.CopyOnWriteArrayList<>();
  protected volatile Duration slow = Duration.ofSeconds(3);

  protected FakeCaseSystem(int port) throws IOException {
    this(port, null);
  }

  /**
   * @param tls when set, HTTPS with this server certificate, and a client certificate required
   *     (mutual TLS)
   */
  protected FakeCaseSystem(int port, SSLContext tls) throws IOException {
    InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    if (tls == null) {
      server = HttpServer.create(address, 50);
    } else {
      HttpsServer https = HttpsServer.create(address, 50);
      https.setHttpsConfigurator(
          new HttpsConfigurator(tls) {
            @Override
            public void configure(HttpsParameters params) {
              SSLParameters p = tls.getDefaultSSLParameters();
              p.setNeedClientAuth(true);
              params.setSSLParameters(p);
            }
          });
      server = https;
    }
    this.tls = tls != null;
    server.setExecutor(executor);
  }

  protected void start() {
    server.start();
  }

  public URI url() {
    return URI.create(
        (tls ? "https" : "http") + "://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  public void fail(Fault... next) {
    faults.addAll(java.util.List.of(next));
  }

  /** How long a slow answer takes; longer than the client's read timeout. */
  public void slowAnswer(Duration d) {
    slow = d;
  }

  public int createRequests() {
    return createRequests.get();
  }

  /** The X-Correlation-ID of each create request, in order ("null" where none was sent). */
  public java.util.List<String> createCorrelationIds() {
    return java.util.List.copyOf(createCorrelationIds);
  }

  /**
   * The W3C trace context ({@code traceparent}) of each create request, in order ("null" where none
   * was sent): WildFly's OpenTelemetry REST client filter sends it while tracing is on.
   */
  public java.util.List<String> createTraceparents() {
    return java.util.List.copyOf(createTraceparents);
  }

  /** Counts a create request and keeps its correlation id and trace context. */
  protected void counted(HttpExchange ex) {
    createCorrelationIds.add(String.valueOf(ex.getRequestHeaders().getFirst("X-Correlation-ID")));
    createTraceparents.add(String.valueOf(ex.getRequestHeaders().getFirst("traceparent")));
    createRequests.incrementAndGet();
  }

  /** Waits until at least {@code n} create requests arrived; false after the timeout. */
  public boolean awaitCreateRequests(int n, Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    while (createRequests.get() < n) {
      if (System.nanoTime() > end) {
        return false;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  protected static String body(HttpExchange ex) throws IOException {
    return new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
  }

  protected static void send(HttpExchange ex, int status, String json) throws IOException {
    byte[] bytes = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
    ex.close();
  }

  protected void sleepSlow() {
    try {
      Thread.sleep(slow.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
