package dk.samtalenotat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import dk.samtalenotat.journal.fake.FakeSbsys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application as a cluster, black-box: two WildFly nodes on the cluster configuration ({@code
 * standalone-full-ha-pg.xml}: JGroups over TCP on loopback, sessions replicated through Infinispan,
 * EJB timers in the database), one PostgreSQL server from Debian's packages and HAProxy in front
 * with readiness checks and sticky sessions, the speech and draft engines faked on loopback as
 * OpenAI-compatible servers ({@link FakeEngines}) and SBSYS faked ({@link FakeSbsys}).
 *
 * <p>A caseworker signs in through the balancer, imports a transcript (its draft hangs at the draft
 * engine, held by the node that took the job) and, in another tab, records a second conversation in
 * Chromium (a fake microphone playing espeak-ng's Danish). The node that serves her and holds the
 * drafting job is killed with SIGKILL. The recording goes on against the survivor and becomes a
 * draft there; the killed node's job is taken over by the survivor once its lease ran out and
 * drafts once; she approves on her open page without signing in again, and the note reaches SBSYS
 * once. The killed node's readiness is gone and the balancer sends nothing to it; the retention
 * sweep ran once per tick across both nodes; the node is started again and rejoins the cluster and
 * the balancer.
 */
@EnabledIfSystemProperty(named = "samtalenotat.it.cluster.port-offset-1", matches = ".+")
class ClusterIT {

  private static final String CPR = "120385-1236";
  private static final String CASE = "27.24.00-G01-17-26";
  private static final Duration WAIT = Duration.ofMinutes(4);
  private static final Pattern LOG_TIME =
      Pattern.compile("^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3}) ");
  private static final DateTimeFormatter LOG_TIME_FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");
  private static final String SWEEP = "retention sweep started";
  private static final Pattern TWO_MEMBER_VIEW =
      // "joined cluster 'ejb' with view: [node2|1] (2) [node2, node1]" when a node joins, and
      // "Received new cluster view for channel ejb: [node2|3] (2) [...]" when another does.
      Pattern.compile("view(?: for channel \\S+)?: \\[[^\\]]*\\] \\(2\\)");

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  private static DebianPostgres postgres;
  private static FakeSbsys sbsys;
  private static FakeEngines engines;
  private static Path microphone;
  private static HaProxy balancer;
  private static final Map<String, WildFlyServer> nodes = new HashMap<>();

  @BeforeAll
  static void startCluster() throws Exception {
    Path target = Path.of(System.getProperty("samtalenotat.it.cluster.dir", "target/it-cluster"));
    int[] offsets = {
      Integer.getInteger("samtalenotat.it.cluster.port-offset-1"),
      Integer.getInteger("samtalenotat.it.cluster.port-offset-2")
    };
    int balancerPort = Integer.getInteger("samtalenotat.it.cluster.balancer.port");
    postgres =
        DebianPostgres.start(
            target.resolve("postgres"), Integer.getInteger("samtalenotat.it.cluster.pg.port"));
    sbsys = new FakeSbsys(Integer.getInteger("samtalenotat.it.fake-sbsys-port"));
    sbsys.addCase(17, CASE, "Jobafklaring", "Aktiv", CPR);
    engines = FakeEngines.fromSystemProperties();

    Path shared = target.resolve("shared");
    Files.createDirectories(shared);
    microphone =
        Speech.microphone(
            shared,
            "Goddag. Jeg har søgt tre stillinger som lagerarbejder, og jeg vil gerne tage et kursus.");
    Map<String, String> environment =
        ClusterNodes.environment(postgres, offsets, balancerPort, shared);

    List<HaProxy.Node> backends = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      String name = "node" + (i + 1);
      WildFlyServer node = ClusterNodes.node(target, name, offsets[i], environment);
      nodes.put(name, node);
      backends.add(new HaProxy.Node(name, 8080 + offsets[i], node.managementPort()));
    }
    // One after the other, as the README asks for a new database: the first start creates the
    // demo's tenants, and two first starts at once would both insert them (TenantBootstrap).
    nodes.get("node1").start();
    nodes.get("node2").start();
    balancer =
        HaProxy.start(
            target.resolve("haproxy"),
            balancerPort,
            Integer.getInteger("samtalenotat.it.cluster.balancer.stats.port"),
            backends);
    await("both nodes UP in the balancer", () -> upIn(balancer, "node1", "node2"));
  }

  @AfterAll
  static void stopCluster() {
    if (balancer != null) {
      balancer.close();
    }
    for (WildFlyServer node : nodes.values()) {
      try {
        node.stop();
      } catch (RuntimeException e) {
        node.kill();
      }
    }
    if (sbsys != null) {
      sbsys.close();
    }
    if (engines != null) {
      engines.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void theCaseworkerGoesOnWhenHerNodeDiesAndItsJobsCompleteOnceOnTheSurvivor(@TempDir Path dir)
      throws Exception {
    Instant clusterUp = Instant.now();
    // The first draft request hangs: the node that sends it holds the drafting job when it dies.
    engines.scriptChat(FakeEngines.Answer.delayed(Duration.ofMinutes(5)));
    try (Playwright playwright = BrowserExtension.playwright()) {
      Page page =
          BrowserExtension.pageOutsideJUnit(
              playwright,
              balancer.baseUri(),
              60_000,
              List.of(
                  "--use-fake-ui-for-media-stream",
                  "--use-fake-device-for-media-stream",
                  "--use-file-for-fake-audio-capture=" + microphone));
      page.onDialog(d -> d.accept());
      Ui.signIn(page, "jonas");
      long imported = Ui.registerConversation(page, CPR, CASE);
      Path transcript = dir.resolve("samtale.txt");
      Files.writeString(
          transcript,
          """
          Sagsbehandler: Velkommen. I dag skal vi tale om din jobsøgning.
          Borger: Jeg har søgt tre stillinger som lagerarbejder i denne uge.
          Sagsbehandler: Vi aftaler, at du søger fire stillinger om ugen.
          Sagsbehandler: Næste møde er torsdag den 12. marts klokken 10.
          """);
      Ui.importTranscript(page, transcript);
      assertTrue(engines.awaitChatRequest(Duration.ofMinutes(2)), "drafting never started");
      String served = nodeCookie(page);
      assertTrue(nodes.containsKey(served), "the balancer's cookie names a node: " + served);
      // The lease names the node and its start ("node1/<start id>").
      String holder = String.valueOf(jobHolder(imported));
      assertTrue(holder.startsWith(served + "/"), "the node serving her holds the job: " + holder);
      String survivor = served.equals("node1") ? "node2" : "node1";

      // A second conversation, recorded in another tab of the same session, through the same node.
      Page recorder = page.context().newPage();
      recorder.onDialog(d -> d.accept());
      long recorded = Ui.registerConversation(recorder, CPR, CASE);
      recorder.locator("[id='openRecorder']").click();
      recorder.waitForURL(Pattern.compile(".*optagelse\\.xhtml.*"));
      // One-second chunks, so that several reach each node.
      recorder.navigate("optagelse.xhtml?id=" + recorded + "&timeslice=1000");
      recorder.locator("#rec-start:enabled").click();
      recorder.waitForFunction("() => document.getElementById('recorder').dataset.uploadKey");
      awaitSent(recorder, 3);
      assertEquals(served, nodeCookie(recorder), "the recording goes to the same node");

      WildFlyServer killed = nodes.get(served);
      long pid = killed.javaPid();
      Instant killedAt = Instant.now();
      ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
      killed.kill();
      int sentBefore = sent(recorder);

      await("the balancer takes " + served + " out", () -> isDown(balancer, served));
      assertFalse(ready(killed), served + " still answers readiness");
      for (int i = 0; i < 4; i++) {
        assertEquals(survivor, balancer.nodeOfNewRequest(), "a new visitor goes to the survivor");
      }

      // The recording goes on against the survivor, and its stop makes a draft there.
      awaitSent(recorder, sentBefore + 3);
      recorder.evaluate("() => document.getElementById('rec-stop').click()");
      recorder.waitForFunction(
          "() => document.getElementById('recorder').dataset.finished === 'true'");
      recorder.waitForURL(Pattern.compile(".*samtale\\.xhtml.*"));
      Ui.awaitState(recorder, "DRAFT_READY");
      assertTrue(
          recorder.url().contains("samtale.xhtml?id=" + recorded),
          "the recording's page, not a sign-in: " + recorder.url());

      // The imported conversation's job, which died with its node, is taken by the survivor when
      // its lease runs out; the page she had open follows (its poll now reaches the survivor).
      Ui.awaitState(page, "DRAFT_READY");
      assertTrue(
          page.url().contains("samtale.xhtml"),
          "still in the application, not sent to sign in: " + page.url());
      assertEquals(survivor, nodeCookie(page), "now served by the survivor");
      assertEquals(1, draftVersions(imported), "one draft of the interrupted job, not two");
      assertEquals(
          3, engines.chatCalls().size(), "the interrupted draft once more, and the recording's");

      int creates = sbsys.createRequests();
      Ui.confirmFlags(page);
      Ui.submitConfirmed(page, "draftForm:approve");
      if (Ui.messages(page).contains("Siden blev vist igen")) {
        // Her node died a moment after its last change of the session was written to her, before
        // it reached the survivor: the page is shown again, nothing done, and she approves again.
        Ui.submitConfirmed(page, "draftForm:approve");
      }
      // The cluster's sweep runs every 20 s with no grace after the receipt: a journalised one can
      // be
      // CLOSED before the page is read again.
      Ui.awaitState(page, "JOURNALISED", "CLOSED");
      assertEquals(String.valueOf(imported), String.valueOf(Ui.conversationId(page)));
      assertEquals(1, sbsys.notes().size(), "exactly one note in SBSYS");
      assertEquals(creates + 1, sbsys.createRequests(), "one create, not one per node");

      // Both nodes ran the sweep's timer; the database store let one run each tick.
      List<Instant> sweeps = new ArrayList<>(sweeps(nodes.get(survivor)));
      sweeps.addAll(sweeps(killed));
      // Each sweep belongs to the tick (every 20 s) it started in or just after.
      Map<Long, List<Instant>> perTick =
          sweeps.stream()
              .filter(t -> t.isAfter(clusterUp) && t.isBefore(killedAt))
              .collect(Collectors.groupingBy(t -> t.getEpochSecond() / 20));
      perTick.forEach((tick, runs) -> assertEquals(1, runs.size(), "sweeps of one tick: " + runs));

      // The killed node comes back and rejoins the cluster and the balancer.
      long viewsBefore = matches(killed.serverLog(), TWO_MEMBER_VIEW);
      killed.start();
      await(
          served + " sees a cluster of two again",
          () -> matches(killed.serverLog(), TWO_MEMBER_VIEW) > viewsBefore);
      await("the balancer takes " + served + " back", () -> upIn(balancer, "node1", "node2"));
      await(
          "new visitors reach " + served + " again",
          () -> served.equals(balancer.nodeOfNewRequest()));
      assertTrue(
          sweeps(nodes.get("node1")).size() + sweeps(nodes.get("node2")).size() >= 2,
          "the retention sweep ran on the cluster");
    } catch (AssertionError | RuntimeException e) {
      throw new AssertionError(e.getMessage() + "\n" + diagnostics(), e);
    }
  }

  /** Chunks the recorder has had acknowledged (its own count). */
  private static int sent(Page recorder) {
    String sent = recorder.locator("#upload-counts").getAttribute("data-sent");
    return sent == null || sent.isEmpty() ? 0 : Integer.parseInt(sent);
  }

  private static void awaitSent(Page recorder, int chunks) {
    recorder.waitForFunction(
        "n => Number(document.getElementById('upload-counts').dataset.sent || 0) >= n",
        chunks,
        new Page.WaitForFunctionOptions().setTimeout(WAIT.toMillis()));
  }

  /** The node whose lease the conversation's pipeline job is under (V105), from the database. */
  private static String jobHolder(long conversation) throws SQLException {
    try (Connection c = postgres.connect();
        PreparedStatement s =
            c.prepareStatement("SELECT job_holder FROM conversation WHERE id = ?")) {
      s.setLong(1, conversation);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  private static int draftVersions(long conversation) throws SQLException {
    try (Connection c = postgres.connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT COUNT(*) FROM draft_version v JOIN draft d ON d.id = v.draft_id"
                    + " WHERE d.conversation_id = ?")) {
      s.setLong(1, conversation);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  private static String nodeCookie(Page page) {
    return page.context().cookies().stream()
        .filter(c -> c.name.equals(HaProxy.COOKIE))
        .map((Cookie c) -> c.value)
        .findFirst()
        .orElse("");
  }

  private static boolean upIn(HaProxy balancer, String... names) {
    Map<String, String> status = balancer.status();
    return Stream.of(names).allMatch(n -> status.getOrDefault(n, "").startsWith("UP"));
  }

  private static boolean isDown(HaProxy balancer, String name) {
    return balancer.status().getOrDefault(name, "").startsWith("DOWN");
  }

  /** Whether the node's readiness answers 200 (a killed node does not answer at all). */
  private static boolean ready(WildFlyServer node) {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + node.managementPort() + "/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** When the node's log says a retention sweep started (server time, this machine's zone). */
  private static List<Instant> sweeps(WildFlyServer node) {
    List<Instant> times = new ArrayList<>();
    for (String line : lines(node.serverLog())) {
      Matcher m = LOG_TIME.matcher(line);
      if (line.contains(SWEEP) && m.find()) {
        times.add(
            LocalDateTime.parse(m.group(1), LOG_TIME_FORMAT)
                .atZone(java.time.ZoneId.systemDefault())
                .toInstant());
      }
    }
    return times;
  }

  private static long matches(Path log, Pattern pattern) {
    return lines(log).stream().filter(l -> pattern.matcher(l).find()).count();
  }

  private static List<String> lines(Path log) {
    try {
      return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void await(String what, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(WAIT);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        fail("not within " + WAIT + ": " + what);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static String diagnostics() {
    StringBuilder out = new StringBuilder();
    nodes.forEach(
        (name, node) ->
            out.append("--- ")
                .append(name)
                .append(' ')
                .append(node.serverLog())
                .append(" ---\n")
                .append(node.serverLogTail(40))
                .append('\n'));
    if (balancer != null) {
      out.append("--- balancer ---\n").append(balancer.status()).append('\n');
    }
    return out.toString();
  }
}
