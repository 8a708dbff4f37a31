package dk.samtalenotat.it.capacity;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What Linux's {@code /proc} says of where the machine's CPU goes: the machine as a whole (busy,
 * and idle while waiting for the disk), one process, the processes it started (the server's ffmpeg
 * decoders and probes, live or ended), and how many of its threads are running or waiting for the
 * disk. The management interface sees the server JVM only; a benchmark on a machine it shares with
 * the load generator needs the rest to say what limits it. Times are in clock ticks of {@link
 * #TICKS_PER_SECOND}; a reading that fails (another system, a process that ended) is -1.
 */
public final class ProcCpu {

  /** Linux's USER_HZ, the unit of /proc's CPU times, 100 on the architectures WildFly runs on. */
  public static final double TICKS_PER_SECOND = 100;

  private ProcCpu() {}

  /** The machine's CPU times since boot, all cores together. */
  public record Machine(long busy, long iowait) {}

  /** The first line of /proc/stat: user nice system idle iowait irq softirq steal ... */
  public static Machine machine() {
    try {
      String first = Files.readAllLines(Path.of("/proc/stat")).get(0);
      String[] f = first.trim().split("\\s+");
      long busy = 0;
      for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
        busy += Long.parseLong(f[i]);
      }
      return new Machine(busy, Long.parseLong(f[5]));
    } catch (IOException | RuntimeException e) {
      return new Machine(-1, -1);
    }
  }

  /**
   * The fields of /proc/PID/stat after the command name (which may hold spaces and parentheses):
   * [0] state, [11] utime, [12] stime, [13] cutime, [14] cstime.
   */
  private static String[] stat(Path file) throws IOException {
    String s = Files.readString(file);
    return s.substring(s.lastIndexOf(')') + 2).split(" ");
  }

  /**
   * The CPU the processes a process started have used: those that ended and were waited for (its
   * cutime and cstime) and those that still run, with their own ended children.
   */
  public static long childrenTicks(long pid) {
    try {
      String[] own = stat(Path.of("/proc", Long.toString(pid), "stat"));
      long ticks = Long.parseLong(own[13]) + Long.parseLong(own[14]);
      for (ProcessHandle child :
          ProcessHandle.of(pid).map(p -> p.descendants().toList()).orElse(java.util.List.of())) {
        try {
          String[] c = stat(Path.of("/proc", Long.toString(child.pid()), "stat"));
          ticks +=
              Long.parseLong(c[11])
                  + Long.parseLong(c[12])
                  + Long.parseLong(c[13])
                  + Long.parseLong(c[14]);
        } catch (IOException | RuntimeException ended) {
          // Ended between the listing and the reading: its time is in the parent's cutime.
        }
      }
      return ticks;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** How many of a process's threads run or wait to run (R), and wait for the disk (D). */
  public record Threads(int running, int onDisk) {}

  public static Threads threads(long pid) {
    int running = 0;
    int onDisk = 0;
    try (DirectoryStream<Path> tasks =
        Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
      for (Path task : tasks) {
        try {
          String state = stat(task.resolve("stat"))[0];
          if (state.equals("R")) {
            running++;
          } else if (state.equals("D")) {
            onDisk++;
          }
        } catch (IOException | RuntimeException ended) {
          // A thread that ended between the listing and the reading.
        }
      }
      return new Threads(running, onDisk);
    } catch (IOException | RuntimeException e) {
      return new Threads(-1, -1);
    }
  }
}
