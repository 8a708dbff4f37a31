package dk.samtalenotat.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recording in the browser through a dropped connection, on the server with the fake speech and
 * draft engines: Chromium's fake microphone plays Danish speech made by espeak-ng, the network goes
 * away for part of the recording, and the server must end up with every chunk exactly once and a
 * recording that decodes to the length recorded. Also the chunk API's answers to repeated, damaged,
 * missing and foreign chunks.
 */
@ExtendWith({WildFlyExtension.class, BrowserExtension.class})
// Only on the engine server: -Dit.test runs a class in every failsafe execution, and on the others
// there is no engine to make the draft (the condition is checked before any server starts).
@EnabledIfSystemProperty(named = "samtalenotat.it.fake-speech-port", matches = "\\d+")
class BrowserRecordingEngineIT {

  private static FakeEngines engines;
  private static Path speech;
  private static Path dir;

  @BeforeAll
  static void start(@TempDir Path tmp) throws Exception {
    dir = tmp;
    engines = FakeEngines.fromSystemProperties();
    speech =
        Speech.microphone(
            tmp, "Goddag. Vi skal tale om din jobsøgning og om de kurser, du gerne vil tage.");
  }

  @AfterAll
  static void stop() {
    if (engines != null) {
      engines.close();
    }
  }

  @BeforeEach
  void reset() {
    engines.reset();
  }

  @Test
  void aRecordingSurvivesADroppedConnectionAndBecomesADraft(BrowserExtension.BrowserSession browser)
      throws Exception {
    Page page =
        browser.newPageInBrowserWith(
            List.of(
                "--use-fake-ui-for-media-stream",
                "--use-fake-device-for-media-stream",
                "--use-file-for-fake-audio-capture=" + speech));
    page.onDialog(d -> d.accept());
    signIn(page, "jonas");
    long id = Ui.registerConversation(page, "1411790987", "OPTAG-1");
    page.locator("[id='openRecorder']").click();
    page.waitForURL(Pattern.compile(".*optagelse\\.xhtml.*"));
    // One-second chunks, so that a few seconds offline hold several of them back.
    page.navigate("optagelse.xhtml?id=" + id + "&timeslice=1000");
    page.locator("#rec-start:enabled").click();
    page.locator("#rec-sign").waitFor();
    page.waitForFunction("() => document.getElementById('recorder').dataset.uploadKey");
    page.waitForTimeout(3000);

    page.context().setOffline(true);
    // Offline, the chunks wait in IndexedDB and the page says so; the status follows the failed
    // sends, so wait for both conditions rather than reading them once.
    page.waitForFunction(
        "() => Number(document.getElementById('upload-counts').dataset.queued || 0) >= 3"
            + " && document.getElementById('upload-status').innerText.includes('Ingen forbindelse')",
        null,
        new Page.WaitForFunctionOptions().setTimeout(60_000));
    int heldBack = Integer.parseInt(page.locator("#upload-counts").getAttribute("data-queued"));
    assertTrue(heldBack >= 3, "chunks wait in IndexedDB while offline: " + heldBack);
    // The meter follows the microphone; speech has pauses, so wait for a loud moment.
    page.waitForFunction(
        "() => Number(document.getElementById('recorder').dataset.level || 0) > 0.01",
        null,
        new Page.WaitForFunctionOptions().setTimeout(10_000));

    page.context().setOffline(false);
    page.waitForTimeout(4000);
    page.locator("#rec-pause").click();
    page.waitForTimeout(1500);
    page.locator("#rec-resume").click();
    page.waitForTimeout(1500);

    String uploadKey = page.locator("#recorder").getAttribute("data-upload-key");
    JsonObject before = json(page.request().get("api/recordings/" + uploadKey));
    assertEquals("OPEN", before.getString("state"));
    assertEquals(
        List.of(List.of(0, before.getInt("chunks") - 1)),
        ranges(before, "received"),
        "chunks so far held once each, in order, no gap");
    assertEquals(0, before.getJsonArray("missing").size());

    // The recorder's own clock (paused time not counted) read in the same script task as the
    // stop: how long it recorded, however long the waits above took on a loaded machine. The
    // clock shows whole seconds and is refreshed every 250 ms.
    String clock =
        (String)
            page.evaluate(
                "() => { const t = document.getElementById('elapsed').textContent;"
                    + " document.getElementById('rec-stop').click(); return t; }");
    String[] minSec = clock.strip().split(":");
    int recordedSeconds = Integer.parseInt(minSec[0]) * 60 + Integer.parseInt(minSec[1]);
    page.waitForFunction("() => document.getElementById('recorder').dataset.finished === 'true'");
    long recordedBytes =
        Long.parseLong(page.locator("#recorder").getAttribute("data-recorded-bytes"));
    int recordedChunks =
        Integer.parseInt(page.locator("#recorder").getAttribute("data-recorded-chunks"));
    page.waitForURL(Pattern.compile(".*samtale\\.xhtml.*"));
    Ui.awaitState(page, "DRAFT_READY");

    JsonObject after = json(page.request().get("api/recordings/" + uploadKey));
    assertEquals("FINISHED", after.getString("state"));
    assertEquals(recordedChunks, after.getInt("chunks"), "every chunk recorded, held once");
    assertEquals(recordedBytes, after.getJsonNumber("bytes").longValue());
    assertTrue(recordedChunks >= 12, "about one chunk a second: " + recordedChunks);

    byte[] audio = engines.lastAudio();
    assertEquals(
        after.getJsonNumber("bytes").longValue(),
        audio.length,
        "the engine got exactly the bytes received, each chunk once");
    double seconds = decodedSeconds(audio);
    // Recorded at least 3 s, then offline until three one-second chunks waited (3 s or more), 4 s,
    // and 1.5 s after the pause (paused time not counted): 11.5 s at the least, on a quiet machine
    // exactly that (11.76 s decoded); and what the recorder's clock said at the stop, within its
    // resolution and the last chunk's flush.
    assertTrue(seconds > 11.0, "decoded length " + seconds + " s");
    assertTrue(
        seconds > recordedSeconds - 1.5 && seconds < recordedSeconds + 2.5,
        "decoded length " + seconds + " s, recorder's clock " + clock);
  }

