package dk.samtalenotat.bench.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerHeapTest {

  /** What WildFly 39 answers to read-attribute(name=heap-memory-usage). */
  private static final String HEAP =
      "{\"outcome\" : \"success\", \"result\" : {\"init\" : 67108864, \"used\" : 41943040,"
          + " \"committed\" : 134217728, \"max\" : 536870912}}";

  @Test
  void readsTheHeapFiguresOfASuccessfulAnswer() throws Exception {
    ServerHeap.Usage usage = ServerHeap.parse(HEAP);

    assertEquals(41943040, usage.used());
    assertEquals(134217728, usage.committed());
    assertEquals(536870912, usage.max());
  }

  @Test
  void aFailedOperationOrAnAnswerWithoutFiguresIsAnError() {
    assertThrows(
        IOException.class,
        () ->
            ServerHeap.parse(
                "{\"outcome\" : \"failed\", \"failure-description\" : \"WFLYCTL0030\"}"));
    assertThrows(
        IOException.class,
        () -> ServerHeap.parse("{\"outcome\" : \"success\", \"result\" : {\"init\" : 1}}"));
  }

  @Test
  void addsAUserTheRealmCanCheckAndKeepsTheOthers(@TempDir Path configuration) throws Exception {
    Path users = configuration.resolve("mgmt-users.properties");
    Files.writeString(users, "#admin=2a0923285184943425d1f53ddd58ec7a\n");

    ServerHeap.withNewUser(configuration, 9990, "bench");

    List<String> lines = Files.readAllLines(users);
    assertEquals("#admin=2a0923285184943425d1f53ddd58ec7a", lines.get(0));
    assertTrue(
        lines.stream().anyMatch(l -> l.matches("bench=[0-9a-f]{32}")), String.join("\n", lines));
  }

  /**
   * Against a management endpoint that challenges every request and checks the digest the way the
   * realm does, from the stored HEX(MD5(user:realm:password)).
   */
  @Test
  void signsEachOperationWithTheChallengeAndReadsTheAnswer(@TempDir Path configuration)
      throws Exception {
    Files.writeString(configuration.resolve("mgmt-users.properties"), "");
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    List<String> operations = new ArrayList<>();
    Path users = configuration.resolve("mgmt-users.properties");
    server.createContext(
        "/management",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          String authorization = exchange.getRequestHeaders().getFirst("Authorization");
          String answer;
          int status;
          if (authorization == null) {
            exchange
                .getResponseHeaders()
                .add(
                    "WWW-Authenticate",
                    "Digest realm=\"ManagementRealm\", nonce=\"abc123\", opaque=\"00\","
                        + " algorithm=MD5, qop=auth");
            status = 401;
            answer = "";
          } else if (valid(authorization, Files.readString(users))) {
            operations.add(body);
            status = 200;
            answer = body.contains("\"gc\"") ? "{\"outcome\" : \"success\"}" : HEAP;
          } else {
            status = 401;
            answer = "bad digest";
          }
          byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
    try {
      ServerHeap heap =
          ServerHeap.withNewUser(configuration, server.getAddress().getPort(), "bench");

      assertEquals(41943040, heap.usage().used());
      assertEquals(536870912, heap.afterGc().max());
      assertEquals(3, operations.size());
      assertTrue(operations.get(0).contains("\"heap-memory-usage\""), operations.get(0));
      assertTrue(operations.get(1).contains("\"operation\":\"gc\""), operations.get(1));
      assertTrue(operations.get(1).contains("{\"type\":\"memory\"}"), operations.get(1));
    } finally {
      server.stop(0);
    }
  }

  private static boolean valid(String authorization, String users) {
    String ha1 = field(Pattern.compile("bench=([0-9a-f]{32})"), users);
    String nonce = field(Pattern.compile("nonce=\"([^\"]+)\""), authorization);
    String uri = field(Pattern.compile("uri=\"([^\"]+)\""), authorization);
    String nc = field(Pattern.compile("nc=([0-9a-f]{8})"), authorization);
    String cnonce = field(Pattern.compile("cnonce=\"([^\"]+)\""), authorization);
    String response = field(Pattern.compile("response=\"([0-9a-f]{32})\""), authorization);
    String expected =
        md5(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + md5("POST:" + uri));
    return "abc123".equals(nonce) && "/management".equals(uri) && expected.equals(response);
  }

  private static String field(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? m.group(1) : "";
  }

  private static String md5(String s) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
