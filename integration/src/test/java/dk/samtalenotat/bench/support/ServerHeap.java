package dk.samtalenotat.bench.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A WildFly server's heap, read and collected through its HTTP management API ({@code
 * /core-service=platform-mbean/type=memory}: the attribute {@code heap-memory-usage} and the
 * operation {@code gc}), as a management user of its ManagementRealm. One request at a time.
 */
public final class ServerHeap {

  /** The realm of WildFly's {@code mgmt-users.properties}. */
  public static final String REALM = "ManagementRealm";

  private static final String ADDRESS =
      "\"address\":[{\"core-service\":\"platform-mbean\"},{\"type\":\"memory\"}]";
  private static final Pattern OUTCOME = Pattern.compile("\"outcome\"\\s*:\\s*\"(\\w+)\"");
  private static final Pattern NUMBER =
      Pattern.compile("\"(init|used|committed|max)\"\\s*:\\s*(-?\\d+)");

  private final URI management;
  private final String user;
  private final String password;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final SecureRandom random = new SecureRandom();

  /** One reading of the heap, in bytes ({@code max} is -1 where the JVM has no limit). */
  public record Usage(long used, long committed, long max) {}

  /**
   * @param managementPort the server's management HTTP port (9990 plus its offset)
   */
  public ServerHeap(int managementPort, String user, String password) {
    this.management = URI.create("http://127.0.0.1:" + managementPort + "/management");
    this.user = user;
    this.password = password;
  }

  /**
   * Adds a management user to a server's {@code mgmt-users.properties} before the server starts,
   * with a random password; answers the client for it.
   */
  public static ServerHeap withNewUser(Path configurationDir, int managementPort, String user)
      throws IOException {
    byte[] secret = new byte[18];
    new SecureRandom().nextBytes(secret);
    String password = HexFormat.of().formatHex(secret);
    Files.writeString(
        configurationDir.resolve("mgmt-users.properties"),
        System.lineSeparator()
            + user
            + "="
            + DigestAuthorization.realmHash(user, REALM, password)
            + System.lineSeparator(),
        StandardCharsets.ISO_8859_1,
        StandardOpenOption.APPEND);
    return new ServerHeap(managementPort, user, password);
  }

  /** The heap now, garbage included. */
  public Usage usage() throws IOException, InterruptedException {
    return parse(
        operation(
            "{\"operation\":\"read-attribute\","
                + ADDRESS
                + ",\"name\":\"heap-memory-usage\",\"include-runtime\":true}"));
  }

  /** A full collection in the server's JVM (System.gc()), then the heap it left. */
  public Usage afterGc() throws IOException, InterruptedException {
    String answer = operation("{\"operation\":\"gc\"," + ADDRESS + "}");
    if (!"success".equals(outcome(answer))) {
      throw new IOException("gc failed: " + answer);
    }
    return usage();
  }

  /**
   * The heap in an answer to {@code read-attribute(name=heap-memory-usage)}.
   *
   * @throws IOException when the operation did not succeed or the answer lacks a figure
   */
  public static Usage parse(String answer) throws IOException {
    if (!"success".equals(outcome(answer))) {
      throw new IOException("management operation failed: " + answer);
    }
    Map<String, Long> figures = new HashMap<>();
    Matcher m = NUMBER.matcher(answer);
    while (m.find()) {
      figures.put(m.group(1), Long.parseLong(m.group(2)));
    }
    if (!figures.containsKey("used") || !figures.containsKey("committed")) {
      throw new IOException("no heap figures in " + answer);
    }
    return new Usage(
        figures.get("used"), figures.get("committed"), figures.getOrDefault("max", -1L));
  }

  private static String outcome(String answer) {
    Matcher m = OUTCOME.matcher(answer);
    return m.find() ? m.group(1) : "";
  }

  /**
   * Runs one management operation (the JSON of the HTTP management API) and answers the server's
   * JSON: the 401's challenge first, then the request signed with it. {@link ServerGauges} reads
   * its figures through this.
   */
  public String operation(String operation) throws IOException, InterruptedException {
    HttpResponse<String> challenge = send(operation, null);
    if (challenge.statusCode() != 401) {
      throw new IOException(
          "management interface answered " + challenge.statusCode() + " without a challenge");
    }
    DigestAuthorization.Challenge digest =
        DigestAuthorization.md5Challenge(challenge.headers().allValues("WWW-Authenticate"))
            .orElseThrow(
                () ->
                    new IOException(
                        "no MD5 Digest challenge: "
                            + challenge.headers().allValues("WWW-Authenticate")));
    byte[] cnonce = new byte[8];
    random.nextBytes(cnonce);
    HttpResponse<String> answer =
        send(
            operation,
            digest.authorization(
                user, password, "POST", management.getPath(), 1, HexFormat.of().formatHex(cnonce)));
    if (answer.statusCode() != 200) {
      throw new IOException(
          "management interface answered " + answer.statusCode() + ": " + answer.body());
    }
    return answer.body();
  }

  private HttpResponse<String> send(String operation, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(management)
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(operation));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
