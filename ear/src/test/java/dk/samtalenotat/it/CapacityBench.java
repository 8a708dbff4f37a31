package dk.samtalenotat.it;

import dk.samtalenotat.bench.support.JfrHotFrames;
import dk.samtalenotat.it.capacity.Browser;
import dk.samtalenotat.it.capacity.Caseworker;
import dk.samtalenotat.it.capacity.FacesForm;
import dk.samtalenotat.it.capacity.Latencies;
import dk.samtalenotat.it.capacity.Material;
import dk.samtalenotat.it.capacity.ServerProfile;
import dk.samtalenotat.it.capacity.ServerWatch;
import dk.samtalenotat.journal.fake.FakeSbsys;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many caseworkers one node carries: the day's mix against the packaged EAR on the WildFly the
 * build provisions, on this machine, over loopback. {@code bench/run-capacity.sh} runs it; it is
 * not a test and no failsafe execution picks it up.
 *
 * <p>Each step signs N recording caseworkers and N/2 reviewers on through the development IdP (a
 * browser's path without JavaScript, {@code SignOn}); the recording caseworkers register a
 * conversation each and then send 3-second WebM/Opus chunks at real-time pace (Danish speech from
 * espeak-ng, encoded once with ffmpeg) for the step's minutes and finish; the reviewers open the
 * list and the review page of a 45-minute conversation, save an edit and approve (one approval each
 * a step, then reviewing and editing another), with a think time between actions. A fake speech
 * engine of known speed transcribes windows while recording, a fake chat engine drafts, and a fake
 * SBSYS takes the approved notes. Every operation's time as its caller waited for it is kept; the
 * server's CPU, heap, threads and database connections in use are sampled through its management
 * interface, with the machine's load average and the load generator's own CPU (both share the
 * machine), and from /proc where the rest of the machine's CPU went: the processes the server
 * started (its ffmpeg decoders and probes), the idle time waiting for the disk, and the server's
 * threads running or waiting for the disk ({@link dk.samtalenotat.it.capacity.ProcCpu}).
 *
 * <p>The step passes when chunk acknowledgement p95 stays under 500 ms and review page p95 under
 * 300 ms, without errors. N doubles after a pass and is halved towards the last pass after a
 * failure, for at most the given number of steps and {@code bench.max-minutes} in all; the answer
 * is the largest N that passed.
 *
 * <p>Arguments: recording caseworkers in the first step (default 20), minutes of load per step (3),
 * steps at most (4). System properties: {@code bench.reviewers-per-recorder} (0.5), {@code
 * bench.think-seconds} (10), {@code bench.engine-ms-per-minute} (2000), {@code bench.chat-ms}
 * (1000), {@code bench.max-users} (400), {@code bench.max-minutes} (120), {@code bench.jfr} (true:
 * a JFR recording of each step's load in {@code bench/target}), {@code bench.ladder} ("25,50,100":
 * exactly these steps in this order, passed or not, instead of doubling and halving), and the ports
 * as the harness's ({@code samtalenotat.it.fake-speech-port}, {@code -chat-port}, {@code
 * -sbsys-port}).
 *
 * <p>{@code bench.nodes=2} loads two nodes of the cluster configuration on Debian's PostgreSQL
 * behind HAProxy with sticky sessions ({@link CapacityInstallation}; ports {@code
 * bench.balancer-port}, {@code bench.balancer-stats-port}, {@code bench.postgres-port}, the nodes'
 * port offsets {@code bench.cluster.port-offset} and 40 above it, 7850 and 7890 by default); the
 * server figures are then both nodes' summed, and each node's are printed beside them. {@code
 * bench.database=postgresql} with one node: that node so, behind the balancer, its database a
 * server of its own as in production, not the embedded H2 inside the node's JVM.
 */
public final class CapacityBench {