  @Test
  void theCitizensRefusalStopsTheRecordingAndWhatWasRecordedIsStillSent(
      BrowserExtension.BrowserSession browser) {
    Page page =
        browser.newPageInBrowserWith(
            List.of(
                "--use-fake-ui-for-media-stream",
                "--use-fake-device-for-media-stream",
                "--use-file-for-fake-audio-capture=" + speech));
    page.onDialog(d -> d.accept());
    signIn(page, "jonas");
    long id = Ui.registerConversation(page, "1411790987", "OPTAG-3");
    page.navigate("optagelse.xhtml?id=" + id + "&timeslice=1000");
    page.locator("#rec-start:enabled").click();
    page.locator("#rec-sign").waitFor();
    page.waitForFunction("() => document.getElementById('recorder').dataset.uploadKey");
    String uploadKey = page.locator("#recorder").getAttribute("data-upload-key");
    page.waitForTimeout(4000);

    Ui.byId(page, "refuseForm:refuse").click();
    // The same address again once the refusal is registered: shown by the notice it brings.
    page.locator("[id='cannotRecord']").waitFor();
    String messages = Ui.messages(page);
    assertTrue(messages.contains("Optagelsen er stoppet ved 00:0"), messages);
    assertTrue(page.locator("#rec-start").isDisabled(), "no new recording after the refusal");
    // The reopened page finds the stopped recording in IndexedDB and sends it to the end.
    page.waitForURL(Pattern.compile(".*samtale\\.xhtml.*"));
    JsonObject status = json(page.request().get("api/recordings/" + uploadKey));
    assertEquals("FINISHED", status.getString("state"));
    assertTrue(status.getInt("chunks") >= 3, "what was recorded before: " + status);
    assertTrue(page.locator("[id='stoppedAt']").innerText().contains("00:0"));
  }

