package dk.samtalenotat.it.capacity;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The time each operation took as its caller waited for it, and the operations that failed (an
 * unexpected status, a timeout, a refused connection), per operation name. Thread-safe.
 */
public final class Latencies {

  /** One operation's figures, in milliseconds. */
  public record Figures(
      String operation, int count, long errors, double p50, double p95, double p99, double max) {}

  private final Map<String, List<Long>> nanos = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
  private final Map<String, String> firstError = new ConcurrentHashMap<>();
  private final List<String> order = new ArrayList<>();

  /** Records a completed operation. */
  public void ok(String operation, long elapsedNanos) {
    list(operation).add(elapsedNanos);
  }

  /** Records a failed operation, with what went wrong the first time. */
  public void failed(String operation, String what) {
    list(operation);
    errors.computeIfAbsent(operation, k -> new AtomicLong()).incrementAndGet();
    firstError.putIfAbsent(operation, what);
  }

  private List<Long> list(String operation) {
    return nanos.computeIfAbsent(
        operation,
        k -> {
          synchronized (order) {
            order.add(k);
          }
          return java.util.Collections.synchronizedList(new ArrayList<>());
        });
  }

  /** The figures of one operation; count 0 when it never ran. */
  public Figures figures(String operation) {
    List<Long> l = nanos.getOrDefault(operation, List.of());
    long[] sorted;
    synchronized (l) {
      sorted = l.stream().mapToLong(Long::longValue).toArray();
    }
    Arrays.sort(sorted);
    long failures = errors.containsKey(operation) ? errors.get(operation).get() : 0;
    return new Figures(
        operation,
        sorted.length,
        failures,
        percentile(sorted, 0.50),
        percentile(sorted, 0.95),
        percentile(sorted, 0.99),
        sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6);
  }

  /** Nearest-rank percentile in milliseconds; NaN for no samples. */
  static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
  }

  /** All operations' figures in the order they first ran. */
  public Map<String, Figures> all() {
    Map<String, Figures> out = new LinkedHashMap<>();
    List<String> names;
    synchronized (order) {
      names = List.copyOf(order);
    }
    for (String op : names) {
      out.put(op, figures(op));
    }
    return out;
  }

  /** The table of every operation, as Markdown. */
  public void print(PrintStream out) {
    out.println("| operation | count | errors | p50 ms | p95 ms | p99 ms | max ms |");
    out.println("|---|---:|---:|---:|---:|---:|---:|");
    for (Figures f : all().values()) {
      out.printf(
          java.util.Locale.ROOT,
          "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |%n",
          f.operation(),
          f.count(),
          f.errors(),
          f.p50(),
          f.p95(),
          f.p99(),
          f.max());
    }
    firstError.forEach((op, what) -> out.println("  first error of " + op + ": " + what));
  }
}
