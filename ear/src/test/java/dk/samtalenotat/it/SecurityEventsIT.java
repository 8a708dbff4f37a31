package dk.samtalenotat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The security log under a flood and as a municipality's compliance officer reads it. A flood of
 * refused device tokens from one source leaves a burst of rows and log lines and then one summary
 * per interval (the demo server summarises every 5 s), which together count every refusal; the
 * compliance officer sees only the municipality's own events, never those tied to no municipality
 * nor any source address; reads are bounded and written to the access log.
 */
@ExtendWith({WildFlyExtension.class, BrowserExtension.class})
class SecurityEventsIT {

  private static final String AISHA = "6f1c2a10-0000-4000-8000-000000000003";
  private static final int FLOOD = 5000;
  private static final int BURST = 20;
  private static final double PER_MINUTE = 2;
  private static final Duration INTERVAL = Duration.ofSeconds(5);
  private static final Pattern SUPPRESSED = Pattern.compile("^(\\d+) further refusals suppressed");
  private static final Pattern TOKEN = Pattern.compile("sntd_[A-Za-z0-9_-]{43}");

  @Test
  void aFloodOfBadDeviceTokensLeavesTheThrottledRowsAndOneSummaryPerInterval(
      WildFlyServer server, BrowserExtension.BrowserSession browser) throws Exception {
    Page aisha = browser.page();
    Ui.signIn(aisha, "aisha");
    aisha.navigate("enheder.xhtml");
    Ui.byId(aisha, "devices:name").fill("Oversvømmet diktafon");
    Ui.submit(aisha, "devices:register");
    String token = aisha.locator("#device-token").innerText().strip();
    assertTrue(TOKEN.matcher(token).matches(), token);
    aisha.navigate("enheder.xhtml");
    String id =
        aisha
            .locator(".device-name", new Page.LocatorOptions().setHasText("Oversvømmet diktafon"))
            .first()
            .getAttribute("data-id");
    aisha.waitForNavigation(
        () -> aisha.locator(".revoke-device[data-id='" + id + "'] button").first().click());

    // From a source of its own, so that no other test's refusals share the bucket.
    LoopbackSource source = new LoopbackSource("127.0.0.2");
    Instant start = Instant.now().minusSeconds(1);
    long began = System.nanoTime();
    for (int i = 0; i < FLOOD; i++) {
      int status =
          source.get(
              server.baseUri().resolve("api/recordings/" + "0".repeat(36)),
              Map.of("Authorization", "Bearer " + token));
      assertEquals(401, status, "request " + i + " is refused like any other");
    }
    Duration took = Duration.ofNanos(System.nanoTime() - began);
    long rowsAllowed = BURST + (long) Math.ceil(PER_MINUTE * took.toMillis() / 60_000.0) + 1;
    long summariesAllowed = took.toMillis() / INTERVAL.toMillis() + 3;

    // Every refusal is either a row of its own or counted in a summary: wait for the summaries.
    Page peter = browser.newPage();
    Ui.signIn(peter, "peter");
    long rows = 0;
    long summarised = 0;
    long summaries = 0;
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(deadline)) {
      rows = 0;
      summarised = 0;
      summaries = 0;
      for (JsonObject e : events(peter)) {
        if (!"DEVICE-AUTH-01".equals(e.getString("eventId"))
            || !AISHA.equals(e.getString("userKey", null))
            || Instant.parse(e.getString("occurredAt")).isBefore(start)) {
          continue;
        }
        if ("REFUSED".equals(e.getString("outcome"))) {
          rows++;
        } else if ("SUPPRESSED".equals(e.getString("outcome"))) {
          Matcher m = SUPPRESSED.matcher(e.getString("detail"));
          assertTrue(m.find(), e.toString());
          summarised += Long.parseLong(m.group(1));
          summaries++;
        }
      }
      if (rows + summarised >= FLOOD) {
        break;
      }
      peter.waitForTimeout(1000);
    }
    assertEquals(FLOOD, rows + summarised, "every refusal is a row or counted in a summary");
    assertTrue(rows >= BURST, "the burst is recorded one by one: " + rows);
    assertTrue(rows <= rowsAllowed, rows + " rows, at most " + rowsAllowed + " in " + took);
    assertTrue(summaries >= 1, "at least one summary");
    assertTrue(
        summaries <= summariesAllowed,
        summaries + " summaries, at most " + summariesAllowed + " in " + took);

