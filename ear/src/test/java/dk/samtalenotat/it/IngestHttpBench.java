package dk.samtalenotat.it;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dk.samtalenotat.bench.support.MachineLimits;
import dk.samtalenotat.bench.support.PcmRecording;
import dk.samtalenotat.bench.support.ServerGauges;
import dk.samtalenotat.bench.support.ServerHeap;
import dk.samtalenotat.it.capacity.ServerProfile;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Ingest of one long recording through the HTTP API of the packaged EAR on the WildFly the build
 * provisioned, against the machine's own limits measured in the same run on the same bytes
 * (AES-256-GCM alone, writing to disk alone), with the server's heap read through its management
 * interface while the recording grows. {@code bench/run-ingest-http.sh} runs it; it is not a test
 * and no failsafe execution picks it up.
 *
 * <p>A caseworker signs on through the development IdP in Debian's chromium and registers two
 * conversations on the screen; the session cookie then goes to {@link HttpClient}. The first
 * conversation takes a short recording to warm the server up (thrown away); the second the whole
 * recording: a 16-bit mono PCM WAV, chunk 0 with the header, each chunk sent once with {@code PUT
 * /api/recordings/{key}/chunks/{seq}} and its {@code X-Content-SHA256}, then {@code finish}. The
 * chunk phase and the finish (the join into the conversation's encrypted recording) are timed
 * apart. The server runs without a speech engine, so the finish stores the recording and queues
 * nothing.
 *
 * <p>Arguments: minutes of audio (default 60), chunk seconds (3), bytes per second (32000: 16 kHz
 * 16-bit mono, the heaviest a device sends), heap sample every so many chunks (10). System
 * properties as failsafe sets them for the ITs ({@code samtalenotat.it.*}).
 */
public final class IngestHttpBench {

  private static final long DEFAULT_UPLOAD_MAX_BYTES = 524_288_000L;
  private static final String UPLOAD_MAX_ENV = "samtalenotat.it.env.SAMTALENOTAT_UPLOAD_MAX_BYTES";
  private static final String CASEWORKER = "jonas";
  private static final int WARM_UP_CHUNKS = 300;
  private static final double MB = 1e6;
  private static final double MIB = 1024.0 * 1024.0;

  private IngestHttpBench() {}

  public static void main(String[] args) throws Exception {
    int minutes = argument(args, 0, 60);
    int chunkSeconds = argument(args, 1, 3);
    int bytesPerSecond = argument(args, 2, 32000);
    int sampleEvery = argument(args, 3, 10);
    PcmRecording recording = new PcmRecording(minutes, chunkSeconds, bytesPerSecond, 20261129L);
    int n = recording.chunkCount();
    // Made before anything is timed: the client's own work is not the server's throughput.
    byte[][] chunks = new byte[n][];
    String[] sums = new String[n];
    for (int seq = 0; seq < n; seq++) {
      chunks[seq] = recording.chunk(seq);
      sums[seq] = PcmRecording.sha256(chunks[seq]);
    }
    System.out.printf(
        "recording: %d min of %d Hz 16-bit mono WAV, %d chunks of %d s (%d bytes), %.1f MB%n",
        minutes,
        recording.sampleRate(),
        n,
        chunkSeconds,
        recording.chunkPcmBytes(),
        recording.fileBytes() / MB);

    // The server must take the whole recording, and must not try to transcribe it.
    long uploadMax = Math.max(DEFAULT_UPLOAD_MAX_BYTES, recording.fileBytes());
    System.setProperty(UPLOAD_MAX_ENV, Long.toString(uploadMax));
    System.setProperty("samtalenotat.it.env.SAMTALENOTAT_SPEECH_ENGINE", "none");
    WildFlyServer server = WildFlyServer.fresh();

    String loadBefore = loadAverage();
    MachineLimits.warmUpAesGcm(seq -> chunks[seq], Math.min(n, 300), 20);
    Path scratch = server.dataDir().resolveSibling("disk-limit");
    double[] limitsBefore = limits(chunks, scratch);

    ServerHeap heap =
        ServerHeap.withNewUser(server.configurationDir(), server.managementPort(), "ingest-bench");
    ServerGauges gauges = new ServerGauges(heap);
    server.start();
    try {
      Session session = signOnAndRegister(server);
      Api api = new Api(server.baseUri(), session.cookies());

      int warm = Math.min(n, WARM_UP_CHUNKS);
      String warmKey = api.start(session.warmUpConversation());
      for (int seq = 0; seq < warm; seq++) {
        api.put(warmKey, seq, chunks[seq], sums[seq]);
      }
      if (warm == n) {
        // The first chunks of a longer recording are a WAV cut short, which the finish refuses
        // (AUDIO_WAV_LENGTH_MISMATCH): that warm-up upload is left unfinished.
        api.finish(warmKey, warm - 1);
      }
      ServerHeap.Usage before = heap.afterGc();

      String key = api.start(session.conversation());
      // -Dbench.jfr=<file>: a JFR recording of the server over the chunks (not the finish).
      String jfr = System.getProperty("bench.jfr", "");
      ServerProfile profile =
          jfr.isEmpty()
              ? null
              : ServerProfile.of(Path.of(System.getProperty("samtalenotat.it.base.dir")))
                  .orElse(null);
      if (profile != null) {
        profile.start("ingest");
      }
      long[] afterGc = new long[5];
      long peak = before.used();
      int samples = 0;
      long sent = 0;
      long sampling = 0;
      long[] putNanos = new long[n];
      // The server's CPU time over the chunks, less what the heap readings and collections cost.
      long cpuSampling = 0;
      long cpuStart = gauges.processCpuNanos();
      // Per quarter too: on a loaded machine the JIT compiles the path late, so the last quarters
      // show the steady cost.
      double[] cpuQuarter = new double[4];
      long cpuQuarterStart = cpuStart;
      long samplingQuarter = 0;
      int quarterStartSeq = 0;
      long start = System.nanoTime();
      for (int seq = 0; seq < n; seq++) {
        long put = System.nanoTime();
        api.put(key, seq, chunks[seq], sums[seq]);
        putNanos[seq] = System.nanoTime() - put;
        sent += chunks[seq].length;
        int quarter = quarterEndingAt(seq + 1, n);
        if ((seq + 1) % sampleEvery == 0 || quarter > 0) {
          // The readings and collections are not the intake's time.
          long t = System.nanoTime();
          long cpu = gauges.processCpuNanos();
          if (quarter > 0) {
            cpuQuarter[quarter - 1] =
                (cpu - cpuQuarterStart - samplingQuarter) / 1e6 / (seq + 1 - quarterStartSeq);
            quarterStartSeq = seq + 1;
            samplingQuarter = 0;
          }
          peak = Math.max(peak, heap.usage().used());
          samples++;
          if (quarter > 0 && quarter < 4) {
            afterGc[quarter - 1] = heap.afterGc().used();
          }
          long after = gauges.processCpuNanos();
          cpuSampling += after - cpu;
          if (quarter > 0) {
            cpuQuarterStart = after;
          } else {
            samplingQuarter += after - cpu;
          }
          sampling += System.nanoTime() - t;
        }
      }
      double chunkTime = (System.nanoTime() - start - sampling) / 1e9;
      double cpuPerChunkMillis = (gauges.processCpuNanos() - cpuStart - cpuSampling) / 1e6 / n;
      if (profile != null) {
        profile.stop("ingest", Path.of(jfr));
      }
      afterGc[3] = heap.afterGc().used();

      HeapWatch watch = new HeapWatch(heap);
      watch.start();
      long finishStart = System.nanoTime();
      JsonObject finished = api.finish(key, n - 1);
      double finishTime = (System.nanoTime() - finishStart) / 1e9;
      watch.stopAndJoin();
      afterGc[4] = heap.afterGc().used();
      if (!"FINISHED".equals(finished.getString("state"))
          || finished.getJsonNumber("bytes").longValue() != recording.fileBytes()
          || finished.getBoolean("transcribing")) {
        throw new IllegalStateException("the upload did not finish as sent: " + finished);
      }

      // Again with the server idle: on a shared machine the load changes during a run.
      double[] limitsAfter = limits(chunks, scratch);
      String loadAfter = loadAverage();
      double gcm = Math.max(limitsBefore[0], limitsAfter[0]);
      double disk = Math.max(limitsBefore[1], limitsAfter[1]);
      double chunkRate = sent / MB / chunkTime;
      double limit = Math.min(gcm, disk);
      // Whether a PUT costs more as the upload holds more chunks: the first and the last hundred.
      int tail = Math.min(100, n);
      double firstMedian = median(java.util.Arrays.copyOfRange(putNanos, 0, tail)) / 1e6;
      double lastMedian = median(java.util.Arrays.copyOfRange(putNanos, n - tail, n)) / 1e6;
      java.util.Arrays.sort(putNanos);
      System.out.printf(
          "server: %s, heap max %.0f MiB (the provisioned standalone.conf's -Xmx),"
              + " samtalenotat.upload.max-bytes=%d (set by the bench), speech engine none%n",
          server.baseUri(), before.max() / MIB, uploadMax);
      System.out.printf("load average before: %s; after: %s%n", loadBefore, loadAfter);
      System.out.printf("%-58s %9s%n", "", "MB/s");
      System.out.printf(
          "%-58s %9.1f  (before the server %.1f, after %.1f)%n",
          "AES-256-GCM alone (same bytes, client JVM)", gcm, limitsBefore[0], limitsAfter[0]);
      System.out.printf(
          "%-58s %9.1f  (before the server %.1f, after %.1f)%n",
          "disk write alone (same bytes, fsync)", disk, limitsBefore[1], limitsAfter[1]);
      System.out.printf(
          "%-58s %9.1f  (%.0f %% of the slower limit; %.1f s)%n",
          "API chunks (PUT, SHA-256, encrypt, store; " + n + " requests)",
          chunkRate,
          100 * chunkRate / limit,
          chunkTime);
      System.out.printf(
          "%-58s %9s  (median %.1f ms, 90th percentile %.1f ms, slowest %.1f ms;"
              + " median of the first %d %.1f ms, of the last %d %.1f ms)%n",
          "  one PUT, as the client waits for it",
          "",
          putNanos[n / 2] / 1e6,
          putNanos[Math.min(n - 1, (int) Math.ceil(n * 0.9) - 1)] / 1e6,
          putNanos[n - 1] / 1e6,
          tail,
          firstMedian,
          tail,
          lastMedian);
      System.out.printf(
          "%-58s %9s  (%.2f ms of the server process's CPU time per PUT, all threads; by"
              + " quarter %.2f, %.2f, %.2f, %.2f ms)%n",
          "  server CPU per chunk",
          "",
          cpuPerChunkMillis,
          cpuQuarter[0],
          cpuQuarter[1],
          cpuQuarter[2],
          cpuQuarter[3]);
      System.out.printf(
          "%-58s %9.1f  (%.1f s)%n",
          "API finish (join: decrypt chunks, encrypt recording)",
          recording.fileBytes() / MB / finishTime,
          finishTime);
      System.out.printf(
          "server heap used after a GC: before %.1f; at 1/4 %.1f, 1/2 %.1f, 3/4 %.1f, end of"
              + " chunks %.1f; after finish %.1f MiB%n",
          before.used() / MIB,
          afterGc[0] / MIB,
          afterGc[1] / MIB,
          afterGc[2] / MIB,
          afterGc[3] / MIB,
          afterGc[4] / MIB);
      System.out.printf(
          "server heap peak (garbage included): %.1f MiB over %d samples during the chunks"
              + " (every %d), %.1f MiB over %d samples during the finish%n",
          peak / MIB, samples, sampleEvery, watch.peak() / MIB, watch.samples());
    } finally {
      server.stop();
    }
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** AES-256-GCM and disk MB/s on the recording's chunks. */
  private static double[] limits(byte[][] chunks, Path scratch) throws Exception {
    return new double[] {
      MachineLimits.aesGcm(seq -> chunks[seq], chunks.length),
      MachineLimits.disk(scratch, seq -> chunks[seq], chunks.length)
    };
  }

  /** The 1, 5 and 15 minute load averages, to read the figures of a shared machine by. */
  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** 1 to 4 when {@code done} chunks of {@code n} complete that quarter, else 0. */
  static int quarterEndingAt(int done, int n) {
    for (int q = 1; q <= 4; q++) {
      if (done == Math.max(1, (int) ((long) n * q / 4))) {
        return q;
      }
    }
    return 0;
  }

  /** The caseworker's session cookies and the two conversations registered for the run. */
  private record Session(String cookies, long warmUpConversation, long conversation) {}

  /** As a person does it: sign on through the development IdP, register on the screen. */
  private static Session signOnAndRegister(WildFlyServer server) {
    try (Playwright playwright = BrowserExtension.playwright()) {
      Page page = BrowserExtension.pageOutsideJUnit(playwright, server, 60_000);
      Ui.signIn(page, CASEWORKER);
      long warmUp = Ui.registerConversation(page, "1411790987", "BENCH-OPVARMNING");
      long measured = Ui.registerConversation(page, "1411790987", "BENCH-OPTAGELSE");
      String cookies =
          page.context().cookies().stream()
              .map(c -> c.name + "=" + c.value)
              .collect(Collectors.joining("; "));
      return new Session(cookies, warmUp, measured);
    }
  }

  /** The intake API as a dictation device calls it, with the signed-on session's cookies. */
  private static final class Api {

    private final URI base;
    private final String cookies;
    private final HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    Api(URI base, String cookies) {
      this.base = base;
      this.cookies = cookies;
    }

    String start(long conversation) throws IOException, InterruptedException {
      return send(
              "POST",
              "api/conversations/" + conversation + "/recordings",
              "application/json",
              "{\"mediaType\":\"audio/wav\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
              null,
              201)
          .getString("uploadKey");
    }

    void put(String key, int seq, byte[] chunk, String sha256)
        throws IOException, InterruptedException {
      send(
          "PUT",
          "api/recordings/" + key + "/chunks/" + seq,
          "application/octet-stream",
          chunk,
          sha256,
          201);
    }

    JsonObject finish(String key, int lastSeq) throws IOException, InterruptedException {
      return send(
          "POST",
          "api/recordings/" + key + "/finish",
          "application/json",
          ("{\"lastSeq\":" + lastSeq + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8),
          null,
          200);
    }

    private JsonObject send(
        String method, String path, String type, byte[] body, String sha256, int expected)
        throws IOException, InterruptedException {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(base.resolve(path))
              .timeout(Duration.ofMinutes(10))
              .header("Cookie", cookies)
              .header("Content-Type", type)
              .header("Accept", "application/json")
              .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
      if (sha256 != null) {
        request.header("X-Content-SHA256", sha256);
      }
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != expected) {
        throw new IllegalStateException(
            method + " " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
        return reader.readObject();
      }
    }
  }

  /** Reads the server's heap every quarter of a second while the finish runs. */
  private static final class HeapWatch extends Thread {

    private final ServerHeap heap;
    private final AtomicLong peak = new AtomicLong();
    private volatile int samples;
    private volatile boolean running = true;
    private volatile Exception failure;

    HeapWatch(ServerHeap heap) {
      super("heap-watch");
      this.heap = heap;
      setDaemon(true);
    }

    @Override
    public void run() {
      try {
        while (running) {
          peak.accumulateAndGet(heap.usage().used(), Math::max);
          samples++;
          Thread.sleep(250);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (Exception e) {
        failure = e;
      }
    }

    void stopAndJoin() throws Exception {
      running = false;
      join();
      if (failure != null) {
        throw failure;
      }
    }

    long peak() {
      return peak.get();
    }

    int samples() {
      return samples;
    }
  }

  private static int argument(String[] args, int index, int fallback) {
    return args.length > index && !args[index].isBlank()
        ? Integer.parseInt(args[index].strip())
        : fallback;
  }
}
