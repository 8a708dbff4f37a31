package dk.samtalenotat.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * A caseworker saving a conversation while the sweep runs, for the retention benchmark: every 10
 * ms, in a transaction of its own, the version-checked UPDATE of the conversation's row that a save
 * makes (the statement that waits when a sweep holds the row) and the access log row of that save,
 * then the commit. It records how long the UPDATE waited. Reads do not wait for the sweep on either
 * database (both keep row versions), so they are not probed.
 */
final class LockProbe implements AutoCloseable {

  /** Picks the conversation to save, or -1 for none now. */
  @FunctionalInterface
  interface Target {
    long pick(Connection connection) throws SQLException;
  }

  private final String name;
  private final DataSource dataSource;
  private final long tenantId;
  private final Target target;
  private final List<Long> waits = Collections.synchronizedList(new ArrayList<>());
  private final Thread thread;
  private volatile boolean stopped;
  private final java.util.concurrent.atomic.AtomicInteger failed =
      new java.util.concurrent.atomic.AtomicInteger();

  LockProbe(String name, DataSource dataSource, long tenantId, Target target) {
    this.name = name;
    this.dataSource = dataSource;
    this.tenantId = tenantId;
    this.target = target;
    this.thread = new Thread(this::loop, "lock-probe-" + name);
    thread.setDaemon(true);
    thread.start();
  }

  /** The conversation of the tenant with the lowest id still expirable: the one a sweep is at. */
  static Target sweptNow(long tenantId) {
    String states =
        RetentionSweeper.EXPIRABLE.stream()
            .map(s -> "'" + s.name() + "'")
            .reduce((a, b) -> a + ", " + b)
            .orElseThrow();
    return connection -> {
      try (PreparedStatement ps =
          connection.prepareStatement(
              "select min(id) from conversation where tenant_id = ? and state in ("
                  + states
                  + ")")) {
        ps.setLong(1, tenantId);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          long id = rs.getLong(1);
          return rs.wasNull() ? -1 : id;
        }
      }
    };
  }

  /** Always the same conversation. */
  static Target fixed(long conversationId) {
    return connection -> conversationId;
  }

  private void loop() {
    while (!stopped) {
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(false);
        long id = target.pick(c);
        if (id >= 0) {
          save(c, id);
        }
        c.commit();
      } catch (SQLException e) {
        // A lock timeout (H2 gives up after LOCK_TIMEOUT): the save failed, its wait is counted.
        failed.incrementAndGet();
      }
      try {
        TimeUnit.MILLISECONDS.sleep(10);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void save(Connection c, long id) throws SQLException {
    long started = System.nanoTime();
    try (PreparedStatement ps =
        c.prepareStatement("update conversation set version = version + 1 where id = ?")) {
      ps.setLong(1, id);
      ps.executeUpdate();
    } finally {
      waits.add(System.nanoTime() - started);
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into access_log (tenant_id, occurred_at, user_key, user_role, action,"
                + " object_type, conversation_id, purpose) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, tenantId);
      ps.setTimestamp(2, Timestamp.from(Instant.now()));
      ps.setString(3, "mette");
      ps.setString(4, "CASEWORKER");
      ps.setString(5, "CHANGE");
      ps.setString(6, "CONVERSATION");
      ps.setLong(7, id);
      ps.setString(8, "CASE_DOCUMENTATION");
      ps.executeUpdate();
    }
  }

  @Override
  public void close() throws InterruptedException {
    stopped = true;
    thread.join();
  }

  /** Saves tried, those that failed, and the UPDATE's wait: median, 99th percentile, longest. */
  String summary() {
    List<Long> sorted;
    synchronized (waits) {
      sorted = new ArrayList<>(waits);
    }
    Collections.sort(sorted);
    if (sorted.isEmpty()) {
      return name + ": no saves";
    }
    return String.format(
        Locale.ROOT,
        "%s: %d saves (%d failed waiting), wait median %.1f ms, p99 %.1f ms, max %.1f ms",
        name,
        sorted.size(),
        failed.get(),
        millis(sorted.get(sorted.size() / 2)),
        millis(sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1))),
        millis(sorted.get(sorted.size() - 1)));
  }

  private static double millis(long nanos) {
    return nanos / 1_000_000.0;
  }
}
