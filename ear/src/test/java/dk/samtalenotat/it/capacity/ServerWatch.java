package dk.samtalenotat.it.capacity;

import dk.samtalenotat.bench.support.ServerGauges;
import dk.samtalenotat.bench.support.ServerHeap;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Samples the server while load runs, every few seconds, through its management interface: the CPU
 * its process uses (in cores), its heap, its threads and the database connections in use; beside
 * them the machine's load average and the CPU the load generator itself uses, since both share the
 * machine; and, where the server's process is known, what /proc says beside it ({@link ProcCpu}):
 * the CPU of the processes the server started (ffmpeg decoders and probes), the machine's busy CPU
 * and its idle time waiting for the disk, and the server's threads running or waiting for the disk.
 * A sample that cannot be read is skipped.
 */
public final class ServerWatch extends Thread {

  /** One sample. */
  public record Sample(
      long atNanos,
      double serverCores,
      double generatorCores,
      long heapUsed,
      long heapMax,
      long threads,
      long connectionsInUse,
      long connectionsActive,
      long connectionsMaxUsed,
      long connectionWaits,
      double load1,
      double childrenCores,
      double machineBusyCores,
      double machineIowaitCores,
      int threadsRunning,
      int threadsOnDisk) {}

  /** What a stretch of samples comes to. */
  public record Summary(
      int samples,
      double serverCoresMean,
      double serverCoresMax,
      double generatorCoresMean,
      long heapPeak,
      long heapMax,
      long threadsMax,
      double connectionsInUseMean,
      long connectionsInUseMax,
      long connectionsMaxUsed,
      long connectionWaits,
      double load1Mean,
      double childrenCoresMean,
      double machineBusyCoresMean,
      double machineIowaitCoresMean,
      double threadsRunningMean,
      double threadsOnDiskMean) {}

  private final ServerHeap heap;
  private final ServerGauges gauges;
  private final String dataSource;
  private final long intervalMillis;
  private final long pid;
  private final List<Sample> samples = new ArrayList<>();
  private volatile boolean running = true;

  /**
   * @param pid the server's process on this machine, or -1 where it is not known (the figures /proc
   *     gives are then not a number)
   */
  public ServerWatch(ServerHeap heap, String dataSource, long intervalMillis, long pid) {
    super("server-watch");
    this.pid = pid;
    setDaemon(true);
    this.heap = heap;
    this.gauges = new ServerGauges(heap);
    this.dataSource = dataSource;
    this.intervalMillis = intervalMillis;
  }

  @Override
  public void run() {
    com.sun.management.OperatingSystemMXBean self =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long lastAt = System.nanoTime();
    long lastServer = -1;
    long lastSelf = self.getProcessCpuTime();
    long lastChildren = pid < 0 ? -1 : ProcCpu.childrenTicks(pid);
    ProcCpu.Machine lastMachine = ProcCpu.machine();
    while (running) {
      try {
        Thread.sleep(intervalMillis);
        long server = gauges.processCpuNanos();
        long now = System.nanoTime();
        long mine = self.getProcessCpuTime();
        ServerHeap.Usage h = heap.usage();
        ServerGauges.Pool pool = gauges.pool(dataSource);
        long threads = gauges.threads();
        long children = pid < 0 ? -1 : ProcCpu.childrenTicks(pid);
        ProcCpu.Machine machine = ProcCpu.machine();
        ProcCpu.Threads states = pid < 0 ? new ProcCpu.Threads(-1, -1) : ProcCpu.threads(pid);
        if (lastServer >= 0) {
          double wall = now - lastAt;
          double ticks = wall / 1e9 * ProcCpu.TICKS_PER_SECOND;
          synchronized (samples) {
            samples.add(
                new Sample(
                    now,
                    (server - lastServer) / wall,
                    (mine - lastSelf) / wall,
                    h.used(),
                    h.max(),
                    threads,
                    pool.inUse(),
                    pool.active(),
                    pool.maxUsed(),
                    pool.waitCount(),
                    load1(),
                    children < 0 || lastChildren < 0
                        ? Double.NaN
                        : (children - lastChildren) / ticks,
                    machine.busy() < 0 || lastMachine.busy() < 0
                        ? Double.NaN
                        : (machine.busy() - lastMachine.busy()) / ticks,
                    machine.iowait() < 0 || lastMachine.iowait() < 0
                        ? Double.NaN
                        : (machine.iowait() - lastMachine.iowait()) / ticks,
                    states.running(),
                    states.onDisk()));
          }
        }
        lastAt = now;
        lastServer = server;
        lastSelf = mine;
        lastChildren = children;
        lastMachine = machine;
      } catch (InterruptedException e) {
        return;
      } catch (IOException | RuntimeException e) {
        // A reading that failed under load: the next one counts.
      }
    }
  }

