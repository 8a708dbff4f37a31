package dk.samtalenotat.bench.support;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a benchmark reads of a WildFly server besides its heap, through the same management user
 * ({@link ServerHeap#operation}): the server process's CPU time, its threads, and a datasource's
 * connection pool (its statistics must be on from the server's start).
 */
public final class ServerGauges {

  private static final Pattern RESULT_NUMBER =
      Pattern.compile("\"result\"\\s*:\\s*(-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)");
  private static final Pattern FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*(-?\\d+)");

  private final ServerHeap management;

  /** One reading of a connection pool: connections in use now and at most, and waits for one. */
  public record Pool(long inUse, long active, long maxUsed, long waitCount, long maxWaitMillis) {}

  public ServerGauges(ServerHeap management) {
    this.management = management;
  }

  /** CPU time the server process has used since it started, user and system, in nanoseconds. */
  public long processCpuNanos() throws IOException, InterruptedException {
    return (long) number(readAttribute("operating-system", "process-cpu-time"));
  }

  /** Live threads in the server's JVM. */
  public long threads() throws IOException, InterruptedException {
    return (long) number(readAttribute("threading", "thread-count"));
  }

  /** The datasource's connection pool now (statistics must be on). */
  public Pool pool(String dataSource) throws IOException, InterruptedException {
    String answer =
        management.operation(
            "{\"operation\":\"read-resource\",\"address\":[{\"subsystem\":\"datasources\"},"
                + "{\"data-source\":\""
                + dataSource
                + "\"},{\"statistics\":\"pool\"}],\"include-runtime\":true}");
    if (!answer.contains("\"success\"")) {
      throw new IOException("no pool statistics of " + dataSource + ": " + answer);
    }
    return parsePool(answer);
  }

  /** The pool figures of a {@code read-resource} answer on {@code statistics=pool}. */
  public static Pool parsePool(String answer) {
    Map<String, Long> f = new HashMap<>();
    Matcher m = FIELD.matcher(answer);
    while (m.find()) {
      f.putIfAbsent(m.group(1), Long.parseLong(m.group(2)));
    }
    return new Pool(
        f.getOrDefault("InUseCount", -1L),
        f.getOrDefault("ActiveCount", -1L),
        f.getOrDefault("MaxUsedCount", -1L),
        f.getOrDefault("WaitCount", -1L),
        f.getOrDefault("MaxWaitTime", -1L));
  }

  private String readAttribute(String type, String name) throws IOException, InterruptedException {
    return management.operation(
        "{\"operation\":\"read-attribute\",\"address\":[{\"core-service\":\"platform-mbean\"},"
            + "{\"type\":\""
            + type
            + "\"}],\"name\":\""
            + name
            + "\",\"include-runtime\":true}");
  }

  /** The number a {@code read-attribute} answered. */
  static double number(String answer) throws IOException {
    Matcher m = RESULT_NUMBER.matcher(answer);
    if (!answer.contains("\"success\"") || !m.find()) {
      throw new IOException("no number in " + answer);
    }
    return Double.parseDouble(m.group(1));
  }
}
