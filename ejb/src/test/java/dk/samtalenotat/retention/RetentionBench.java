package dk.samtalenotat.retention;

import dk.samtalenotat.audio.AudioStore;
import dk.samtalenotat.crypto.TestKeys;
import dk.samtalenotat.persistence.TestDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * How fast retention destroys expired conversations, and the heap the sweep needs: registers N
 * conversations that each hold audio, a transcript, a draft and two participants, lets 31 days
 * pass, and times one sweep as {@link RetentionService} runs it (batches of 50, each its own
 * transaction sized within the time budget, evidence written); then the sweep that purges their
 * rows once the grace period is over. Not a unit test; {@code bench/run-retention.sh} runs it:
 *
 * <pre>bench/run-retention.sh [h2|postgresql|both] [conversations] [batch size] [batch time]</pre>
 */
public final class RetentionBench {

  private static final int SETUP_PER_TRANSACTION = 250;

  /** As the server's default, {@code samtalenotat.retention.batch-size}. */
  private static final int BATCH_SIZE = 50;

  /** As the server's default, {@code samtalenotat.retention.batch-time}. */
  private static final String BATCH_TIME = "PT0.05S";

  private RetentionBench() {}

  public static void main(String[] args) throws Exception {
    String which = args.length > 0 ? args[0] : "both";
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int batchSize = args.length > 2 ? Integer.parseInt(args[2]) : BATCH_SIZE;
    Duration batchTime = Duration.parse(args.length > 3 ? args[3] : BATCH_TIME);
    // Hibernate, Flyway and the shredder's per-object lines would drown the figures.
    Logger.getLogger("").setLevel(Level.WARNING);
    Logger.getLogger("org.hibernate").setLevel(Level.WARNING);
    Logger.getLogger("dk.samtalenotat").setLevel(Level.WARNING);
    Path work = Files.createTempDirectory("retention-bench");
    if (which.equals("h2") || which.equals("both")) {
      Path dir = work.resolve("h2");
      run(
          "H2 (file)",
          TestDatabase.h2(
              "jdbc:h2:file:"
                  + dir.resolve("db")
                  + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1"),
          dir,
          count,
          batchSize,
          batchTime);
    }
    if (which.equals("postgresql") || which.equals("both")) {
      Path dir = work.resolve("pg");
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true);
      if (Boolean.getBoolean("bench.pg.log")) {
        // Every statement with its duration, to count a batch's round trips and see where its
        // time goes: bench/target/pg-log/.
        Path logs = Path.of("bench/target/pg-log").toAbsolutePath();
        Files.createDirectories(logs);
        builder
            .setServerConfig("logging_collector", "on")
            .setServerConfig("log_directory", logs.toString())
            .setServerConfig("log_min_duration_statement", "0");
      }
      try (EmbeddedPostgres pg = builder.start()) {
        run("PostgreSQL (embedded)", pg.getPostgresDatabase(), dir, count, batchSize, batchTime);
      }
    }
  }

