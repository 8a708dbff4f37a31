package dk.samtalenotat.bench.support;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * A summary of a JFR recording's CPU samples ({@code jdk.ExecutionSample}) under one operation:
 * only the samples whose stack holds a frame matching {@code operation} (for example {@code
 * RecordingResource.chunk}) count, and for them it prints the methods with the most samples on top
 * of the stack (self) and anywhere above the operation's frame (total), as shares of the
 * operation's samples. An empty operation takes every sample, and then "total" is the whole stack.
 * Used by the benchmarks to say where the limiting operation spends its CPU time; {@code jfr print}
 * gives the raw events.
 *
 * <p>Arguments: the recording, the operation's frame (a substring of {@code Class.method}), how
 * many rows to print (default 25).
 */
public final class JfrHotFrames {

  private JfrHotFrames() {}

  /** Self and total sample counts per method, and how many samples matched the operation. */
  public record Summary(
      String operation,
      long samples,
      long allSamples,
      Map<String, Long> self,
      Map<String, Long> total) {}

  public static void main(String[] args) throws IOException {
    Summary s = summarise(Path.of(args[0]), args[1]);
    print(s, args.length > 2 ? Integer.parseInt(args[2]) : 25, System.out);
  }

  /** Reads the recording's CPU samples under the operation. */
  public static Summary summarise(Path recording, String operation) throws IOException {
    Map<String, Long> self = new HashMap<>();
    Map<String, Long> total = new HashMap<>();
    long samples = 0;
    long all = 0;
    try (RecordingFile file = new RecordingFile(recording)) {
      while (file.hasMoreEvents()) {
        RecordedEvent e = file.readEvent();
        if (!"jdk.ExecutionSample".equals(e.getEventType().getName())) {
          continue;
        }
        all++;
        RecordedStackTrace stack = e.getStackTrace();
        if (stack == null) {
          continue;
        }
        List<RecordedFrame> frames = stack.getFrames();
        // The operation's frame nearest the root: what lies above it is the operation's work.
        int at = -1;
        for (int i = 0; i < frames.size(); i++) {
          if (name(frames.get(i)).contains(operation)) {
            at = i;
          }
        }
        if (at < 0) {
          continue;
        }
        samples++;
        self.merge(name(frames.get(0)), 1L, Long::sum);
        Set<String> seen = new HashSet<>();
        for (RecordedFrame f : frames.subList(0, at)) {
          String n = name(f);
          if (seen.add(n)) {
            total.merge(n, 1L, Long::sum);
          }
        }
      }
    }
    return new Summary(operation, samples, all, self, total);
  }

  /** The two tables: top methods by self samples, then by total samples. */
  public static void print(Summary s, int rows, PrintStream out) {
    out.printf(
        "JFR CPU samples under %s: %d of %d samples in the recording%n",
        s.operation(), s.samples(), s.allSamples());
    if (s.samples() == 0) {
      return;
    }
    out.println("self (on top of the stack):");
    table(s.self(), s.samples(), rows, out);
    out.println("total (anywhere in the stack above the operation):");
    table(s.total(), s.samples(), rows, out);
  }

  private static void table(Map<String, Long> counts, long samples, int rows, PrintStream out) {
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(rows)
        .forEach(
            e ->
                out.printf(
                    "  %5.1f %%  %6d  %s%n",
                    100.0 * e.getValue() / samples, e.getValue(), e.getKey()));
  }

  private static String name(RecordedFrame f) {
    if (f.getMethod() == null) {
      return "?";
    }
    String type = f.getMethod().getType() == null ? "?" : f.getMethod().getType().getName();
    return type + "." + f.getMethod().getName();
  }
}