  @Test
  void theChunkApiIsIdempotentAndSaysWhatIsWrong(BrowserExtension.BrowserSession browser)
      throws Exception {
    Page page = browser.page();
    signIn(page, "jonas");
    long id = Ui.registerConversation(page, "1411790987", "OPTAG-2");
    byte[] wav = Files.readAllBytes(speech);
    int third = wav.length / 3;
    byte[][] parts = {
      Arrays.copyOfRange(wav, 0, third),
      Arrays.copyOfRange(wav, third, 2 * third),
      Arrays.copyOfRange(wav, 2 * third, wav.length)
    };

    APIResponse started =
        page.request()
            .post(
                "api/conversations/" + id + "/recordings",
                RequestOptions.create()
                    .setHeader("Content-Type", "application/json")
                    .setData("{\"mediaType\":\"audio/wav\"}"));
    assertEquals(201, started.status(), started.text());
    String key = json(started).getString("uploadKey");

    assertEquals(201, put(page, key, 0, parts[0], sha(parts[0])).status());
    APIResponse again = put(page, key, 0, parts[0], sha(parts[0]));
    assertEquals(200, again.status());
    assertTrue(json(again).getBoolean("duplicate"));

    APIResponse other = put(page, key, 0, parts[1], sha(parts[1]));
    assertEquals(409, other.status());
    assertEquals("CONFLICT", json(other).getString("code"));

    byte[] damaged = parts[2].clone();
    damaged[10] ^= 1;
    APIResponse bad = put(page, key, 2, damaged, sha(parts[2]));
    assertEquals(400, bad.status());
    assertEquals("CHECKSUM_MISMATCH", json(bad).getString("code"));
    assertTrue(json(bad).getString("message").contains("beskadiget"), bad.text());

    APIResponse noSum = put(page, key, 2, parts[2], null);
    assertEquals(400, noSum.status());
    assertEquals("CHECKSUM_MISSING", json(noSum).getString("code"));

    APIResponse gap = put(page, key, 2, parts[2], sha(parts[2]));
    assertEquals(201, gap.status());
    assertEquals(List.of(List.of(1, 1)), ranges(json(gap), "missing"), "gaps as ranges");
    assertEquals(List.of(List.of(0, 0), List.of(2, 2)), ranges(json(gap), "received"));

    APIResponse early = finish(page, key, 2);
    assertEquals(409, early.status());
    assertEquals("INCOMPLETE", json(early).getString("code"));
    assertEquals(List.of(1), ints(json(early), "missing"));
    assertTrue(json(early).getString("message").contains("mangler stadig ét stykke"), early.text());

    Page other2 = browser.newPage();
    Ui.signIn(other2, "mette");
    assertEquals(404, other2.request().get("api/recordings/" + key).status());
    assertEquals(404, put(other2, key, 1, parts[1], sha(parts[1])).status());

    assertEquals(201, put(page, key, 1, parts[1], sha(parts[1])).status());
    APIResponse done = finish(page, key, 2);
    assertEquals(200, done.status(), done.text());
    assertEquals("FINISHED", json(done).getString("state"));
    assertTrue(json(done).getBoolean("transcribing"));
    assertEquals(200, finish(page, key, 2).status(), "a repeated finish is answered the same");
    APIResponse late = put(page, key, 3, parts[0], sha(parts[0]));
    assertEquals(409, late.status());
    assertEquals("CLOSED", json(late).getString("code"));

    page.navigate("samtale.xhtml?id=" + id);
    Ui.awaitState(page, "DRAFT_READY");
    assertArrayEquals(wav, engines.lastAudio(), "the chunks joined are the file, byte for byte");

    // The conversation has its audio now: another recording is refused, in Danish.
    APIResponse refused =
        page.request()
            .post(
                "api/conversations/" + id + "/recordings",
                RequestOptions.create()
                    .setHeader("Content-Type", "application/json")
                    .setData("{}"));
    assertEquals(409, refused.status());
    assertEquals("NOT_NOW", json(refused).getString("code"));
  }