  private static void run(
      String name, DataSource raw, Path dir, int count, int batchSize, Duration batchTime)
      throws Exception {
    TestKeys kek = new TestKeys();
    AudioStore audio = new AudioStore(dir.resolve("audio"), 10_000_000);
    // Pooled, as the server's connections are: the sweep's batches and the probes' saves.
    try (ReusedConnections ds = new ReusedConnections(raw);
        TestDatabase db = new TestDatabase(ds)) {
      RetentionFixture fixture = new RetentionFixture(db, kek, audio);
      fixture.batchTime(batchTime);
      byte[] wav = ShreddingProofTest.wav();
      RetentionFixture.Content content =
          new RetentionFixture.Content(
              wav,
              List.of(
                  "Jeg har søgt tre stillinger hos Vestas i Hammel",
                  "Godt, så aftaler vi et nyt møde om fire uger."),
              "Borgeren har søgt tre stillinger hos Vestas.",
              null,
              false);
      Instant setupStart = Instant.now();
      for (int done = 0; done < count; done += SETUP_PER_TRANSACTION) {
        int n = Math.min(SETUP_PER_TRANSACTION, count - done);
        db.run(
            em -> {
              for (int i = 0; i < n; i++) {
                fixture.drafted(em, "0703851234", content, "Mette Sørensen", "Ditte Brøndsted");
              }
            });
      }
      // A conversation the sweep does not expire (approved): a caseworker saving it should not
      // wait for the sweep at all.
      long held =
          db.inTransaction(
              em -> {
                var c = fixture.live(em, "0703851234", RetentionFixture.Content.sample(true));
                em.flush();
                return c.getId();
              });
      Duration setup = Duration.between(setupStart, Instant.now());
      System.out.printf(
          Locale.ROOT, "%s: %d conversations set up in %d s%n", name, count, setup.toSeconds());

      System.gc();
      long baseline = heapUsed();
      List<MemoryPoolMXBean> heapPools =
          ManagementFactory.getMemoryPoolMXBeans().stream()
              .filter(p -> p.getType() == MemoryType.HEAP)
              .toList();
      heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
      AtomicLong sampledPeak = new AtomicLong(baseline);
      Thread sampler =
          new Thread(
              () -> {
                while (!Thread.currentThread().isInterrupted()) {
                  sampledPeak.accumulateAndGet(heapUsed(), Math::max);
                  try {
                    Thread.sleep(5);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "heap-sampler");
      sampler.setDaemon(true);
      sampler.start();

      LockProbe swept =
          new LockProbe(
              "caseworker saving the conversation the sweep is at",
              ds,
              fixture.tenantId(),
              LockProbe.sweptNow(fixture.tenantId()));
      LockProbe notSwept =
          new LockProbe(
              "caseworker saving a conversation the sweep leaves",
              ds,
              fixture.tenantId(),
              LockProbe.fixed(held));
      long threadCpu = ProcessCpu.thisThread();
      long pgCpu = ProcessCpu.postgres(dir);
      Instant start = Instant.now();
      // The longest grace period keeps the rows: this sweep is the same work as before rows were
      // purged, and is timed alone.
      Instant day31 = Instant.now().plus(Duration.ofDays(31));
      Map<RetentionRule, Integer> destroyed =
          fixture.sweep(new RetentionCaps(30, "P90D").caps(), day31, batchSize);
      Duration took = Duration.between(start, Instant.now());
      long sweepCpu = ProcessCpu.thisThread() - threadCpu;
      long pgAfter = ProcessCpu.postgres(dir);
      swept.close();
      notSwept.close();
      sampler.interrupt();
      // A conversation the probe held at the moment of a claim is skipped; when that was the last
      // batch, the next sweep takes it, as the timer's next run would.
      int skipped = count - destroyed.getOrDefault(RetentionRule.EXPIRED_UNAPPROVED, 0);
      if (skipped > 0) {
        System.out.printf(
            Locale.ROOT,
            "%s: %d conversations held by the probe at their claim, expired by the next sweep%n",
            name,
            skipped);
        fixture
            .sweep(new RetentionCaps(30, "P90D").caps(), day31, batchSize)
            .forEach((rule, n) -> destroyed.merge(rule, n, Integer::sum));
      }
      List<RetentionFixture.Timed> batches = fixture.batches();
      long poolPeaks = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();

      int expired = destroyed.getOrDefault(RetentionRule.EXPIRED_UNAPPROVED, 0);
      if (expired != count) {
        throw new IllegalStateException("expected " + count + " expired, got " + destroyed);
      }
      double seconds = took.toMillis() / 1000.0;
      System.out.printf(
          Locale.ROOT,
          "%s: destroyed %d expired conversations (%d objects) in batches of at most %d in %.1f s"
              + " = %.0f conversations/s;"
              + " heap before sweep %d MiB, sampled peak during sweep %d MiB,"
              + " sum of heap pool peaks %d MiB (max heap %d MiB); longest batch transaction"
              + " (the longest a row stayed locked) %d ms%n",
          name,
          expired,
          count * 3,
          batchSize,
          seconds,
          expired / seconds,
          baseline >> 20,
          sampledPeak.get() >> 20,
          poolPeaks >> 20,
          Runtime.getRuntime().maxMemory() >> 20,
          fixture.longestBatch().toMillis());
      double sweepMs = sweepCpu / 1e6 / expired;
      if (pgCpu >= 0 && pgAfter >= 0) {
        double pgMs = (pgAfter - pgCpu) / 1e6 / expired;
        System.out.printf(
            Locale.ROOT,
            "%s: CPU per conversation: the sweeping thread %.2f ms, PostgreSQL's processes %.2f ms"
                + " (the probes' saves and autovacuum included); one core doing both at this cost:"
                + " %.0f conversations/s%n",
            name,
            sweepMs,
            pgMs,
            1000 / (sweepMs + pgMs));
      } else {
        System.out.printf(
            Locale.ROOT,
            "%s: CPU per conversation: the sweeping thread %.2f ms (the database's in the same"
                + " process, included)%n",
            name,
            sweepMs);
      }
      System.out.printf(Locale.ROOT, "%s: %s%n", name, batchSummary(batches, batchTime));
      System.out.printf(Locale.ROOT, "%s: %s%n", name, swept.summary());
      System.out.printf(Locale.ROOT, "%s: %s%n", name, notSwept.summary());

      // The rows of the expired conversations, once their grace period is over.
      fixture.forgetBatches();
      Instant purgeStart = Instant.now();
      Map<RetentionRule, Integer> purged =
          fixture.sweep(
              new RetentionCaps(30, "P0D").caps(), day31.plus(Duration.ofMinutes(1)), batchSize);
      double purgeSeconds = Duration.between(purgeStart, Instant.now()).toMillis() / 1000.0;
      int rows = purged.getOrDefault(RetentionRule.CONVERSATION_PURGED, 0);
      // At least the expired ones; the approved conversation of the probe may go too (note cap).
      if (rows < count) {
        throw new IllegalStateException("expected " + count + " purged, got " + purged);
      }
      System.out.printf(
          Locale.ROOT,
          "%s: purged %d conversation rows (each with its participants and the metadata rows of"
              + " its destroyed content) in %.1f s = %.0f conversations/s; expiry and purge"
              + " together %.0f conversations/s%n",
          name,
          rows,
          purgeSeconds,
          rows / purgeSeconds,
          rows / (seconds + purgeSeconds));
      System.out.printf(
          Locale.ROOT, "%s: purge %s%n", name, batchSummary(fixture.batches(), batchTime));
    }
  }

  /**
   * The batches' sizes and durations: how many, how many over the budget, the first (cold) batch,
   * median, p99 and longest; and the sizes the sizer chose.
   */
  static String batchSummary(List<RetentionFixture.Timed> batches, Duration budget) {
    if (batches.isEmpty()) {
      return "no batches";
    }
    long[] ms = batches.stream().mapToLong(b -> b.nanos() / 1_000_000).sorted().toArray();
    int[] sizes = batches.stream().mapToInt(RetentionFixture.Timed::found).sorted().toArray();
    long over = batches.stream().filter(b -> b.nanos() > budget.toNanos()).count();
    RetentionFixture.Timed first = batches.get(0);
    RetentionFixture.Timed longest =
        batches.stream()
            .max(java.util.Comparator.comparingLong(RetentionFixture.Timed::nanos))
            .orElseThrow();
    return String.format(
        Locale.ROOT,
        "%d batches (budget %d ms, %d over it); first batch %d objects in %d ms; duration median"
            + " %d / p99 %d / max %d ms (the longest: batch %d, %d objects); objects per batch"
            + " median %d, min %d, max %d",
        batches.size(),
        budget.toMillis(),
        over,
        first.found(),
        first.nanos() / 1_000_000,
        ms[ms.length / 2],
        ms[Math.min(ms.length - 1, (int) Math.ceil(ms.length * 0.99) - 1)],
        ms[ms.length - 1],
        batches.indexOf(longest) + 1,
        longest.found(),
        sizes[sizes.length / 2],
        sizes[0],
        sizes[sizes.length - 1]);
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
