package dk.samtalenotat.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The WildFly that the build provisioned under {@code ear/target/wildfly}, run as a child process
 * for black-box tests.
 *
 * <p>The server runs on its own copy of {@code standalone/} (configuration, deployment, data, log)
 * under {@code ear/target/it-server}, made fresh once per test run, with a port offset (100 by
 * default: HTTP 8180, management 10090), so it neither shares state nor collides with a server a
 * developer started with {@code bin/run}. A failsafe execution can run a second server with its own
 * base directory, port offset ({@code samtalenotat.it.port-offset}) and environment (every system
 * property {@code samtalenotat.it.env.NAME} becomes the variable NAME of the server process, which
 * is how the CLI scripts' {@code ${env.X:default}} expressions are set). {@link #kill()} and {@link
 * #start()} keep that copy, so a test can check what survives a crash. Deployments beside the EAR
 * ({@code samtalenotat.it.extra-deployments}, the demo's {@code dev-idp.war}) come from {@code
 * samtalenotat.it.extra-deployments.dir}: the provisioned server's own deployments hold only the
 * EAR.
 */
public final class WildFlyServer {

  private static final String ENV_PREFIX = "samtalenotat.it.env.";

  private static final System.Logger LOG = System.getLogger(WildFlyServer.class.getName());
  private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
  private static final Duration CLI_TIMEOUT = Duration.ofSeconds(90);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
  private static final List<String> MARKER_SUFFIXES =
      List.of(".deployed", ".failed", ".isdeploying", ".isundeploying", ".pending", ".undeployed");

  private final Path home;
  private final Path baseDir;
  private final String deployment;
  private final List<String> extraDeployments;
  private final Map<String, String> environment;
  private final Duration startTimeout;
  private final int portOffset;
  private final List<String> arguments;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(2))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private Process shell;

  private WildFlyServer(
      Path home,
      Path baseDir,
      String deployment,
      Duration startTimeout,
      int portOffset,
      List<String> extraDeployments,
      Map<String, String> environment,
      List<String> arguments) {
    this.portOffset = portOffset;
    this.arguments = List.copyOf(arguments);
    this.home = home.toAbsolutePath().normalize();
    this.baseDir = baseDir.toAbsolutePath().normalize();
    this.deployment = deployment;
    this.extraDeployments = List.copyOf(extraDeployments);
    // A null value removes the variable (a test of the defaults must not inherit it).
    this.environment = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(environment));
    this.startTimeout = startTimeout;
    Runtime.getRuntime()
        .addShutdownHook(new Thread(this::killQuietly, "wildfly-it-server-shutdown-hook"));
  }

  /**
   * A server on a fresh copy of the provisioned {@code standalone/}, as the failsafe configuration
   * in {@code ear/pom.xml} describes it. Not started yet.
   */
  public static WildFlyServer fresh() {
    return fresh(
        java.util.Arrays.stream(
                System.getProperty("samtalenotat.it.extra-deployments", "").split(","))
            .map(String::strip)
            .filter(d -> !d.isEmpty())
            .toList(),
        Map.of());
  }

  /**
   * A server as {@link #fresh()} makes it, but with these deployments beside the EAR and these
   * environment variables on top of the execution's (a test's own configuration; a null value
   * unsets the variable). Not started yet.
   */
  public static WildFlyServer fresh(
      List<String> extraDeployments, Map<String, String> environment) {
    WildFlyServer server =
        new WildFlyServer(
            Path.of(requiredProperty("samtalenotat.it.wildfly.home")),
            Path.of(requiredProperty("samtalenotat.it.base.dir")),
            System.getProperty("samtalenotat.it.deployment", "samtalenotat.ear"),
            Duration.ofSeconds(
                Long.getLong("samtalenotat.it.start-timeout-seconds", 240L).longValue()),
            Integer.getInteger("samtalenotat.it.port-offset", 100),
            extraDeployments,
            environment,
            List.of());
    server.prepareBaseDir();
    // The journal server's receipt listener needs its keys before it starts.
    ReceiptTls.configured().ifPresent(ReceiptTls::prepare);
    return server;
  }

  /**
   * A server someone started already on the execution's base directory and port offset, for running
   * one browser test again and again while changing a screen ({@code
   * -Dsamtalenotat.it.running=true}); nothing is copied, started or stopped.
   */
  static WildFlyServer alreadyRunning() {
    return new WildFlyServer(
        Path.of(requiredProperty("samtalenotat.it.wildfly.home")),
        Path.of(requiredProperty("samtalenotat.it.base.dir")),
        System.getProperty("samtalenotat.it.deployment", "samtalenotat.ear"),
        Duration.ofSeconds(Long.getLong("samtalenotat.it.start-timeout-seconds", 240L).longValue()),
        Integer.getInteger("samtalenotat.it.port-offset", 100),
        List.of(),
        Map.of(),
        List.of());
  }

  /**
   * One node of a cluster (ClusterIT): a server as {@link #fresh()} makes it, on its own base
   * directory and port offset, with these environment variables on top of the execution's and these
   * arguments (system properties such as {@code -Djboss.node.name}) after the usual ones. Not
   * started yet.
   */
  static WildFlyServer node(
      Path baseDir, int portOffset, Map<String, String> environment, List<String> arguments) {
    WildFlyServer server =
        new WildFlyServer(
            Path.of(requiredProperty("samtalenotat.it.wildfly.home")),
            baseDir,
            System.getProperty("samtalenotat.it.deployment", "samtalenotat.ear"),
            Duration.ofSeconds(
                Long.getLong("samtalenotat.it.start-timeout-seconds", 240L).longValue()),
            portOffset,
            java.util.Arrays.stream(
                    System.getProperty("samtalenotat.it.extra-deployments", "").split(","))
                .map(String::strip)
                .filter(d -> !d.isEmpty())
                .toList(),
            environment,
            arguments);
    server.prepareBaseDir();
    return server;
  }

  /**
   * The server JVM's process id (not the launcher script's), for a test that kills it from outside
   * as an operator or a crash would.
   */
  long javaPid() {
    return serverProcesses().stream()
        .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no server JVM is running"))
        .pid();
  }

  /** The application's root, {@code http://127.0.0.1:8180/} with the default offset. */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + (8080 + portOffset) + "/");
  }

  /**
   * The SF2900 receipt listener's root ({@code 65-receipt-listener.cli}), HTTPS with client
   * certificates: {@code https://127.0.0.1:8743/} with the default offset.
   */
  public URI receiptUri() {
    return URI.create("https://127.0.0.1:" + (8643 + portOffset) + "/");
  }

  /** The management interface's port, {@code 10090} with the default offset. */
  public int managementPort() {
    return 9990 + portOffset;
  }

  /**
   * The server's own copy of {@code standalone/configuration}, to change before {@link #start()} (a
   * management user for a benchmark, say).
   */
  public Path configurationDir() {
    return baseDir.resolve("configuration");
  }

  /** The server's main log; print it when a test fails. */
  public Path serverLog() {
    return baseDir.resolve("log").resolve("server.log");
  }

  /** Console output of the server process (boot failures before logging is up end here). */
  public Path consoleLog() {
    return baseDir.resolve("log").resolve("console.log");
  }

  /** The server's data directory ({@code jboss.server.data.dir}); kept across kill and start. */
  public Path dataDir() {
    return baseDir.resolve("data");
  }

  public boolean isRunning() {
    return shell != null && shell.isAlive();
  }

  /**
   * Starts the server and waits until the EAR is deployed and the root context answers HTTP.
   *
   * @throws IllegalStateException if the server or the deployment fails, or does not come up in
   *     time; the message names the log to read
   */
  public synchronized void start() {
    Instant started = launch();
    awaitDeployment(started.plus(startTimeout));
    LOG.log(
        System.Logger.Level.INFO,
        "WildFly up with {0} in {1} ms",
        deployment,
        Duration.between(started, Instant.now()).toMillis());
  }

  /**
   * Starts the server and waits until the deployment named (the EAR, or one beside it) has either
   * deployed or failed, without judging which: a test of a start that must be refused uses this.
   * The server keeps running after a failed deployment; stop it.
   *
   * @return true when it deployed, false when it failed
   * @throws IllegalStateException if the server exits or neither happens in time
   */
  public synchronized boolean startAndAwaitOutcome(String name) {
    launch();
    return awaitOutcome(name);
  }

  /**
   * Waits until the deployment scanner has deployed the named deployment or marked it failed (each
   * deployment is decided on its own).
   *
   * @return true when it deployed, false when it failed
   */
  public boolean awaitOutcome(String name) {
    Instant deadline = Instant.now().plus(startTimeout);
    Path deployments = baseDir.resolve("deployments");
    while (Instant.now().isBefore(deadline)) {
      if (Files.exists(deployments.resolve(name + ".failed"))) {
        return false;
      }
      if (Files.exists(deployments.resolve(name + ".deployed"))) {
        return true;
      }
      if (!isRunning()) {
        throw startFailure("WildFly is not running; nothing decided about " + name);
      }
      sleep(POLL_INTERVAL);
    }
    throw startFailure("WildFly decided nothing about " + name + " within " + startTimeout);
  }

  private Instant launch() {
    if (isRunning()) {
      throw new IllegalStateException("WildFly is already running");
    }
    removeDeploymentMarkers();
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/standalone.sh").toString());
    command.add("-c");
    // standalone-full-pg.xml for an execution on PostgreSQL (TestPostgres).
    command.add(System.getProperty("samtalenotat.it.server-config", "standalone-full.xml"));
    command.add("-b");
    command.add("127.0.0.1");
    command.add("-bmanagement");
    command.add("127.0.0.1");
    command.add("-Djboss.socket.binding.port-offset=" + portOffset);
    command.add("-Djboss.server.base.dir=" + baseDir);
    command.add("-Djboss.server.data.dir=" + dataDir());
    command.add("-Djboss.server.log.dir=" + baseDir.resolve("log"));
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command).directory(baseDir.toFile());
    builder.environment().put("JBOSS_HOME", home.toString());
    // SAML needs the address the browser uses: this server's, with its port offset.
    builder
        .environment()
        .put("SAMTALENOTAT_SAML_SP_BASE_URL", baseUri().toString().replaceAll("/$", ""));
    System.getProperties().stringPropertyNames().stream()
        .filter(name -> name.startsWith(ENV_PREFIX))
        .forEach(
            name ->
                builder
                    .environment()
                    .put(name.substring(ENV_PREFIX.length()), System.getProperty(name)));
    environment.forEach(
        (name, value) -> {
          if (value == null) {
            builder.environment().remove(name);
          } else {
            builder.environment().put(name, value);
          }
        });
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLog().toFile()));
    LOG.log(System.Logger.Level.INFO, "Starting WildFly, log {0}", serverLog());
    Instant started = Instant.now();
    try {
      shell = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start " + command.get(0), e);
    }
    return started;
  }

  /**
   * Stops the server: a graceful {@code :shutdown} through the management interface, then SIGTERM,
   * then SIGKILL. Never leaves a server JVM behind.
   */
  public synchronized void stop() {
    if (!isRunning()) {
      return;
    }
    try {
      cli(":shutdown");
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "Graceful shutdown failed: {0}", e.getMessage());
    }
    if (!waitForExit(STOP_TIMEOUT)) {
      LOG.log(System.Logger.Level.WARNING, "WildFly did not stop in time, terminating it");
      serverProcesses().forEach(ProcessHandle::destroy);
      if (!waitForExit(STOP_TIMEOUT)) {
        killQuietly();
      }
    }
    shell = null;
  }

  /**
   * Kills the server JVM with SIGKILL, as a crash or a power cut would, and waits until it is gone.
   * The base directory (and so the data) is kept for the next {@link #start()}.
   */
  public synchronized void kill() {
    killQuietly();
    shell = null;
  }

  /**
   * Runs one jboss-cli command against the running server, for example {@code
   * /deployment=samtalenotat.ear:read-attribute(name=status)}.
   *
   * @return the command's output
   * @throws IllegalStateException if jboss-cli fails or the operation does not succeed
   */
  public String cli(String command) {
    ProcessBuilder builder =
        new ProcessBuilder(
                home.resolve("bin/jboss-cli.sh").toString(),
                "--connect",
                "--controller=127.0.0.1:" + managementPort(),
                // Connecting takes more than the default 5 s on a loaded build machine.
                "--timeout=30000",
                "--command=" + command)
            .redirectErrorStream(true);
    builder.environment().put("JBOSS_HOME", home.toString());
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      // The output is small; reading it to the end also waits for the process.
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(CLI_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("jboss-cli timed out on " + command);
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            "jboss-cli failed (exit " + process.exitValue() + ") on " + command + ":\n" + output);
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not run jboss-cli", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running jboss-cli", e);
    }
  }

  /** The last lines of the server log, for failure messages. */
  public String serverLogTail(int lines) {
    Path log = Files.exists(serverLog()) ? serverLog() : consoleLog();
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e.getMessage() + ")";
    }
  }

  private void awaitDeployment(Instant deadline) {
    Path deployments = baseDir.resolve("deployments");
    Path deployed = deployments.resolve(deployment + ".deployed");
    Path failed = deployments.resolve(deployment + ".failed");
    while (Instant.now().isBefore(deadline)) {
      if (!shell.isAlive()) {
        throw startFailure("WildFly exited with " + shell.exitValue() + " while starting");
      }
      if (Files.exists(failed)) {
        throw startFailure("Deployment of " + deployment + " failed: " + readQuietly(failed));
      }
      if (Files.exists(deployed) && extrasDeployed(deployments) && rootAnswers()) {
        return;
      }
      sleep(POLL_INTERVAL);
    }
    killQuietly();
    throw startFailure("WildFly did not deploy " + deployment + " within " + startTimeout);
  }

  private boolean extrasDeployed(Path deployments) {
    for (String extra : extraDeployments) {
      if (Files.exists(deployments.resolve(extra + ".failed"))) {
        throw startFailure("Deployment of " + extra + " failed");
      }
      if (!Files.exists(deployments.resolve(extra + ".deployed"))) {
        return false;
      }
    }
    return true;
  }

  private boolean rootAnswers() {
    HttpRequest request =
        HttpRequest.newBuilder(baseUri()).timeout(Duration.ofSeconds(5)).GET().build();
    try {
      http.send(request, HttpResponse.BodyHandlers.discarding());
      return true;
    } catch (IOException e) {
      // Not listening yet, or not answering yet.
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for WildFly", e);
    }
  }

  private IllegalStateException startFailure(String what) {
    return new IllegalStateException(
        what
            + "\nServer log: "
            + serverLog()
            + "\nConsole: "
            + consoleLog()
            + "\n--- last lines ---\n"
            + serverLogTail(60));
  }

  /** The shell running standalone.sh and the server JVM under it. */
  private List<ProcessHandle> serverProcesses() {
    if (shell == null) {
      return List.of();
    }
    List<ProcessHandle> processes = new ArrayList<>(shell.descendants().toList());
    processes.add(shell.toHandle());
    return processes;
  }

  private boolean waitForExit(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (serverProcesses().stream().noneMatch(ProcessHandle::isAlive)) {
        return true;
      }
      sleep(POLL_INTERVAL);
    }
    return false;
  }

  private void killQuietly() {
    // The JVM first: standalone.sh does not pass signals on to it.
    List<ProcessHandle> processes = serverProcesses();
    processes.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle process : processes) {
      try {
        process.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (Exception e) {
        LOG.log(System.Logger.Level.WARNING, "Process {0} did not exit", process.pid());
      }
    }
  }

  private void prepareBaseDir() {
    try {
      deleteRecursively(baseDir);
      Path standalone = home.resolve("standalone");
      copyRecursively(standalone.resolve("configuration"), baseDir.resolve("configuration"));
      deleteRecursively(baseDir.resolve("configuration/standalone_xml_history"));
      Files.createDirectories(baseDir.resolve("deployments"));
      Files.createDirectories(dataDir());
      Files.createDirectories(baseDir.resolve("log"));
      Path ear = standalone.resolve("deployments").resolve(deployment);
      if (!Files.exists(ear)) {
        throw new IllegalStateException(ear + " is missing: run `mvn package` first");
      }
      Files.copy(ear, baseDir.resolve("deployments").resolve(deployment));
      Path extras =
          Path.of(
              System.getProperty(
                  "samtalenotat.it.extra-deployments.dir",
                  home.resolveSibling("demo-deployments").toString()));
      for (String extra : extraDeployments) {
        Files.copy(extras.resolve(extra), baseDir.resolve("deployments").resolve(extra));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not prepare " + baseDir, e);
    }
  }

  /** Stale markers from a killed run would make a new start look deployed at once. */
  private void removeDeploymentMarkers() {
    try {
      for (String suffix : MARKER_SUFFIXES) {
        Files.deleteIfExists(baseDir.resolve("deployments").resolve(deployment + suffix));
        for (String extra : extraDeployments) {
          Files.deleteIfExists(baseDir.resolve("deployments").resolve(extra + suffix));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copyRecursively(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
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

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(cannot read " + file + ")";
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for WildFly", e);
    }
  }

  private static String requiredProperty(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "System property " + name + " is not set: run the ITs through failsafe (mvn verify)");
    }
    return value;
  }
}
