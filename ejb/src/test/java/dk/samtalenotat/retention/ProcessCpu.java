package dk.samtalenotat.retention;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time the sweep costs, for the retention benchmark: the sweeping thread's own, and that of the
 * embedded PostgreSQL server's processes (read from {@code /proc}, Linux only). On a machine shared
 * with other work the wall time of a sweep says more about the others than about the sweep; its CPU
 * time per conversation does not, and sets what one core can do.
 */
final class ProcessCpu {

  /** Linux's clock ticks per second for {@code /proc/<pid>/stat} ({@code getconf CLK_TCK}). */
  private static final long TICKS_PER_SECOND = 100;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ProcessCpu() {}

  /** CPU nanoseconds the calling thread has used. */
  static long thisThread() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /**
   * CPU nanoseconds the PostgreSQL server of {@code dataDirectory} and its processes have used (its
   * connections' backends among them), or -1 where {@code /proc} cannot tell.
   */
  static long postgres(Path dataDirectory) {
    try {
      long postmaster =
          Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
      long ticks = 0;
      try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
        for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
          List<String> stat = stat(p);
          if (stat == null) {
            continue;
          }
          long pid = Long.parseLong(p.getFileName().toString());
          // After the name: state, ppid, ... utime (the 12th field after it), stime.
          if (pid == postmaster || Long.parseLong(stat.get(1)) == postmaster) {
            ticks += Long.parseLong(stat.get(11)) + Long.parseLong(stat.get(12));
          }
          if (pid == postmaster) {
            // Backends that have ended, as the server counted them when it reaped them.
            ticks += Long.parseLong(stat.get(13)) + Long.parseLong(stat.get(14));
          }
        }
      }
      return ticks * 1_000_000_000L / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** The fields of {@code /proc/<pid>/stat} after the process name, or null once it is gone. */
  private static List<String> stat(Path proc) {
    try {
      String s = Files.readString(proc.resolve("stat"));
      return List.of(s.substring(s.lastIndexOf(')') + 2).split(" "));
    } catch (IOException e) {
      return null;
    }
  }
}