  public void stopAndJoin() throws InterruptedException {
    running = false;
    interrupt();
    join();
  }

  /** The samples taken between two moments ({@link System#nanoTime}). */
  public Summary between(long fromNanos, long toNanos) {
    List<Sample> in;
    synchronized (samples) {
      in =
          samples.stream().filter(s -> s.atNanos() >= fromNanos && s.atNanos() <= toNanos).toList();
    }
    if (in.isEmpty()) {
      return new Summary(
          0,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          -1,
          -1,
          -1,
          Double.NaN,
          -1,
          -1,
          -1,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          Double.NaN);
    }
    return new Summary(
        in.size(),
        in.stream().mapToDouble(Sample::serverCores).average().orElse(Double.NaN),
        in.stream().mapToDouble(Sample::serverCores).max().orElse(Double.NaN),
        in.stream().mapToDouble(Sample::generatorCores).average().orElse(Double.NaN),
        in.stream().mapToLong(Sample::heapUsed).max().orElse(-1),
        in.get(0).heapMax(),
        in.stream().mapToLong(Sample::threads).max().orElse(-1),
        in.stream().mapToLong(Sample::connectionsInUse).average().orElse(Double.NaN),
        in.stream().mapToLong(Sample::connectionsInUse).max().orElse(-1),
        in.stream().mapToLong(Sample::connectionsMaxUsed).max().orElse(-1),
        in.get(in.size() - 1).connectionWaits(),
        in.stream().mapToDouble(Sample::load1).average().orElse(Double.NaN),
        mean(in, Sample::childrenCores),
        mean(in, Sample::machineBusyCores),
        mean(in, Sample::machineIowaitCores),
        mean(in, s -> s.threadsRunning() < 0 ? Double.NaN : s.threadsRunning()),
        mean(in, s -> s.threadsOnDisk() < 0 ? Double.NaN : s.threadsOnDisk()));
  }

  /** The mean of the samples that have the figure. */
  private static double mean(List<Sample> in, java.util.function.ToDoubleFunction<Sample> f) {
    return in.stream().mapToDouble(f).filter(d -> !Double.isNaN(d)).average().orElse(Double.NaN);
  }

  /**
   * Several nodes' summaries as one installation's: CPU cores, threads and connections summed (the
   * maxima as the sum of each node's maximum, an upper bound), the heap's peak and limit of the
   * node that peaked highest, the server's child processes and threads summed, the load generator,
   * the load average and the machine's CPU as the first node's watch saw them (one machine).
   */
  public static Summary combine(List<Summary> nodes) {
    if (nodes.size() == 1) {
      return nodes.get(0);
    }
    Summary first = nodes.get(0);
    return new Summary(
        nodes.stream().mapToInt(Summary::samples).min().orElse(0),
        nodes.stream().mapToDouble(Summary::serverCoresMean).sum(),
        nodes.stream().mapToDouble(Summary::serverCoresMax).sum(),
        first.generatorCoresMean(),
        nodes.stream().mapToLong(Summary::heapPeak).max().orElse(-1),
        first.heapMax(),
        nodes.stream().mapToLong(Summary::threadsMax).sum(),
        nodes.stream().mapToDouble(Summary::connectionsInUseMean).sum(),
        nodes.stream().mapToLong(Summary::connectionsInUseMax).sum(),
        nodes.stream().mapToLong(Summary::connectionsMaxUsed).sum(),
        nodes.stream().mapToLong(Summary::connectionWaits).sum(),
        first.load1Mean(),
        nodes.stream().mapToDouble(Summary::childrenCoresMean).sum(),
        first.machineBusyCoresMean(),
        first.machineIowaitCoresMean(),
        nodes.stream().mapToDouble(Summary::threadsRunningMean).sum(),
        nodes.stream().mapToDouble(Summary::threadsOnDiskMean).sum());
  }

  /** The machine's 1-minute load average. */
  public static double load1() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  /** The 1, 5 and 15 minute load averages as the machine writes them. */
  public static String loadAverages() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "unknown";
    }
  }
}