  private static final String DATA_SOURCE = "SamtalenotatDS";
  private static final String[] CASEWORKERS = {"mette", "jonas", "aisha"};
  private static final String CPR = "120385-1236";
  private static final String CASE = "27.24.00-G01-17-26";
  private static final int CHUNK_SECONDS = 3;

  /** Over how many seconds the recordings of a step start, and stop (see {@link #step}). */
  private static final int STAGGER_SECONDS =
      Math.max(CHUNK_SECONDS, Integer.getInteger("bench.stagger-seconds", CHUNK_SECONDS));

  private static final double CHUNK_P95_MS = 500;
  private static final double REVIEW_P95_MS = 300;

  private CapacityBench() {}

  /** What one step measured. */
  private record Step(
      int recorders,
      int reviewers,
      Latencies latencies,
      ServerWatch.Summary server,
      String loadBefore,
      String loadAfter,
      int listRows,
      int windowsBeforeStop,
      int windowsComplete,
      boolean passed) {}

  public static void main(String[] args) throws Exception {
    int first = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int minutes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int maxSteps = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    double reviewersPerRecorder =
        Double.parseDouble(System.getProperty("bench.reviewers-per-recorder", "0.5"));
    int maxUsers = Integer.getInteger("bench.max-users", 400);
    Duration budget = Duration.ofMinutes(Integer.getInteger("bench.max-minutes", 120));
    long engineMs = Long.getLong("bench.engine-ms-per-minute", 2000);
    long chatMs = Long.getLong("bench.chat-ms", 1000);
    boolean jfr = Boolean.parseBoolean(System.getProperty("bench.jfr", "true"));
    int nodes = Integer.getInteger("bench.nodes", 1);
    boolean postgresql = "postgresql".equals(System.getProperty("bench.database", "h2"));
    Instant deadline = Instant.now().plus(budget);

    Path dir = Files.createTempDirectory("capacity");
    List<byte[]> chunks = Material.webmChunks(dir, minutes * 60 + 30, CHUNK_SECONDS);
    byte[] transcript = Material.transcript(45);
    System.out.printf(
        "recording: WebM/Opus 32 kbit/s, %d chunks of %d s (%d bytes each); reviewers' transcript:"
            + " 45 min, %d kB; speech engine %d ms per audio minute, chat engine %d ms%n",
        chunks.size(),
        CHUNK_SECONDS,
        chunks.get(1).length,
        transcript.length / 1000,
        engineMs,
        chatMs);

    int speechPort = Integer.getInteger("samtalenotat.it.fake-speech-port", 18961);
    int chatPort = Integer.getInteger("samtalenotat.it.fake-chat-port", 18962);
    int sbsysPort = Integer.getInteger("samtalenotat.it.fake-sbsys-port", 18963);
    configureServer(speechPort, chatPort, sbsysPort);
    try (FakeEngines engines = new FakeEngines(speechPort, chatPort);
        FakeSbsys sbsys = new FakeSbsys(sbsysPort)) {
      engines.speechSpeed(engineMs);
      engines.chatLatency(Duration.ofMillis(chatMs));
      sbsys.addCase(17, CASE, "Jobafklaring", "Aktiv", CPR);

      CapacityInstallation installation =
          CapacityInstallation.start(nodes, postgresql, DATA_SOURCE);
      List<Step> steps = new ArrayList<>();
      try {
        installation.watch(DATA_SOURCE, 5_000);
        System.out.printf(
            "installation: %s, %d node%s, heap max %d MiB each; machine: %d cores, load average"
                + " %s%n",
            installation.baseUri(),
            installation.nodes(),
            (installation.nodes() == 1 ? "" : "s")
                + (postgresql || nodes > 1 ? " behind HAProxy on PostgreSQL" : ""),
            installation.heapMaxMiB(),
            Runtime.getRuntime().availableProcessors(),
            ServerWatch.loadAverages());

        // "25,50,100": these steps in this order whatever each gives, so that a large step runs
        // on a server the smaller ones warmed (the first step also pays the JIT compiler's work).
        String ladderSteps = System.getProperty("bench.ladder", "");
        List<Integer> ladder =
            ladderSteps.isBlank()
                ? List.of()
                : java.util.Arrays.stream(ladderSteps.split(","))
                    .map(String::strip)
                    .map(Integer::valueOf)
                    .toList();
        if (!ladder.isEmpty()) {
          maxSteps = ladder.size();
        }
        int n = ladder.isEmpty() ? first : ladder.get(0);
        int passed = 0;
        int failed = Integer.MAX_VALUE;
        for (int k = 1; k <= maxSteps && Instant.now().isBefore(deadline); k++) {
          int reviewers = Math.max(1, (int) Math.ceil(n * reviewersPerRecorder));
          System.out.printf(
              "%n== step %d: %d recording caseworkers, %d reviewers, %d min%s ==%n",
              k,
              n,
              reviewers,
              minutes,
              STAGGER_SECONDS > CHUNK_SECONDS
                  ? ", recordings starting and stopping over " + STAGGER_SECONDS + " s"
                  : "");
          Step step =
              step(
                  installation,
                  n,
                  reviewers,
                  minutes,
                  chunks,
                  transcript,
                  jfr ? Path.of("bench/target/capacity-step" + k + ".jfr") : null);
          steps.add(step);
          print(step, System.out);
          if (step.passed()) {
            passed = Math.max(passed, n);
          } else {
            failed = Math.min(failed, n);
          }
          if (!ladder.isEmpty()) {
            if (k < ladder.size()) {
              n = ladder.get(k);
            }
            continue;
          }
          int next =
              failed == Integer.MAX_VALUE ? Math.min(maxUsers, n * 2) : (passed + failed) / 2;
          if (next <= passed || next >= failed || next == n) {
            break;
          }
          n = next;
        }
        System.out.printf(
            "%n== capacity of %s on this machine ==%n", nodes == 1 ? "one node" : nodes + " nodes");
        System.out.println(
            "| recording caseworkers | reviewers | chunk ack p95 ms | review page p95 ms | errors"
                + " | server CPU cores (mean) | heap peak MiB | DB connections in use (max) |"
                + " load average | passed |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
        for (Step s : steps) {
          Latencies.Figures chunk = s.latencies().figures("chunk ack");
          Latencies.Figures review = s.latencies().figures("review page");
          System.out.printf(
              Locale.ROOT,
              "| %d | %d | %.0f | %.0f | %d | %.2f | %d | %d | %s | %s |%n",
              s.recorders(),
              s.reviewers(),
              chunk.p95(),
              review.p95(),
              s.latencies().all().values().stream().mapToLong(Latencies.Figures::errors).sum(),
              s.server().serverCoresMean(),
              s.server().heapPeak() / (1024 * 1024),
              s.server().connectionsInUseMax(),
              s.loadBefore() + " / " + s.loadAfter(),
              s.passed() ? "yes" : "no");
        }
        System.out.printf(
            "largest N within chunk ack p95 < %.0f ms and review page p95 < %.0f ms: %s%n",
            CHUNK_P95_MS,
            REVIEW_P95_MS,
            passed == 0
                ? (steps.isEmpty() ? "none of the steps run" : "none of the steps passed")
                : passed
                    + " recording caseworkers with "
                    + (int) Math.ceil(passed * reviewersPerRecorder)
                    + " reviewers");
      } finally {
        installation.close();
      }
    }
  }

  /** The server's settings: the fake engines and case system, the demo's users, no samples. */
  private static void configureServer(int speechPort, int chatPort, int sbsysPort) {
    env("SAMTALENOTAT_DEMO", "true");
    env("SAMTALENOTAT_DEMO_SAMPLES", "false");
    env("SAMTALENOTAT_SPEECH_ENGINE", "openai");
    env("SAMTALENOTAT_SPEECH_OPENAI_URL", "http://127.0.0.1:" + speechPort);
    env("SAMTALENOTAT_SPEECH_OPENAI_READ_TIMEOUT", "PT60S");
    env("SAMTALENOTAT_DRAFT_ENGINE", "openai");
    env("SAMTALENOTAT_DRAFT_OPENAI_URL", "http://127.0.0.1:" + chatPort);
    env("SAMTALENOTAT_DRAFT_OPENAI_MODEL", "fake-chat");
    env("SAMTALENOTAT_LIVE_TRANSCRIPTION_ENABLED", "true");
    // Every simulated caseworker signs on from the same loopback address, as behind a proxy that
    // does not forward theirs: the per-address sign-on limit (100 at once, 10 a second) would
    // refuse
    // a step of 150 sign-ons with SAML-REJ-26, so it is raised here as the README says for a proxy.
    env("SAMTALENOTAT_SAML_SIGN_ON_BURST", "2000");
    env("SAMTALENOTAT_SAML_SIGN_ON_RATE", "200");
    String tenant = "SAMTALENOTAT_JOURNAL_TENANT_11111111_";
    env(tenant + "SYSTEM", "sbsys");
    env(tenant + "URL", "http://127.0.0.1:" + sbsysPort + "/");
    env(tenant + "CLIENT_ID", FakeSbsys.CLIENT);
    env(tenant + "CLIENT_SECRET", FakeSbsys.SECRET);
    env(tenant + "USERNAME", FakeSbsys.USER);
    env(tenant + "PASSWORD", FakeSbsys.PASSWORD);
    // The provisioned heap (standalone.conf's default); deep stacks for JFR; a deployment on a
    // loaded machine may take longer than WildFly's default five minutes.
    if (System.getProperty("samtalenotat.it.env.JAVA_OPTS") == null) {
      env(
          "JAVA_OPTS",
          "-Xms64m -Xmx"
              + System.getProperty("bench.server-heap", "512m")
              + " -Djava.net.preferIPv4Stack=true -Djboss.modules.system.pkgs=org.jboss.byteman"
              + " -Djava.awt.headless=true -Djboss.as.management.blocking.timeout=1800"
              + " -XX:FlightRecorderOptions:stackdepth=512");
    }
  }

  private static void env(String name, String value) {
    System.setProperty("samtalenotat.it.env." + name, value);
  }

  private static Step step(
      CapacityInstallation installation,
      int recorders,
      int reviewers,
      int minutes,
      List<byte[]> chunks,
      byte[] transcript,
      Path jfr)
      throws Exception {
    // One table for the step: the set-up's sign-ons, registrations and imports, then the load.
    Latencies load = new Latencies();
    int users = recorders + reviewers;
    ExecutorService setupPool = Executors.newFixedThreadPool(8);
    List<Caseworker> recording = new ArrayList<>();
    List<Caseworker> reviewing = new ArrayList<>();
    for (int i = 0; i < users; i++) {
      Caseworker c = new Caseworker(new Browser(installation.baseUri()), load, CASEWORKERS[i % 3]);
      (i < recorders ? recording : reviewing).add(c);
    }
    // Set-up (not the load measured): sign-on, the recorders' conversations, and two
    // conversations with a 45-minute transcript drafted for each reviewer.
    Instant setupStart = Instant.now();
    long[] recorderConversation = new long[recorders];
    long[][] reviewerConversations = new long[reviewers][2];
    List<Future<?>> work = new ArrayList<>();
    for (int i = 0; i < recorders; i++) {
      int r = i;
      work.add(
          setupPool.submit(
              () -> {
                Caseworker c = recording.get(r);
                c.signOn();
                recorderConversation[r] = c.register(CPR, CASE);
                return null;
              }));
    }
    for (int i = 0; i < reviewers; i++) {
      int r = i;
      work.add(
          setupPool.submit(
              () -> {
                Caseworker c = reviewing.get(r);
                c.signOn();
                for (int j = 0; j < 2; j++) {
                  reviewerConversations[r][j] = c.register(CPR, CASE);
                  c.importTranscript(reviewerConversations[r][j], "samtale.vtt", transcript);
                }
                return null;
              }));
    }
    try {
      for (Future<?> f : work) {
        f.get(30, TimeUnit.MINUTES);
      }
    } finally {
      // A failed set-up ends the benchmark: no set-up thread may keep it alive.
      setupPool.shutdownNow();
    }
    for (int i = 0; i < reviewers; i++) {
      for (long id : reviewerConversations[i]) {
        awaitDraft(reviewing.get(i), id);
      }
    }
    System.out.printf(
        "set-up %d s: %d sign-ons, %d conversations, %d 45-minute drafts%n",
        Duration.between(setupStart, Instant.now()).toSeconds(),
        users,
        recorders + 2 * reviewers,
        2 * reviewers);

    List<ServerProfile> profiles = jfr == null ? List.of() : installation.profiles();
    for (ServerProfile profile : profiles) {
      profile.start("capacity");
    }
    String loadBefore = ServerWatch.loadAverages();
    long loadStart = System.nanoTime();
    long end = loadStart + TimeUnit.MINUTES.toNanos(minutes);
    AtomicInteger windows = new AtomicInteger();
    AtomicInteger complete = new AtomicInteger();
    AtomicInteger listRows = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    List<Finished> finished = java.util.Collections.synchronizedList(new ArrayList<>());
    // By default the recordings start spread over one chunk interval and all stop at the step's
    // end: the worst case, every start and every finish in one burst. With bench.stagger-seconds
    // above it, starts are spread over that many seconds and so are the stops, each recording as
    // long as the others, as a day's conversations begin and end at different moments.
    long stagger = TimeUnit.SECONDS.toNanos(STAGGER_SECONDS);
    boolean staggered = STAGGER_SECONDS > CHUNK_SECONDS;
    for (int i = 0; i < recorders; i++) {
      Caseworker c = recording.get(i);
      long id = recorderConversation[i];
      long offset = stagger / recorders * i;
      long start = loadStart + offset;
      long stop = staggered ? end - stagger + offset : end;
      threads.add(
          started(
              "recorder-" + i,
              () -> record(c, id, start, stop, chunks, windows, complete, finished)));
    }
    for (int i = 0; i < reviewers; i++) {
      Caseworker c = reviewing.get(i);
      long[] pool = reviewerConversations[i];
      Random random = new Random(i);
      threads.add(started("reviewer-" + i, () -> review(c, pool, end, random, listRows)));
    }
    for (Thread t : threads) {
      t.join();
    }
    long loadEnd = System.nanoTime();
    String loadAfter = ServerWatch.loadAverages();
    List<Path> recordings = new ArrayList<>();
    for (int i = 0; i < profiles.size(); i++) {
      Path file =
          profiles.size() == 1
              ? jfr
              : Path.of(jfr.toString().replace(".jfr", "-node" + (i + 1) + ".jfr"));
      profiles.get(i).stop("capacity", file);
      recordings.add(file);
    }
    ServerWatch.Summary summary = installation.between(loadStart, loadEnd);
    List<ServerWatch.Summary> perNode = installation.eachBetween(loadStart, loadEnd);

    // After the stop: every recording to its draft, as the caseworkers wait for it.
    stopToDraft(finished, load);
    for (Caseworker c : recording) {
      c.signOut();
    }
    for (Caseworker c : reviewing) {
      c.signOut();
    }
    for (Path profileFile : recordings) {
      if (Files.exists(profileFile)) {
        for (String op : List.of("RecordingResource.chunk", "ConversationView.load")) {
          JfrHotFrames.print(JfrHotFrames.summarise(profileFile, op), 15, System.out);
        }
        System.out.println("JFR recording of the load: " + profileFile);
      }
    }
    if (perNode.size() > 1) {
      for (int i = 0; i < perNode.size(); i++) {
        System.out.printf(
            Locale.ROOT,
            "node%d: %.2f cores mean, heap peak %d MiB, DB connections in use max %d%n",
            i + 1,
            perNode.get(i).serverCoresMean(),
            perNode.get(i).heapPeak() / (1024 * 1024),
            perNode.get(i).connectionsInUseMax());
      }
    }
    Latencies.Figures chunk = load.figures("chunk ack");
    Latencies.Figures reviewPage = load.figures("review page");
    boolean passed =
        chunk.count() > 0
            && reviewPage.count() > 0
            && chunk.errors() == 0
            && reviewPage.errors() == 0
            && chunk.p95() < CHUNK_P95_MS
            && reviewPage.p95() < REVIEW_P95_MS;
    return new Step(
        recorders,
        reviewers,
        load,
        summary,
        loadBefore,
        loadAfter,
        listRows.get(),
        windows.get(),
        complete.get(),
        passed);
  }

  /** A recording finished at a moment, to time until its draft is ready. */
  private record Finished(Caseworker caseworker, String uploadKey, long atNanos) {}

  private static Thread started(String name, Runnable work) {
    Thread t = new Thread(work, name);
    t.start();
    return t;
  }

  /** A recording caseworker: chunks at real-time pace until the end, then the stop. */
  private static void record(
      Caseworker c,
      long id,
      long start,
      long end,
      List<byte[]> chunks,
      AtomicInteger windows,
      AtomicInteger complete,
      List<Finished> finished) {
    try {
      sleepUntil(start);
      String key = c.startUpload(id);
      int seq = 0;
      for (; seq < chunks.size(); seq++) {
        long due = start + TimeUnit.SECONDS.toNanos((long) CHUNK_SECONDS * (seq + 1));
        if (due > end) {
          break;
        }
        // The recorder hands a chunk over when its 3 seconds are recorded; a late answer makes
        // the next one go at once, as the screen's queue does.
        sleepUntil(due);
        try {
          c.sendChunk(key, seq, chunks.get(seq));
        } catch (Caseworker.StepFailed e) {
          // The screen keeps the chunk and sends it again.
          c.sendChunk(key, seq, chunks.get(seq));
        }
      }
      windows.addAndGet(c.windowsTranscribed(key));
      // Windows of 30 s with 5 s overlap whose audio was all sent before the stop.
      long sent = (long) seq * CHUNK_SECONDS * 1000;
      complete.addAndGet(sent < 30_000 ? 0 : (int) ((sent - 30_000) / 25_000) + 1);
      c.finish(key, seq - 1);
      finished.add(new Finished(c, key, System.nanoTime()));
    } catch (Caseworker.StepFailed e) {
      // Counted as the operation's error.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A reviewer: list, review page, an edit, approval of the first draft; then the second. */
  private static void review(
      Caseworker c, long[] pool, long end, Random random, AtomicInteger listRows) {
    double think = Double.parseDouble(System.getProperty("bench.think-seconds", "10"));
    int current = 0;
    int edits = 0;
    try {
      sleepUntil(System.nanoTime() + (long) (random.nextDouble() * think * 1e9));
      while (System.nanoTime() < end) {
        listRows.accumulateAndGet(c.openList(), Math::max);
        if (!thinkUntil(random, think, end)) {
          return;
        }
        FacesForm draft = c.openReview(pool[current]);
        if (!thinkUntil(random, think, end)) {
          return;
        }
        draft =
            c.saveEdit(
                draft, "Borgeren var godt forberedt til samtalen." + " ".repeat(edits++ % 2));
        if (current == 0) {
          if (!thinkUntil(random, think, end)) {
            return;
          }
          c.approve(c.confirmFlags(draft));
          current = 1;
        }
        if (!thinkUntil(random, think, end)) {
          return;
        }
      }
    } catch (Caseworker.StepFailed e) {
      // Counted as the operation's error; the reviewer stops here.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean thinkUntil(Random random, double think, long end)
      throws InterruptedException {
    long until = System.nanoTime() + (long) ((0.5 + random.nextDouble()) * think * 1e9);
    if (until >= end) {
      return false;
    }
    sleepUntil(until);
    return true;
  }

  /** Waits until each finished recording's conversation has its draft; times finish to draft. */
  private static void stopToDraft(List<Finished> finished, Latencies load)
      throws InterruptedException {
    String op = "finish to draft ready";
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    List<Finished> waiting = new ArrayList<>(finished);
    while (!waiting.isEmpty() && System.nanoTime() < deadline) {
      for (java.util.Iterator<Finished> it = waiting.iterator(); it.hasNext(); ) {
        Finished f = it.next();
        String state;
        try {
          state = f.caseworker().uploadState(f.uploadKey());
        } catch (java.io.IOException e) {
          continue;
        }
        if ("DRAFT_READY".equals(state)) {
          load.ok(op, System.nanoTime() - f.atNanos());
          it.remove();
        } else if (state.endsWith("_FAILED")) {
          load.failed(op, state);
          it.remove();
        }
      }
      Thread.sleep(1_000);
    }
    for (Finished f : waiting) {
      load.failed(op, "no draft 10 minutes after the load");
    }
  }

  private static void awaitDraft(Caseworker c, long id) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
    while (System.nanoTime() < deadline) {
      String state = c.stateOf(id);
      if ("DRAFT_READY".equals(state)) {
        return;
      }
      if (state.endsWith("_FAILED")) {
        throw new IllegalStateException("set-up conversation " + id + " is " + state);
      }
      Thread.sleep(2_000);
    }
    throw new IllegalStateException("set-up conversation " + id + " has no draft after 15 min");
  }

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    long wait = nanoTime - System.nanoTime();
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
  }

  private static void print(Step s, PrintStream out) {
    out.printf(
        "load average before %s, after %s; server over the load: %.2f cores mean, %.2f max (of"
            + " %d); load generator %.2f cores; heap peak %d of %d MiB; threads max %d; DB"
            + " connections in use mean %.1f, max %d (pool max used %d, waits %d); list rows %d;"
            + " windows transcribed while recording %d of the %d complete before the stop%n",
        s.loadBefore(),
        s.loadAfter(),
        s.server().serverCoresMean(),
        s.server().serverCoresMax(),
        Runtime.getRuntime().availableProcessors(),
        s.server().generatorCoresMean(),
        s.server().heapPeak() / (1024 * 1024),
        s.server().heapMax() / (1024 * 1024),
        s.server().threadsMax(),
        s.server().connectionsInUseMean(),
        s.server().connectionsInUseMax(),
        s.server().connectionsMaxUsed(),
        s.server().connectionWaits(),
        s.listRows(),
        s.windowsBeforeStop(),
        s.windowsComplete());
    out.printf(
        Locale.ROOT,
        "where the machine's CPU went (cores, mean): machine busy %.2f, server JVM %.2f, processes"
            + " the server started (ffmpeg) %.2f, load generator %.2f, the rest %.2f; idle waiting"
            + " for the disk %.2f; server threads running or ready %.1f, waiting for the disk"
            + " %.1f%n",
        s.server().machineBusyCoresMean(),
        s.server().serverCoresMean(),
        s.server().childrenCoresMean(),
        s.server().generatorCoresMean(),
        s.server().machineBusyCoresMean()
            - s.server().serverCoresMean()
            - s.server().childrenCoresMean()
            - s.server().generatorCoresMean(),
        s.server().machineIowaitCoresMean(),
        s.server().threadsRunningMean(),
        s.server().threadsOnDiskMean());
    s.latencies().print(out);
    out.println(s.passed() ? "targets met" : "targets not met");
  }
}
