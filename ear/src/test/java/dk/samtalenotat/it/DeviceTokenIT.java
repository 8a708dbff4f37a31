package dk.samtalenotat.it;

import static dk.samtalenotat.it.Ui.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A dictation device with its own credential: the caseworker registers it in the browser and reads
 * its token once; the device, a plain HTTP client with no cookies, sends a recording in two chunks
 * to the caseworker's conversation. The token opens nothing else: not another caseworker's or
 * municipality's conversation, not the compliance API, not the screens; a wrong or revoked token is
 * refused with 401, also when the request carries a signed-on session as well.
 */
@ExtendWith({WildFlyExtension.class, BrowserExtension.class})
class DeviceTokenIT {

  private static final Pattern TOKEN = Pattern.compile("sntd_[A-Za-z0-9_-]{43}");

  /** A client as a device is: no cookie store, no session, only what it is told to send. */
  private final HttpClient device = HttpClient.newHttpClient();

  @Test
  void aRegisteredDeviceSendsARecordingToItsCaseworkersConversationOnly(
      WildFlyServer server, BrowserExtension.BrowserSession browser) throws Exception {
    URI base = server.baseUri();
    Page mette = browser.page();
    Ui.signIn(mette, "mette");
    long own = Ui.registerConversation(mette, "0512884411", "ENHED-1");

    String token = registerDevice(mette, "Diktafon IT");
    // The browser's reload posts the registration again: no second device, no token.
    mette.reload();
    assertFalse(mette.content().contains(token), "the token is shown once, not after a reload");
    assertEquals(0, mette.locator("#device-token").count());
    assertTrue(Ui.messages(mette).contains("allerede modtaget"), Ui.messages(mette));
    mette.navigate("enheder.xhtml");
    assertFalse(mette.content().contains(token), "nor when the page is opened again");
    assertEquals(
        1,
        mette.locator(".device-name", new Page.LocatorOptions().setHasText("Diktafon IT")).count(),
        "one device, however often the answer is reloaded");
    assertTrue(
        mette.locator(".device-name", new Page.LocatorOptions().setHasText("Diktafon IT")).count()
            > 0);

    // The device's recording: two chunks of a WAV made here.
    byte[] wav = sineWav();
    byte[][] parts = {
      Arrays.copyOfRange(wav, 0, wav.length / 2),
      Arrays.copyOfRange(wav, wav.length / 2, wav.length)
    };
    HttpResponse<String> started =
        send(
            json(
                    base.resolve("api/conversations/" + own + "/recordings"),
                    "{\"mediaType\":\"audio/wav\"}")
                .header("Authorization", "Bearer " + token)
                .build());
    assertEquals(201, started.statusCode(), started.body());
    assertTrue(started.headers().firstValue("Set-Cookie").isEmpty(), "no session for a device");
    String key = object(started.body()).getString("uploadKey");
    for (int seq = 0; seq < parts.length; seq++) {
      HttpResponse<String> chunk = send(chunk(base, key, seq, parts[seq], token));
      assertEquals(201, chunk.statusCode(), chunk.body());
      assertTrue(chunk.headers().firstValue("Set-Cookie").isEmpty());
    }
    HttpResponse<String> finished =
        send(
            json(base.resolve("api/recordings/" + key + "/finish"), "{\"lastSeq\":1}")
                .header("Authorization", "Bearer " + token)
                .build());
    assertEquals(200, finished.statusCode(), finished.body());
    assertEquals("FINISHED", object(finished.body()).getString("state"));
    HttpResponse<String> status =
        send(
            HttpRequest.newBuilder(base.resolve("api/recordings/" + key))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
    assertEquals(200, status.statusCode(), status.body());
    assertEquals("FINISHED", object(status.body()).getString("state"));

    mette.navigate("samtale.xhtml?id=" + own);
    assertNotEquals("REGISTERED", Ui.state(mette), "the conversation has its audio");

    // A wrong token, even beside mette's signed-on session: refused, not let through on the cookie.
    assertInvalid(
        send(
            json(base.resolve("api/conversations/" + own + "/recordings"), "{}")
                .header("Authorization", "Bearer sntd_" + "A".repeat(43))
                .build()));
    assertInvalid(
        send(
            json(base.resolve("api/conversations/" + own + "/recordings"), "{}")
                .header("Authorization", "Bearer not-a-token")
                .build()));
    APIResponse withCookie =
        mette
            .request()
            .get(
                "api/recordings/" + key,
                RequestOptions.create()
                    .setHeader("Authorization", "Bearer sntd_" + "B".repeat(43)));
    assertEquals(401, withCookie.status(), withCookie.text());
    assertEquals("DEVICE_TOKEN_INVALID", object(withCookie.text()).getString("code"));

    // The token opens the ingest API only.
    HttpResponse<String> compliance =
        send(
            HttpRequest.newBuilder(base.resolve("api/compliance/access-log"))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
    assertEquals(403, compliance.statusCode(), compliance.body());
    assertEquals("DEVICE_TOKEN_NOT_HERE", object(compliance.body()).getString("code"));
    HttpResponse<String> screen =
        send(
            HttpRequest.newBuilder(base.resolve("samtale.xhtml?id=" + own))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
    assertEquals(403, screen.statusCode());
    assertFalse(screen.body().contains("ENHED-1"));

    // Another caseworker's conversation, and one of another municipality, are not found.
    Page jonas = browser.newPage();
    Ui.signIn(jonas, "jonas");
    long colleagues = Ui.registerConversation(jonas, "0603925566", "ENHED-2");
    Page karen = browser.newPage();
    Ui.signIn(karen, "karen");
    long otherMunicipality = Ui.registerConversation(karen, "0704936677", "ENHED-3");
    for (long foreign : new long[] {colleagues, otherMunicipality}) {
      HttpResponse<String> refused =
          send(
              json(base.resolve("api/conversations/" + foreign + "/recordings"), "{}")
                  .header("Authorization", "Bearer " + token)
                  .build());
      assertEquals(404, refused.statusCode(), refused.body());
      assertEquals("NOT_FOUND", object(refused.body()).getString("code"));
      HttpResponse<String> file =
          send(
              HttpRequest.newBuilder(base.resolve("api/conversations/" + foreign + "/audio"))
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", "audio/wav")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(wav))
                  .build());
      assertEquals(404, file.statusCode(), file.body());
    }
    jonas.navigate("samtale.xhtml?id=" + colleagues);
    assertEquals("REGISTERED", Ui.state(jonas));

    // The administrator sees the device (not its token) and the security log has its events.
    Page admin = browser.newPage();
    Ui.signIn(admin, "admin");
    admin.navigate("enheder.xhtml");
    String adminPage = admin.content();
    assertTrue(adminPage.contains("Diktafon IT"), "the municipality's devices");
    assertTrue(adminPage.contains("Mette Sørensen"));
    assertFalse(adminPage.contains(token));

    // Revoked by its owner: refused from then on.
    mette.navigate("enheder.xhtml");
    revoke(mette, "Diktafon IT");
    assertTrue(Ui.messages(mette).contains("spærret"), Ui.messages(mette));
    assertInvalid(send(chunk(base, key, 2, parts[0], token)));

    Page peter = browser.newPage();
    Ui.signIn(peter, "peter");
    String today = LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString();
    APIResponse events =
        peter
            .request()
            .get(
                "api/compliance/security-events?from=" + today + "&to=" + today,
                RequestOptions.create().setHeader("Accept", "application/json"));
    assertEquals(200, events.status(), events.text());
    JsonArray all = array(events.text());
    for (String eventId : new String[] {"DEVICE-REG-01", "DEVICE-USE-01", "DEVICE-REVOKE-01"}) {
      assertTrue(
          all.stream()
              .map(JsonValue::asJsonObject)
              .anyMatch(
                  e ->
                      eventId.equals(e.getString("eventId"))
                          && e.getString("detail", "").contains("Diktafon IT")
                          && "6f1c2a10-0000-4000-8000-000000000001".equals(e.getString("userKey"))),
          eventId + " in the security log");
    }
    assertFalse(events.text().contains(token), "the token is never logged");
  }

  @Test
  void aNamelessDeviceIsNotRegisteredAndSaysWhy(BrowserExtension.BrowserSession browser) {
    Page page = browser.page();
    Ui.signIn(page, "aisha");
    page.navigate("enheder.xhtml");
    byId(page, "devices:name").fill("   ");
    Ui.submit(page, "devices:register");
    assertTrue(Ui.messages(page).contains("Giv enheden et navn"), Ui.messages(page));
    assertEquals(0, page.locator("#device-token").count());
    assertEquals(0, page.locator(".device-name").count(), "nothing was registered");
  }

  @Test
  void theAdministratorRevokesADeviceOfTheMunicipalityAndSeesNoOtherMunicipalitys(
      WildFlyServer server, BrowserExtension.BrowserSession browser) throws Exception {
    Page jonas = browser.page();
    Ui.signIn(jonas, "jonas");
    String token = registerDevice(jonas, "Mødelokale 2");
    Page karen = browser.newPage();
    Ui.signIn(karen, "karen");
    registerDevice(karen, "Anden kommunes diktafon");

    Page admin = browser.newPage();
    Ui.signIn(admin, "admin");
    admin.navigate("enheder.xhtml");
    assertFalse(admin.content().contains("Anden kommunes diktafon"), "another municipality's");
    assertEquals(0, admin.locator("[id='devices:name']").count(), "no registration for admins");
    String id =
        admin
            .locator(".device-name", new Page.LocatorOptions().setHasText("Mødelokale 2"))
            .first()
            .getAttribute("data-id");
    admin.waitForNavigation(
        () -> admin.locator(".revoke-device[data-id='" + id + "'] button").first().click());
    assertTrue(Ui.messages(admin).contains("spærret"), Ui.messages(admin));
    assertEquals(
        "REVOKED",
        admin.locator(".device-status").first().getAttribute("data-status"),
        "the newest device, just revoked");

    HttpResponse<String> refused =
        send(
            HttpRequest.newBuilder(server.baseUri().resolve("api/recordings/" + "0".repeat(36)))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
    assertInvalid(refused);

    jonas.navigate("enheder.xhtml");
    assertEquals("REVOKED", jonas.locator(".device-status").first().getAttribute("data-status"));
    assertTrue(jonas.content().contains("Anne Vestergaard"), "who revoked it");
    assertEquals(0, jonas.locator(".revoke-device button").count(), "nothing left to revoke");
  }

  /** Registers a device on the screen and reads its token, shown once in the answer. */
  private static String registerDevice(Page page, String name) {
    page.navigate("enheder.xhtml");
    byId(page, "devices:name").fill(name);
    Ui.submit(page, "devices:register");
    String token = page.locator("#device-token").innerText().strip();
    assertTrue(TOKEN.matcher(token).matches(), token);
    return token;
  }

  /** Clicks "Spær" in the row of the named device in the caseworker's own list. */
  private static void revoke(Page page, String name) {
    String id =
        page.locator(".device-name", new Page.LocatorOptions().setHasText(name))
            .first()
            .getAttribute("data-id");
    page.waitForNavigation(
        () -> page.locator(".revoke-device[data-id='" + id + "'] button").first().click());
  }

  private static void assertInvalid(HttpResponse<String> response) {
    assertEquals(401, response.statusCode(), response.body());
    assertTrue(
        response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"),
        response.headers().toString());
    JsonObject error = object(response.body());
    assertEquals("DEVICE_TOKEN_INVALID", error.getString("code"));
    assertTrue(error.getString("message").contains("nøgle"), error.getString("message"));
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return device.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpRequest.Builder json(URI uri, String body) {
    return HttpRequest.newBuilder(uri)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private static HttpRequest chunk(URI base, String key, int seq, byte[] body, String token)
      throws Exception {
    return HttpRequest.newBuilder(base.resolve("api/recordings/" + key + "/chunks/" + seq))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/octet-stream")
        .header(
            "X-Content-SHA256",
            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)))
        .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }

  private static JsonObject object(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  private static JsonArray array(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readArray();
    }
  }

  /** One second of a 440 Hz tone, 16 kHz mono 16-bit PCM, as a RIFF/WAVE file. */
  static byte[] sineWav() {
    int samples = 16000;
    ByteBuffer b = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples * 2);
    b.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1);
    b.putShort((short) 1).putInt(16000).putInt(32000).putShort((short) 2).putShort((short) 16);
    b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples * 2);
    for (int i = 0; i < samples; i++) {
      b.putShort((short) (8000 * Math.sin(2 * Math.PI * 440 * i / 16000.0)));
    }
    return b.array();
  }
}
