package dk.samtalenotat.it.capacity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A JFR recording of the server JVM for one stretch of a benchmark, started and stopped with the
 * JDK's {@code jcmd} on the server's process (found by its base directory on the command line). The
 * server should run with {@code -XX:FlightRecorderOptions:stackdepth=512}: WildFly's stacks are
 * deep, and JFR keeps 64 frames by default, which cuts off the application's own frames.
 */
public final class ServerProfile {

  private final long pid;

  private ServerProfile(long pid) {
    this.pid = pid;
  }

  /** The server JVM whose base directory this is, if it runs. */
  public static Optional<ServerProfile> of(Path baseDir) {
    return pidOf(baseDir).map(ServerProfile::new);
  }

  /** The process of the server JVM whose base directory this is, if it runs. */
  public static Optional<Long> pidOf(Path baseDir) {
    String marker = "-Djboss.server.base.dir=" + baseDir.toAbsolutePath().normalize();
    return ProcessHandle.allProcesses()
        .filter(
            p ->
                p.info()
                    .commandLine()
                    .map(c -> c.contains(marker) && c.contains("jboss-modules.jar"))
                    .orElse(false))
        .map(ProcessHandle::pid)
        .findFirst();
  }

  /** Starts a recording with JFR's profiling settings. */
  public void start(String name) throws IOException, InterruptedException {
    jcmd("JFR.start", "name=" + name, "settings=profile");
  }

  /** Stops the recording and writes it to the file. */
  public void stop(String name, Path file) throws IOException, InterruptedException {
    jcmd("JFR.stop", "name=" + name, "filename=" + file.toAbsolutePath());
  }

  private void jcmd(String... command) throws IOException, InterruptedException {
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    String[] all = new String[command.length + 2];
    all[0] = jcmd;
    all[1] = Long.toString(pid);
    System.arraycopy(command, 0, all, 2, command.length);
    Process p = new ProcessBuilder(all).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IOException("jcmd " + String.join(" ", command) + ": " + out);
    }
  }
}
