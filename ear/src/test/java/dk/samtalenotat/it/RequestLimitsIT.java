package dk.samtalenotat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Request bodies are held to their route's limit before anything reads them: a huge form posted to
 * the sign-on endpoint is refused unread (the server's heap does not take it), a streamed upload
 * far above the audio limit gets the API's 413 with a Danish message and the server stops reading
 * at the limit, and the upload screen refuses a file above the limit in the browser.
 */
@ExtendWith({WildFlyExtension.class, BrowserExtension.class})
class RequestLimitsIT {

  private static final long MB = 1024 * 1024;
  private static final long AUDIO_LIMIT = 500 * MB;
  private static final Pattern USED = Pattern.compile("\"used\" => (\\d+)L");

  @Test
  void aHundredMegabyteFormPostToTheAssertionConsumerIsRefusedUnreadWithFlatHeap(
      WildFlyServer server) throws Exception {
    long oldGenBefore = startHeapWatch(server);

    Instant start = Instant.now();
    RawUpload.Result declared =
        RawUpload.post(
            server.baseUri(),
            "POST",
            "/saml/acs",
            Map.of("Content-Type", "application/x-www-form-urlencoded"),
            "SAMLResponse=".getBytes(StandardCharsets.US_ASCII),
            100 * MB,
            false);
    Duration took = Duration.between(start, Instant.now());
    assertEquals(413, declared.status(), declared.body());
    assertEquals("close", declared.headers().get("Connection"));
    assertTrue(declared.body().contains("Login-svaret er for stort"), declared.body());
    // The answer came before the body: what got out is what the two sockets' buffers hold.
    assertTrue(
        declared.bytesSent() < 32 * MB,
        declared.bytesSent() + " bytes got out before the answer, in " + took);

    RawUpload.Result streamed =
        RawUpload.post(
            server.baseUri(),
            "POST",
            "/saml/acs",
            Map.of("Content-Type", "application/x-www-form-urlencoded"),
            "SAMLResponse=".getBytes(StandardCharsets.US_ASCII),
            100 * MB,
            true);
    assertEquals(411, streamed.status(), "a form must declare its length: " + streamed.body());
    assertTrue(streamed.bytesSent() < 32 * MB, streamed.bytesSent() + " bytes got out");

    long grown = oldGenPeak(server) - oldGenBefore;
    assertTrue(grown < 50 * MB, "the old generation grew by " + grown / MB + " MB at its peak");
  }

  @Test
  void aTwoGigabyteStreamedUploadGets413WithADanishMessageAndTheServerStopsReading(
      WildFlyServer server, BrowserExtension.BrowserSession browser) throws Exception {
    Page page = browser.page();
    Ui.signIn(page, "aisha");
    long id = Ui.registerConversation(page, "150875-2468", "LIMIT-STREAM");
    Map<String, String> headers =
        Map.of("Content-Type", "audio/wav", "X-File-Name", "lang.wav", "Cookie", cookies(page));
    String path = "/api/conversations/" + id + "/audio";

    RawUpload.Result streamed =
        RawUpload.post(server.baseUri(), "POST", path, headers, streamingWav(), 2048 * MB, true);
    assertEquals(413, streamed.status(), streamed.body());
    assertEquals("close", streamed.headers().get("Connection"));
    assertTrue(streamed.headers().get("Content-Type").startsWith("application/json"));
    assertTrue(
        streamed.body().contains("\"code\":\"AUDIO_TOO_LARGE\""),
        "the API's shape: " + streamed.body());
    assertTrue(
        streamed.body().contains("Optagelsen er for stor") && streamed.body().contains("500 MB"),
        streamed.body());
    assertTrue(
        streamed.bytesSent() < AUDIO_LIMIT + 64 * MB,
        "the server read on: " + streamed.bytesSent() / MB + " MB got out of 2048");

    // A declared length above the limit is refused before a byte of the body is read.
    RawUpload.Result declared =
        RawUpload.post(server.baseUri(), "POST", path, headers, streamingWav(), 2048 * MB, false);
    assertEquals(413, declared.status(), declared.body());
    assertTrue(declared.body().contains("Optagelsen er for stor"), declared.body());
    assertTrue(declared.bytesSent() < 64 * MB, declared.bytesSent() / MB + " MB got out");

    // Nothing was kept: the conversation takes a good recording afterwards.
    page.navigate("samtale.xhtml?id=" + id);
    assertEquals("REGISTERED", Ui.state(page));
    var good =
        page.request()
            .post(
                "api/conversations/" + id + "/audio",
                com.microsoft.playwright.options.RequestOptions.create()
                    .setHeader("Content-Type", "audio/wav")
                    .setHeader("X-File-Name", "kort.wav")
                    .setData(BadInputIT.minimalWav()));
    assertEquals(201, good.status(), good.text());
  }

  @Test
  void aBodySentWithoutSignOnIsTurnedAwayUnread(WildFlyServer server) throws Exception {
    RawUpload.Result r =
        RawUpload.post(
            server.baseUri(),
            "POST",
            "/api/conversations/1/audio",
            Map.of("Content-Type", "audio/wav"),
            streamingWav(),
            2048 * MB,
            true);
    assertEquals(302, r.status(), "sent to sign in: " + r.body());
    assertEquals("close", r.headers().get("Connection"));
    assertTrue(r.bytesSent() < 64 * MB, r.bytesSent() / MB + " MB got out before the answer");
  }

  @Test
  void theUploadScreenRefusesAFileAboveTheLimitBeforeSendingIt(
      BrowserExtension.BrowserSession browser, @TempDir Path dir) throws Exception {
    Page page = browser.page();
    Ui.signIn(page, "aisha");
    Ui.registerConversation(page, "150875-2468", "LIMIT-BROWSER");
    // Sparse: the browser needs only the size to refuse it.
    Path big = dir.resolve("optagelse.wav");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.write(BadInputIT.minimalWav());
      file.setLength(AUDIO_LIMIT + MB);
    }
    boolean[] posted = {false};
    page.onRequest(r -> posted[0] |= r.method().equals("POST"));
    page.locator("#audioForm input[type=file]").setInputFiles(big);
    page.locator("#audioForm .upload-too-large").waitFor();
    String shown = page.locator("#audioForm .upload-too-large").innerText();
    assertTrue(shown.contains("Filen er for stor") && shown.contains("500 MB"), shown);

    Ui.byId(page, "audioForm:uploadAudio").click();
    assertTrue(page.locator("#audioForm .upload-too-large").isVisible());
    assertTrue(!posted[0], "nothing was sent");
    assertEquals("REGISTERED", Ui.state(page));
  }

  /** A WAV header whose length is the placeholder of a writer that streams ("to the end"). */
  private static byte[] streamingWav() {
    ByteBuffer b = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(-1);
    b.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1);
    b.putShort((short) 1).putInt(16000).putInt(32000).putShort((short) 2).putShort((short) 16);
    b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(-1);
    return b.array();
  }

  private static String cookies(Page page) {
    return page.context().cookies().stream()
        .map((Cookie c) -> c.name + "=" + c.value)
        .collect(Collectors.joining("; "));
  }

  /**
   * Starts watching the old generation, where the JVM puts any large buffer at once: its peak is
   * reset, and its use now is the baseline.
   */
  private static long startHeapWatch(WildFlyServer server) {
    String pool = "/core-service=platform-mbean/type=memory-pool/name=G1_Old_Gen";
    cli(server, pool + ":reset-peak-usage");
    return used(cli(server, pool + ":read-attribute(name=usage)"));
  }

  private static long oldGenPeak(WildFlyServer server) {
    return used(
        cli(
            server,
            "/core-service=platform-mbean/type=memory-pool/name=G1_Old_Gen"
                + ":read-attribute(name=peak-usage)"));
  }

  private static long used(String output) {
    Matcher m = USED.matcher(output);
    assertTrue(m.find(), output);
    return Long.parseLong(m.group(1));
  }

  /** A management call; jboss-cli may time out connecting on a loaded machine, so it is retried. */
  private static String cli(WildFlyServer server, String command) {
    RuntimeException last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return server.cli(command);
      } catch (RuntimeException e) {
        last = e;
      }
    }
    throw last;
  }
}
