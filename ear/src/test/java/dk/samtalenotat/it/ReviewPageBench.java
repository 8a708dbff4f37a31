package dk.samtalenotat.it;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Load time of the review page (samtale.xhtml: transcript beside the draft) for a 60-minute
 * conversation, on the packaged EAR on the WildFly the build provisioned. {@code
 * bench/run-review-page.sh} runs it; it is not a test and no failsafe execution picks it up.
 *
 * <p>A caseworker signs on through the development IdP in Debian's chromium, registers a
 * conversation, imports a WebVTT transcript of the given length (a cue every few seconds,
 * caseworker and citizen in turn) and waits for the draft. Then the page is fetched as a returning
 * caseworker fetches it: with the session's cookies, {@code GET samtale.xhtml?id=…}, timed until
 * the last byte of the HTML (the server's part: access check and log, decryption of transcript and
 * draft, rendering); warm-up requests first, thrown away. Second, in the browser, navigation to the
 * page until its load event (HTML, scripts, styles and the page's own start-up), fewer times. The
 * target is a 95th percentile under 300 ms for the server's part.
 *
 * <p>Arguments: minutes of transcript (default 60), timed requests (200), browser loads (30).
 * System properties as failsafe sets them for the ITs ({@code samtalenotat.it.*}).
 */
public final class ReviewPageBench {

  private static final String CASEWORKER = "jonas";
  private static final int WARM_UP = 30;
  private static final double TARGET_P95_MILLIS = 300;

  private static final List<String> CASEWORKER_LINES =
      List.of(
          "Hvordan er det gået med jobsøgningen siden sidst?",
          "Har du fået svar fra nogen af de virksomheder, du skrev til?",
          "Vi aftaler, at du søger mindst to stillinger om ugen.",
          "Hvordan har du det med at starte i praktik på lageret?",
          "Jeg noterer, at du har været til samtale hos vognmanden.");
  private static final List<String> CITIZEN_LINES =
      List.of(
          "Jeg har søgt tre stillinger som lagerarbejder i denne måned.",
          "Jeg fik et afslag fra den ene, de andre har ikke svaret endnu.",
          "Det passer mig fint, jeg kan cykle derud om morgenen.",
          "Min ryg har det bedre, men jeg kan ikke løfte tungt hele dagen.",
          "Jeg vil gerne have hjælp til at skrive en bedre ansøgning.");

  private ReviewPageBench() {}

  public static void main(String[] args) throws Exception {
    int minutes = argument(args, 0, 60);
    int requests = argument(args, 1, 200);
    int browserLoads = argument(args, 2, 30);
    String vtt = transcript(minutes);
    System.out.printf(
        "transcript: %d min, %d cues, %d characters%n",
        minutes, vtt.split("\n\n").length - 1, vtt.length());

    WildFlyServer server = WildFlyServer.fresh();
    server.start();
    Path dir = Files.createTempDirectory("review-bench");
    try (Playwright playwright = BrowserExtension.playwright()) {
      Page page = BrowserExtension.pageOutsideJUnit(playwright, server, 120_000);
      Ui.signIn(page, CASEWORKER);
      long id = Ui.registerConversation(page, "1411790987", "BENCH-GENNEMGANG");
      Path file = Files.writeString(dir.resolve("samtale.vtt"), vtt);
      long importStart = System.nanoTime();
      Ui.importTranscript(page, file);
      Ui.awaitState(page, "DRAFT_READY");
      System.out.printf(
          "import and draft of the transcript: %.1f s%n", (System.nanoTime() - importStart) / 1e9);
      String cookies =
          page.context().cookies().stream()
              .map(c -> c.name + "=" + c.value)
              .collect(Collectors.joining("; "));
      URI uri = server.baseUri().resolve("samtale.xhtml?id=" + id);

      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(5))
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .timeout(Duration.ofMinutes(1))
              .header("Cookie", cookies)
              .header("Accept", "text/html")
              .header("Accept-Language", "da-DK")
              .GET()
              .build();
      int bytes = 0;
      for (int i = 0; i < WARM_UP; i++) {
        bytes = fetch(http, request).length();
      }
      String html = fetch(http, request);
      if (!html.contains("lagerarbejder") || !html.contains("draftForm")) {
        throw new IllegalStateException("the page shows no transcript or draft: " + uri);
      }
      ProcessHandle serverJvm = ProcessHandle.of(server.javaPid()).orElseThrow();
      System.out.printf(
          "server JVM pid %d (for jcmd), load average %s%n", serverJvm.pid(), loadAverage());
      long[] nanos = new long[requests];
      Duration cpuStart = cpuTime(serverJvm);
      for (int i = 0; i < requests; i++) {
        long start = System.nanoTime();
        fetch(http, request);
        nanos[i] = System.nanoTime() - start;
      }
      double cpuPerRequestMillis = cpuTime(serverJvm).minus(cpuStart).toNanos() / 1e6 / requests;
      Arrays.sort(nanos);

      double[] loads = new double[browserLoads];
      for (int i = 0; i < browserLoads; i++) {
        page.navigate("samtale.xhtml?id=" + id);
        loads[i] =
            ((Number)
                    page.evaluate(
                        "() => { const n = performance.getEntriesByType('navigation')[0];"
                            + " return n.loadEventEnd - n.startTime; }"))
                .doubleValue();
      }
      Arrays.sort(loads);

      System.out.printf("server: %s, load average %s%n", server.baseUri(), loadAverage());
      System.out.printf(
          "review page, server (GET until the last byte, %d requests after %d warm-up,"
              + " %d KB of HTML): p50 %.1f ms, p95 %.1f ms, slowest %.1f ms;"
              + " target p95 < %.0f ms: %s%n",
          requests,
          WARM_UP,
          bytes / 1024,
          percentile(nanos, 0.50) / 1e6,
          percentile(nanos, 0.95) / 1e6,
          nanos[requests - 1] / 1e6,
          TARGET_P95_MILLIS,
          percentile(nanos, 0.95) / 1e6 < TARGET_P95_MILLIS ? "met" : "NOT met");
      System.out.printf(
          "review page, server CPU per request (the server process, all threads): %.1f ms%n",
          cpuPerRequestMillis);
      if (browserLoads > 0) {
        System.out.printf(
            "review page, browser (navigation until the load event, %d loads):"
                + " p50 %.1f ms, p95 %.1f ms%n",
            browserLoads,
            loads[(int) Math.ceil(browserLoads * 0.50) - 1],
            loads[(int) Math.ceil(browserLoads * 0.95) - 1]);
      }
    } finally {
      server.stop();
    }
  }

  /**
   * The server JVM's CPU time, all threads: a figure a shared machine's load moves less than the
   * wall time.
   */
  private static Duration cpuTime(ProcessHandle process) {
    return process
        .info()
        .totalCpuDuration()
        .orElseThrow(() -> new IllegalStateException("the server's CPU time is not readable"));
  }

  /** The nearest-rank p-quantile of sorted values. */
  private static long percentile(long[] sorted, double p) {
    return sorted[Math.max(0, (int) Math.ceil(sorted.length * p) - 1)];
  }

  private static String fetch(HttpClient http, HttpRequest request)
      throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "GET " + request.uri() + " answered " + response.statusCode());
    }
    return response.body();
  }

  /** A Teams-style WebVTT transcript: a cue every 6 seconds, caseworker and citizen in turn. */
  static String transcript(int minutes) {
    StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
    int cues = minutes * 10;
    for (int i = 0; i < cues; i++) {
      boolean caseworker = i % 2 == 0;
      List<String> lines = caseworker ? CASEWORKER_LINES : CITIZEN_LINES;
      String text = lines.get((i / 2) % lines.size());
      vtt.append("bench/")
          .append(i)
          .append("-0\n")
          .append(time(i * 6_000L + 500))
          .append(" --> ")
          .append(time(i * 6_000L + 5_500))
          .append("\n<v ")
          .append(caseworker ? "Sagsbehandler" : "Borger")
          .append('>')
          .append(text)
          .append("</v>\n\n");
    }
    return vtt.toString();
  }

  private static String time(long millis) {
    return String.format(
        "%02d:%02d:%02d.%03d",
        millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60, millis % 1000);
  }

  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static int argument(String[] args, int index, int fallback) {
    return args.length > index && !args[index].isBlank()
        ? Integer.parseInt(args[index].strip())
        : fallback;
  }
}
