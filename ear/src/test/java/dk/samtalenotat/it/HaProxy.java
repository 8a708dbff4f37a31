package dk.samtalenotat.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy from Debian's packages ({@code /usr/sbin/haproxy}) in front of the cluster test's nodes,
 * with a configuration written into {@code target/}: round robin over the nodes' HTTP ports, each
 * node checked every second on its readiness ({@code /health/ready} on its management port), and
 * sticky sessions as a preference (cookie {@value #COOKIE} names the node; when that node is down
 * the request goes to another). Its statistics page tells which nodes it sends to.
 */
final class HaProxy implements AutoCloseable {

  static final String COOKIE = "SAMTALENOTAT_NODE";

  private static final Path BINARY = Path.of("/usr/sbin/haproxy");

  /** One backend server: its name (the cookie's value), HTTP port and management port. */
  record Node(String name, int httpPort, int managementPort) {}

  private final int port;
  private final int statsPort;
  private final Process process;
  private final Path log;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private HaProxy(int port, int statsPort, Process process, Path log) {
    this.port = port;
    this.statsPort = statsPort;
    this.process = process;
    this.log = log;
  }

  /** Writes the configuration into {@code dir} and starts HAProxy in the foreground. */
  static HaProxy start(Path dir, int port, int statsPort, List<Node> nodes) {
    if (!Files.isExecutable(BINARY)) {
      throw new IllegalStateException(
          BINARY + " is missing: install Debian's haproxy (bin/test does)");
    }
    try {
      Files.createDirectories(dir);
      Path config = dir.resolve("haproxy.cfg");
      Files.writeString(config, config(port, statsPort, nodes), StandardCharsets.UTF_8);
      Path log = dir.resolve("haproxy.log");
      Process process =
          new ProcessBuilder(BINARY.toString(), "-db", "-f", config.toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
              .start();
      return new HaProxy(port, statsPort, process, log);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + BINARY, e);
    }
  }

  static String config(int port, int statsPort, List<Node> nodes) {
    StringBuilder servers = new StringBuilder();
    for (Node node : nodes) {
      servers.append(
          "  server %s 127.0.0.1:%d check port %d cookie %s%n"
              .formatted(node.name(), node.httpPort(), node.managementPort(), node.name()));
    }
    return """
        global
          maxconn 512
        defaults
          mode http
          timeout connect 5s
          timeout client 5m
          timeout server 5m
          timeout check 5s
          option redispatch
          retries 3
        frontend samtalenotat
          bind 127.0.0.1:%d
          option forwardfor
          default_backend nodes
        backend nodes
          balance roundrobin
          cookie %s insert indirect nocache httponly
          option httpchk GET /health/ready
          http-check expect status 200
          default-server inter 1s fastinter 500ms downinter 1s fall 2 rise 2
        %slisten stats
          bind 127.0.0.1:%d
          stats enable
          stats uri /stats
        """
        .formatted(port, COOKIE, servers, statsPort);
  }

  URI baseUri() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  /** Each backend server's status as HAProxy sees it ("UP", "DOWN", ...), from its statistics. */
  Map<String, String> status() {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + statsPort + "/stats;csv"))
            .timeout(Duration.ofSeconds(5))
            .build();
    try {
      String csv = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
      Map<String, String> status = new HashMap<>();
      for (String line : csv.split("\n")) {
        String[] fields = line.split(",", -1);
        // # pxname,svname,...; the status is the 18th field.
        if (fields.length > 17 && fields[0].equals("nodes") && !fields[1].equals("BACKEND")) {
          status.put(fields[1], fields[17]);
        }
      }
      return status;
    } catch (IOException e) {
      return Map.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The node a request without a cookie is sent to: the cookie HAProxy sets in its answer.
   *
   * @throws IllegalStateException when the balancer does not answer with a page and the cookie
   */
  String nodeOfNewRequest() {
    HttpRequest request =
        HttpRequest.newBuilder(baseUri().resolve("tilgaengelighed.xhtml"))
            .timeout(Duration.ofSeconds(60))
            .build();
    try {
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      return response.headers().allValues("Set-Cookie").stream()
          .filter(c -> c.startsWith(COOKIE + "="))
          .map(c -> c.substring(COOKIE.length() + 1).split(";", 2)[0])
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "no " + COOKIE + " from the balancer: " + response + response.headers()));
    } catch (IOException e) {
      throw new UncheckedIOException("the balancer did not answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  String log() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(cannot read " + log + ")";
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
