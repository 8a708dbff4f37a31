package dk.samtalenotat.audit;

import dk.samtalenotat.persistence.TestDatabase;
import dk.samtalenotat.tenant.Tenant;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The access log export at the scale of a large municipality: inserts N entries (default 5 million)
 * spread over a year, in JDBC batches, then exports the year to CSV through the code the server
 * runs ({@link AccessLogSelection#stream} and {@link AccessLogCsv}), writing the bytes to a
 * counting sink as a network would take them. Reports rows per second and the heap: sampled peak
 * use, and the largest heap left after a garbage collection (the live set), which is what stays
 * flat. Not a unit test; {@code bench/run-access-log-export.sh} runs it with a small fixed heap:
 *
 * <pre>bench/run-access-log-export.sh [h2|postgresql|both] [entries]</pre>
 */
public final class AccessLogExportBench {

  private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");
  private static final int CHUNK = 100_000;

  private AccessLogExportBench() {}

  public static void main(String[] args) throws Exception {
    String which = args.length > 0 ? args[0] : "both";
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 5_000_000;
    Logger.getLogger("").setLevel(Level.WARNING);
    Logger.getLogger("org.hibernate").setLevel(Level.WARNING);
    Path work = Files.createTempDirectory("access-log-bench");
    if (which.equals("h2") || which.equals("both")) {
      Path dir = work.resolve("h2");
      run(
          "H2 (file)",
          TestDatabase.h2("jdbc:h2:file:" + dir.resolve("db") + ";LOCK_TIMEOUT=10000"),
          count);
    }
    if (which.equals("postgresql") || which.equals("both")) {
      Path dir = work.resolve("pg");
      try (EmbeddedPostgres pg =
          EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start()) {
        run("PostgreSQL (embedded)", pg.getPostgresDatabase(), count);
      }
    }
    // Gigabytes of generated log: not left behind in the temporary folder.
    try (var files = Files.walk(work)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static void run(String name, DataSource ds, int count) throws SQLException {
    try (TestDatabase db = new TestDatabase(ds)) {
      Tenant tenant =
          db.inTransaction(
              em -> {
                Tenant t = new Tenant("11111111", "Bench Kommune");
                em.persist(t);
                return t;
              });
      LocalDate firstDay = LocalDate.of(2025, 1, 1);
      Instant from = firstDay.atStartOfDay(DENMARK).toInstant();
      Instant to = firstDay.plusYears(1).atStartOfDay(DENMARK).toInstant();
      Instant setupStart = Instant.now();
      insert(ds, tenant.getId(), count, from, to);
      System.out.printf(
          Locale.ROOT,
          "%s: %d access log entries over %s..%s inserted in %d s%n",
          name,
          count,
          firstDay,
          firstDay.plusYears(1).minusDays(1),
          Duration.between(setupStart, Instant.now()).toSeconds());

      AccessLogQuery year = new AccessLogQuery(from, to, null, null, null);
      System.gc();
      long baseline = heapUsed();
      List<MemoryPoolMXBean> pools =
          ManagementFactory.getMemoryPoolMXBeans().stream()
              .filter(p -> p.getType() == MemoryType.HEAP)
              .toList();
      pools.forEach(MemoryPoolMXBean::resetPeakUsage);
      AtomicLong sampledPeak = new AtomicLong(baseline);
      AtomicLong liveAfterGc = new AtomicLong();
      Thread sampler =
          new Thread(
              () -> {
                while (!Thread.currentThread().isInterrupted()) {
                  sampledPeak.accumulateAndGet(heapUsed(), Math::max);
                  long afterGc =
                      pools.stream()
                          .map(MemoryPoolMXBean::getCollectionUsage)
                          .filter(u -> u != null)
                          .mapToLong(MemoryUsage::getUsed)
                          .sum();
                  liveAfterGc.accumulateAndGet(afterGc, Math::max);
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

      CountingSink bytes = new CountingSink();
      java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long cpuStart = threads.getCurrentThreadCpuTime();
      Instant start = Instant.now();
      long rows =
          db.inTransaction(
              em -> {
                try (Writer w =
                    new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
                  w.write(AccessLogCsv.HEADER + "\r\n");
                  long n = export(em, tenant, year, w);
                  w.flush();
                  return n;
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      Duration took = Duration.between(start, Instant.now());
      double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      sampler.interrupt();
      if (rows != count) {
        throw new IllegalStateException("exported " + rows + " of " + count);
      }
      double seconds = took.toMillis() / 1000.0;
      System.out.printf(
          Locale.ROOT,
          "%s: exported %d entries (%d MiB of CSV) in %.1f s = %.0f rows/s"
              + " (%.0f rows per CPU second of the exporting thread; load average %.1f);"
              + " heap before %d MiB, sampled peak %d MiB, largest heap after a GC %d MiB"
              + " (max heap %d MiB)%n",
          name,
          rows,
          bytes.count >> 20,
          seconds,
          rows / seconds,
          rows / cpuSeconds,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          baseline >> 20,
          sampledPeak.get() >> 20,
          liveAfterGc.get() >> 20,
          Runtime.getRuntime().maxMemory() >> 20);
    }
  }

  /** The server's export: one cursor, each record a CSV line as soon as it is read. */
  private static long export(EntityManager em, Tenant tenant, AccessLogQuery query, Writer w) {
    return AccessLogSelection.stream(
        em,
        tenant,
        query,
        null,
        r -> {
          try {
            w.write(AccessLogCsv.line(r));
            w.write("\r\n");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * Generates the entries inside the database, a chunk per statement and transaction: a JDBC batch
   * per row is ten times slower, and the setup is not what is measured.
   */
  private static void insert(DataSource ds, long tenantId, int count, Instant from, Instant to)
      throws SQLException {
    long step = Duration.between(from, to).toMillis() / count;
    try (Connection c = ds.getConnection()) {
      boolean postgres =
          c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
      String sql =
          postgres
              ? "INSERT INTO access_log (tenant_id, occurred_at, user_key, user_role, action,"
                  + " object_type, conversation_id, citizen_cpr_hash, case_reference, criterion,"
                  + " purpose) SELECT ?, CAST(? AS TIMESTAMP) + (x * ?) * INTERVAL '1 millisecond',"
                  + " '6f1c2a10-0000-4000-8000-' || LPAD(CAST(x * 7919 % 400 AS TEXT), 12, '0'),"
                  + " 'sagsbehandler', (ARRAY['READ','SEARCH','CREATE','CHANGE','PROCESS'])[x % 5 + 1],"
                  + " (ARRAY['CONVERSATION','TRANSCRIPT','DRAFT','AUDIO'])[x % 4 + 1],"
                  + " x * 31 % 200000 + 1, ENCODE(SHA256(CAST(CAST(x AS TEXT) AS BYTEA)), 'hex'),"
                  + " '27.12.04-G01-' || (x % 100000) || '-25',"
                  + " CASE WHEN x % 10 = 0 THEN 'own conversations' END, 'CASE_DOCUMENTATION'"
                  + " FROM GENERATE_SERIES(CAST(? AS BIGINT), CAST(? AS BIGINT)) AS g(x)"
              : "INSERT INTO access_log (tenant_id, occurred_at, user_key, user_role, action,"
                  + " object_type, conversation_id, citizen_cpr_hash, case_reference, criterion,"
                  + " purpose) SELECT ?, DATEADD(MILLISECOND, X * ?, CAST(? AS TIMESTAMP)),"
                  + " '6f1c2a10-0000-4000-8000-' || LPAD(CAST(MOD(X * 7919, 400) AS VARCHAR), 12,"
                  + " '0'), 'sagsbehandler', CASE MOD(X, 5) WHEN 0 THEN 'READ' WHEN 1 THEN"
                  + " 'SEARCH' WHEN 2 THEN 'CREATE' WHEN 3 THEN 'CHANGE' ELSE 'PROCESS' END,"
                  + " CASE MOD(X, 4) WHEN 0 THEN 'CONVERSATION' WHEN 1 THEN 'TRANSCRIPT' WHEN 2"
                  + " THEN 'DRAFT' ELSE 'AUDIO' END, MOD(X * 31, 200000) + 1,"
                  + " LOWER(RAWTOHEX(HASH('SHA-256', CAST(X AS VARCHAR)))),"
                  + " '27.12.04-G01-' || MOD(X, 100000) || '-25',"
                  + " CASE WHEN MOD(X, 10) = 0 THEN 'own conversations' END, 'CASE_DOCUMENTATION'"
                  + " FROM SYSTEM_RANGE(?, ?)";
      c.setAutoCommit(false);
      // The index on the keyed CPR hash takes random keys: built once after the load, it costs a
      // sort instead of a random page write per row (H2 rewrites whole pages). Same schema after.
      try (var s = c.createStatement()) {
        s.execute("DROP INDEX ix_access_log_citizen");
      }
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (long first = 0; first < count; first += CHUNK) {
          long last = Math.min(count, first + CHUNK) - 1;
          ps.setLong(1, tenantId);
          if (postgres) {
            ps.setTimestamp(2, Timestamp.from(from));
            ps.setLong(3, step);
          } else {
            ps.setLong(2, step);
            ps.setTimestamp(3, Timestamp.from(from));
          }
          ps.setLong(4, first);
          ps.setLong(5, last);
          ps.executeUpdate();
          c.commit();
        }
      }
      try (var s = c.createStatement()) {
        s.execute("CREATE INDEX ix_access_log_citizen ON access_log (tenant_id, citizen_cpr_hash)");
      }
      c.commit();
    }
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Takes the CSV as a network would, keeping only the count. */
  private static final class CountingSink extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