  @Test
  void windowsAreTranscribedWhileTheRecordingArrivesAndOnlyTheLastIsLeftAtTheStop(
      BrowserExtension.BrowserSession browser) throws Exception {
    // 70 s of Danish speech as a dictation device sends it: 16 kHz mono WAV in 3 s chunks. With
    // the standard windows (30 s, 5 s overlap) the windows 0-30 s and 25-55 s are complete before
    // the stop; 50-70 s is all that is left after it.
    Path longWav = dir.resolve("diktat.wav");
    Speech.run(
        "sox",
        speech.toString(),
        "-r",
        "16000",
        "-c",
        "1",
        "-b",
        "16",
        longWav.toString(),
        "repeat",
        "30",
        "trim",
        "0",
        "70");
    byte[] wav = Files.readAllBytes(longWav);
    Page page = browser.page();
    signIn(page, "jonas");
    long id = Ui.registerConversation(page, "1411790987", "OPTAG-4");
    APIResponse started =
        page.request()
            .post(
                "api/conversations/" + id + "/recordings",
                RequestOptions.create()
                    .setHeader("Content-Type", "application/json")
                    .setData("{\"mediaType\":\"audio/wav\"}"));
    assertEquals(201, started.status(), started.text());
    String key = json(started).getString("uploadKey");
    int chunk = 3 * 32_000;
    int seq = 0;
    for (int from = 0; from < wav.length; from += chunk, seq++) {
      byte[] part = Arrays.copyOfRange(wav, from, Math.min(wav.length, from + chunk));
      assertEquals(201, put(page, key, seq, part, sha(part)).status());
      // About as fast as a device on a good line sends a recording it made offline.
      page.waitForTimeout(50);
    }

    // The server says how far it has come; the stop waits for it as a recording of this length
    // would have given it the time.
    long deadline = System.currentTimeMillis() + 60_000;
    while (json(page.request().get("api/recordings/" + key)).getInt("windowsTranscribed") < 2
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(250);
    }
    List<FakeEngines.SpeechCall> whileRecording = engines.speechCalls();
    assertEquals(2, whileRecording.size(), "windows 0-30 s and 25-55 s before the stop");
    for (FakeEngines.SpeechCall call : whileRecording) {
      assertEquals(44 + 30 * 32_000, call.audioBytes(), "a 30 s window as 16 kHz mono WAV");
    }

    assertEquals(200, finish(page, key, seq - 1).status());
    page.navigate("samtale.xhtml?id=" + id);
    Ui.awaitState(page, "DRAFT_READY");
    List<FakeEngines.SpeechCall> all = engines.speechCalls();
    assertEquals(3, all.size(), "after the stop only the last window went to the engine: " + all);
    assertEquals(44 + 20 * 32_000, all.get(2).audioBytes(), "the window 50-70 s");
    assertEquals(
        0,
        json(page.request().get("api/recordings/" + key)).getInt("windowsTranscribed"),
        "the windows are gone once the transcript made of them is stored");
    // The transcript joins the three windows: what the fake heard in each, in recording time.
    List<String> segments = page.locator("li.segment").allInnerTexts();
    assertTrue(
        segments.stream().filter(t -> t.contains("lagerarbejder")).count() >= 3,
        "heard in each of the three windows: " + segments);
  }

  /**
   * Signs in; once more if the first sign-on after the server started timed out fetching the IdP
   * metadata on a loaded build machine (SAML-CFG-01 on the error page), which is not under test.
   */
  private static void signIn(Page page, String user) {
    try {
      Ui.signIn(page, user);
    } catch (com.microsoft.playwright.PlaywrightException e) {
      if (!page.url().contains("login-fejl")) {
        throw e;
      }
      Ui.signIn(page, user);
    }
  }

  private static APIResponse put(Page page, String key, int seq, byte[] body, String sha) {
    RequestOptions options =
        RequestOptions.create().setHeader("Content-Type", "application/octet-stream").setData(body);
    if (sha != null) {
      options.setHeader("X-Content-SHA256", sha);
    }
    return page.request().put("api/recordings/" + key + "/chunks/" + seq, options);
  }

  private static APIResponse finish(Page page, String key, int lastSeq) {
    return page.request()
        .post(
            "api/recordings/" + key + "/finish",
            RequestOptions.create()
                .setHeader("Content-Type", "application/json")
                .setData("{\"lastSeq\":" + lastSeq + "}"));
  }

  private static JsonObject json(APIResponse response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.text()))) {
      return reader.readObject();
    }
  }

  private static List<Integer> ints(JsonObject o, String name) {
    return o.getJsonArray(name).getValuesAs(jakarta.json.JsonNumber.class).stream()
        .map(jakarta.json.JsonNumber::intValue)
        .toList();
  }

  /** An answer's ranges ({@code [{"from":0,"to":3}]}) as [from, to] pairs. */
  private static List<List<Integer>> ranges(JsonObject o, String name) {
    return o.getJsonArray(name).getValuesAs(JsonObject.class).stream()
        .map(r -> List.of(r.getInt("from"), r.getInt("to")))
        .toList();
  }

  private static String sha(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }

  /** Decodes with ffmpeg to 16 kHz mono 16-bit PCM and counts the samples. */
  private static double decodedSeconds(byte[] audio) throws Exception {
    Path file = dir.resolve("modtaget.webm");
    Files.write(file, audio);
    Process p =
        new ProcessBuilder(
                "ffmpeg",
                "-v",
                "error",
                "-i",
                file.toString(),
                "-f",
                "s16le",
                "-ac",
                "1",
                "-ar",
                "16000",
                "-")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    ByteArrayOutputStream pcm = new ByteArrayOutputStream();
    try (InputStream in = p.getInputStream()) {
      in.transferTo(pcm);
    }
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ffmpeg did not finish");
    assertEquals(0, p.exitValue(), "ffmpeg could not decode the recording");
    return pcm.size() / 32000.0;
  }
}
