package dk.samtalenotat.it;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.RequestOptions;
import dk.samtalenotat.bench.support.ServerGauges;
import dk.samtalenotat.bench.support.ServerHeap;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Time from the stop of a recording to the draft ready, on the packaged EAR in the WildFly the
 * build provisions, with fake speech and chat engines of known speed on loopback: once with
 * transcription while recording (only the last window is left at the stop) and once without it (the
 * whole recording goes to the engine at the stop). {@code bench/run-stop-to-draft.sh} runs it; it
 * is not a test and no failsafe execution picks it up.
 *
 * <p>The recording is Danish speech from espeak-ng, repeated to the length asked for, as a 16 kHz
 * mono WAV sent in chunks through the ingest API as a dictation device does. The chunks go as fast
 * as the server takes them; with transcription while recording the stop waits until the engine has
 * had every window complete before it, as it would have during a real recording of that length (the
 * engine is far faster than speech). The stop is {@code POST /api/recordings/{key}/finish}; the
 * draft is ready when the conversation's state is {@code DRAFT_READY}.
 *
 * <p>Arguments: minutes of audio (default 30), the speech engine's milliseconds per minute of audio
 * (default 2000: a GPU whisper server at 30 times real time), chunk seconds (3).
 */
public final class StopToDraftBench {

  private static final String CASEWORKER = "jonas";

  private StopToDraftBench() {}

  /**
   * One run: the stop-to-draft time, what the engine was sent after the stop, and the server's CPU
   * time from the first chunk until the windows before the stop were transcribed.
   */
  private record Run(
      double seconds,
      int callsBeforeStop,
      int callsAfterStop,
      double audioAfter,
      double cpuBeforeStop) {}

  public static void main(String[] args) throws Exception {
    int minutes = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    long engineMsPerMinute = args.length > 1 ? Long.parseLong(args[1]) : 2000;
    int chunkSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Path dir = Files.createTempDirectory("stop-to-draft");
    byte[] wav = speech(dir, minutes);
    System.out.printf(
        "recording: %d min of 16 kHz mono WAV (%.1f MB) in %d s chunks; speech engine %d ms per"
            + " audio minute (%.0f s for the whole recording), chat engine at once%n",
        minutes,
        wav.length / 1e6,
        chunkSeconds,
        engineMsPerMinute,
        minutes * engineMsPerMinute / 1000.0);

    int speechPort = Integer.getInteger("samtalenotat.it.fake-speech-port", 18951);
    int chatPort = Integer.getInteger("samtalenotat.it.fake-chat-port", 18952);
    String base = System.getProperty("samtalenotat.it.base.dir");
    try (FakeEngines engines = new FakeEngines(speechPort, chatPort)) {
      engines.speechSpeed(engineMsPerMinute);
      System.setProperty("samtalenotat.it.env.SAMTALENOTAT_SPEECH_ENGINE", "openai");
      System.setProperty(
          "samtalenotat.it.env.SAMTALENOTAT_SPEECH_OPENAI_URL", "http://127.0.0.1:" + speechPort);
      System.setProperty("samtalenotat.it.env.SAMTALENOTAT_DRAFT_ENGINE", "openai");
      System.setProperty(
          "samtalenotat.it.env.SAMTALENOTAT_DRAFT_OPENAI_URL", "http://127.0.0.1:" + chatPort);
      System.setProperty("samtalenotat.it.env.SAMTALENOTAT_DRAFT_OPENAI_MODEL", "fake-chat");
      System.setProperty("samtalenotat.it.env.SAMTALENOTAT_DEMO_SAMPLES", "false");

      Run live = run(engines, true, wav, chunkSeconds, base + "-live");
      Run whole = run(engines, false, wav, chunkSeconds, base + "-whole");
      System.out.println();
      System.out.println(
          "| transcription | stop to draft ready | engine calls before / after the stop | audio"
              + " sent after the stop | server CPU before the stop |");
      System.out.println("|---|---|---|---|---|");
      print("while recording", live);
      print("after the stop", whole);
      System.out.printf(
          "%nstop to draft %.1f times faster with transcription while recording%n",
          whole.seconds() / live.seconds());
    }
  }

  private static void print(String mode, Run r) {
    System.out.printf(
        "| %s | %.2f s | %d / %d | %.0f s | %.1f s |%n",
        mode,
        r.seconds(),
        r.callsBeforeStop(),
        r.callsAfterStop(),
        r.audioAfter(),
        r.cpuBeforeStop());
  }

