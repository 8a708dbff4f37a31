package dk.samtalenotat.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server from Debian's packages ({@code postgresql}: {@code
 * /usr/lib/postgresql/<version>/bin}), not an embedded one, on its own data folder under {@code
 * target/}, as the cluster test (ClusterIT) runs its nodes on. PostgreSQL refuses to run as root,
 * so under root the server runs as the {@code postgres} user, who then owns the data folder.
 * Listens on loopback TCP only; its users are trusted there (a test's throw-away server).
 */
final class DebianPostgres implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(DebianPostgres.class.getName());
  private static final long COMMAND_TIMEOUT_SECONDS = 180;

  private final Path bin;
  private final Path dataDir;
  private final int port;
  private boolean running;

  private DebianPostgres(Path bin, Path dataDir, int port) {
    this.bin = bin;
    this.dataDir = dataDir.toAbsolutePath().normalize();
    this.port = port;
  }

  /** Makes a fresh data folder and starts the server on the port; stop it with {@link #close()}. */
  static DebianPostgres start(Path dataDir, int port) {
    DebianPostgres pg = new DebianPostgres(newestBin(), dataDir, port);
    pg.initialise();
    pg.running = true;
    try {
      pg.run(
          pg.bin.resolve("pg_ctl").toString(),
          "-D",
          pg.dataDir.toString(),
          "-l",
          pg.log().toString(),
          "-w",
          "-t",
          "120",
          "-o",
          "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''",
          "start");
    } catch (RuntimeException e) {
      pg.close();
      throw e;
    }
    LOG.log(System.Logger.Level.INFO, "PostgreSQL from {0} on port {1}", pg.bin, port);
    return pg;
  }

  /** The JDBC address WildFly's datasource gets ({@code SAMTALENOTAT_DB_URL}). */
  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  String user() {
    return "postgres";
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), user(), "");
  }

  /** The server's log, for a failing test. */
  Path log() {
    return dataDir.resolveSibling(dataDir.getFileName() + ".log");
  }

  /** Stops the server at once (its data is thrown away with {@code target/}). */
  @Override
  public void close() {
    if (!running) {
      return;
    }
    running = false;
    try {
      run(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "immediate", "stop");
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "PostgreSQL did not stop: {0}", e.getMessage());
    }
  }

  private void initialise() {
    try {
      deleteRecursively(dataDir);
      Files.createDirectories(dataDir);
      Files.deleteIfExists(log());
      Files.createFile(log());
      if (asRoot()) {
        // initdb and the server refuse root; the postgres user owns what they write.
        run("chown", "postgres:postgres", dataDir.toString(), log().toString());
        run("chmod", "700", dataDir.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + dataDir, e);
    }
    run(
        bin.resolve("initdb").toString(),
        "-D",
        dataDir.toString(),
        "-U",
        user(),
        "--auth=trust",
        "-E",
        "UTF8",
        "--no-sync");
  }

  /** Runs a command, as the postgres user when this JVM runs as root; fails on a non-zero exit. */
  private void run(String... command) {
    List<String> line = new ArrayList<>();
    if (asRoot() && !command[0].equals("chown") && !command[0].equals("chmod")) {
      line.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    line.addAll(List.of(command));
    try {
      Process process =
          new ProcessBuilder(line)
              .directory(dataDir.getParent().toFile())
              .redirectErrorStream(true)
              .start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("timed out: " + line);
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            "failed (exit " + process.exitValue() + "): " + line + "\n" + output + logTail());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + line, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: " + line, e);
    }
  }

  private String logTail() {
    try {
      return Files.exists(log()) ? "\n--- " + log() + " ---\n" + Files.readString(log()) : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static boolean asRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** The newest installed version's programs: /usr/lib/postgresql/15/bin on Debian 12. */
  private static Path newestBin() {
    Path root = Path.of("/usr/lib/postgresql");
    try (Stream<Path> versions = Files.list(root)) {
      return versions
          .filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
          .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
          .map(v -> v.resolve("bin"))
          .orElseThrow(() -> new IllegalStateException("no initdb under " + root));
    } catch (IOException e) {
      throw new IllegalStateException(
          root + " is missing: install Debian's postgresql (bin/test does)", e);
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(path)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