    // The server log holds as few lines of it.
    long lines =
        Files.readAllLines(server.serverLog(), StandardCharsets.UTF_8).stream()
            .filter(l -> l.contains("DEVICE-AUTH-01") && l.contains("127.0.0.2"))
            .count();
    assertTrue(
        lines <= rowsAllowed + summariesAllowed,
        lines
            + " log lines for "
            + FLOOD
            + " refusals, at most "
            + (rowsAllowed + summariesAllowed));
  }

  @Test
  void theComplianceOfficerSeesOnlyTheMunicipalitysEventsAndEveryReadIsLogged(
      WildFlyServer server, BrowserExtension.BrowserSession browser) throws Exception {
    // An event tied to no municipality: a malformed token from a source of its own.
    String marker = "not-a-token-" + System.nanoTime();
    int status =
        new LoopbackSource("127.0.0.3")
            .get(
                server.baseUri().resolve("api/recordings/" + "0".repeat(36)),
                Map.of("Authorization", "Bearer " + marker));
    assertEquals(401, status);
    awaitLogLine(server, "DEVICE-AUTH-01 device token refused: malformed token remote=127.0.0.3");

    Page peter = browser.page();
    Ui.signIn(peter, "peter");
    List<JsonObject> all = events(peter);
    assertFalse(all.isEmpty(), "the municipality's own events (peter's sign-on at least)");
    for (JsonObject e : all) {
      assertEquals("11111111", e.getString("tenantCvr", null), "only the municipality's: " + e);
      assertFalse(e.containsKey("remote"), "no source address: " + e);
      assertFalse(e.toString().contains("127.0.0."), "no source address: " + e);
    }

    // The whole period as CSV, streamed; also only the municipality's.
    String today = today();
    APIResponse csv =
        peter.request().get("api/compliance/security-events/csv?from=" + today + "&to=" + today);
    assertEquals(200, csv.status(), csv.text());
    String[] lines = csv.text().split("\r\n");
    assertEquals("id;time;event;outcome;user;municipality;detail", lines[0]);
    assertTrue(lines.length > 1, csv.text());
    for (int i = 1; i < lines.length; i++) {
      assertTrue(lines[i].contains(";11111111;"), lines[i]);
      assertFalse(lines[i].contains("127.0.0."), lines[i]);
    }

    // Reads are bounded: a page of at most 1000, a period of at most 366 days.
    assertEquals(
        400,
        peter
            .request()
            .get(
                "api/compliance/security-events?from=" + today + "&to=" + today + "&limit=5000",
                json())
            .status());
    assertEquals(
        400,
        peter
            .request()
            .get("api/compliance/security-events?from=2020-01-01&to=" + today, json())
            .status());
    APIResponse small =
        peter
            .request()
            .get(
                "api/compliance/security-events?from=" + today + "&to=" + today + "&limit=1",
                json());
    assertEquals(200, small.status());
    assertTrue(small.headers().getOrDefault("link", "").contains("rel=\"next\""), "a next page");

    // Every read is in the access log: the searches (first pages) and the export.
    APIResponse log =
        peter.request().get("api/compliance/access-log?from=" + today + "&to=" + today, json());
    assertEquals(200, log.status(), log.text());
    List<JsonObject> entries = new ArrayList<>();
    array(log.text()).forEach(v -> entries.add(v.asJsonObject()));
    assertTrue(
        entries.stream()
            .anyMatch(
                e ->
                    "SECURITY_LOG".equals(e.getString("objectType"))
                        && "SEARCH".equals(e.getString("action"))
                        && "6f1c2a10-0000-4000-8000-000000000005".equals(e.getString("userKey"))),
        "the read of the security log is logged");
    assertTrue(
        entries.stream()
            .anyMatch(
                e ->
                    "SECURITY_LOG".equals(e.getString("objectType"))
                        && "EXPORT".equals(e.getString("action"))),
        "the export is logged");
  }

  /** Every event of today the compliance officer may read, following the pages. */
  static List<JsonObject> events(Page page) {
    List<JsonObject> all = new ArrayList<>();
    String url =
        "api/compliance/security-events?from=" + today() + "&to=" + today() + "&limit=1000";
    while (url != null) {
      APIResponse response = page.request().get(url, json());
      assertEquals(200, response.status(), response.text());
      array(response.text()).forEach(v -> all.add(v.asJsonObject()));
      String link = response.headers().get("link");
      url =
          link != null && link.contains("rel=\"next\"")
              ? link.replaceAll("^<([^>]*)>.*$", "$1")
              : null;
    }
    return all;
  }

  private static void awaitLogLine(WildFlyServer server, String text)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(deadline)) {
      if (Files.readString(server.serverLog(), StandardCharsets.UTF_8).contains(text)) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no line with '" + text + "' in " + server.serverLog());
  }

  private static RequestOptions json() {
    return RequestOptions.create().setHeader("Accept", "application/json");
  }

  private static String today() {
    return LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString();
  }

  private static jakarta.json.JsonArray array(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readArray();
    }
  }
}