  private static Run run(
      FakeEngines engines, boolean live, byte[] wav, int chunkSeconds, String baseDir)
      throws Exception {
    engines.reset();
    System.setProperty(
        "samtalenotat.it.env.SAMTALENOTAT_LIVE_TRANSCRIPTION_ENABLED", Boolean.toString(live));
    System.setProperty("samtalenotat.it.base.dir", baseDir);
    WildFlyServer server = WildFlyServer.fresh();
    ServerGauges gauges =
        new ServerGauges(
            ServerHeap.withNewUser(
                server.configurationDir(), server.managementPort(), "stop-to-draft"));
    server.start();
    try (Playwright playwright = BrowserExtension.playwright()) {
      Page page = BrowserExtension.pageOutsideJUnit(playwright, server, 120_000);
      Ui.signIn(page, CASEWORKER);
      long id = Ui.registerConversation(page, "1411790987", live ? "BENCH-LIVE" : "BENCH-WHOLE");

      APIResponse started =
          page.request()
              .post(
                  "api/conversations/" + id + "/recordings",
                  RequestOptions.create()
                      .setHeader("Content-Type", "application/json")
                      .setData("{\"mediaType\":\"audio/wav\"}"));
      String key = json(started).getString("uploadKey");
      // The server's CPU time while the recording arrives and its windows are transcribed: with
      // the recording decoded once as it arrives, it grows with the recording's length.
      long cpuStart = gauges.processCpuNanos();
      int chunk = chunkSeconds * 32_000;
      int seq = 0;
      for (int from = 0; from < wav.length; from += chunk, seq++) {
        byte[] part = Arrays.copyOfRange(wav, from, Math.min(wav.length, from + chunk));
        APIResponse put =
            page.request()
                .put(
                    "api/recordings/" + key + "/chunks/" + seq,
                    RequestOptions.create()
                        .setHeader("Content-Type", "application/octet-stream")
                        .setHeader("X-Content-SHA256", sha256(part))
                        .setData(part));
        if (put.status() != 201) {
          throw new IllegalStateException("chunk " + seq + ": " + put.status() + " " + put.text());
        }
      }
      long audioMillis = (wav.length - 44L) * 1000 / 32_000;
      int windowsBeforeStop = live ? completeWindows(audioMillis) : 0;
      long waitUntil = System.currentTimeMillis() + TimeUnit.MINUTES.toMillis(30);
      int transcribed;
      while ((transcribed =
              json(page.request().get("api/recordings/" + key)).getInt("windowsTranscribed"))
          < windowsBeforeStop) {
        if (System.currentTimeMillis() > waitUntil) {
          throw new IllegalStateException(
              "only " + transcribed + " of " + windowsBeforeStop + " windows");
        }
        Thread.sleep(200);
      }
      int before = engines.speechCalls().size();
      double cpuBeforeStop = (gauges.processCpuNanos() - cpuStart) / 1e9;

      long stop = System.nanoTime();
      APIResponse finished =
          page.request()
              .post(
                  "api/recordings/" + key + "/finish",
                  RequestOptions.create()
                      .setHeader("Content-Type", "application/json")
                      .setData("{\"lastSeq\":" + (seq - 1) + "}"));
      if (finished.status() != 200) {
        throw new IllegalStateException("finish: " + finished.status() + " " + finished.text());
      }
      while (true) {
        String state =
            json(page.request().get("api/recordings/" + key)).getString("conversationState");
        if ("DRAFT_READY".equals(state)) {
          break;
        }
        if (state.endsWith("_FAILED")) {
          throw new IllegalStateException("conversation " + id + " is " + state);
        }
        Thread.sleep(50);
      }
      double seconds = (System.nanoTime() - stop) / 1e9;
      List<FakeEngines.SpeechCall> after =
          engines.speechCalls().subList(before, engines.speechCalls().size());
      double audioAfter = after.stream().mapToDouble(c -> (c.audioBytes() - 44) / 32_000.0).sum();
      System.out.printf(
          "%s: stop to draft ready %.2f s%n",
          live ? "transcription while recording" : "transcription after the stop", seconds);
      System.out.printf(
          "server CPU from the first chunk to the windows before the stop: %.1f s (%.0f ms per"
              + " audio minute)%n",
          cpuBeforeStop, cpuBeforeStop * 1000 / (audioMillis / 60_000.0));
      return new Run(seconds, before, after.size(), audioAfter, cpuBeforeStop);
    } finally {
      server.stop();
    }
  }

  /** The full windows (30 s, 5 s overlap) of a recording of this length: what is sent before. */
  private static int completeWindows(long millis) {
    return millis < 30_000 ? 0 : (int) ((millis - 30_000) / 25_000) + 1;
  }

  /** Danish speech from espeak-ng, repeated to {@code minutes}, as 16 kHz mono 16-bit WAV. */
  private static byte[] speech(Path dir, int minutes) throws Exception {
    Path raw = dir.resolve("tale.wav");
    exec(
        "espeak-ng",
        "-v",
        "da",
        "-w",
        raw.toString(),
        "Goddag. Vi skal tale om din jobsøgning, om de kurser du gerne vil tage, og om hvornår vi"
            + " ses igen. Du har søgt tre stillinger som lagerarbejder i denne uge.");
    Path out = dir.resolve("samtale.wav");
    exec(
        "sox",
        raw.toString(),
        "-r",
        "16000",
        "-c",
        "1",
        "-b",
        "16",
        out.toString(),
        "repeat",
        String.valueOf(minutes * 12),
        "trim",
        "0",
        String.valueOf(minutes * 60));
    return Files.readAllBytes(out);
  }

  private static void exec(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + ": " + out);
    }
  }

  private static JsonObject json(APIResponse response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.text()))) {
      return reader.readObject();
    }
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
