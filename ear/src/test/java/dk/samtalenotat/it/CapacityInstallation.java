package dk.samtalenotat.it;

import dk.samtalenotat.bench.support.ServerHeap;
import dk.samtalenotat.it.capacity.ServerProfile;
import dk.samtalenotat.it.capacity.ServerWatch;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the capacity benchmark loads: one node on the build's embedded database, or one or two nodes
 * of the cluster configuration ({@code standalone-full-ha-pg.xml}: JGroups over TCP on loopback,
 * sessions replicated, EJB timers in the database) on Debian's PostgreSQL behind HAProxy with
 * sticky sessions, as {@link ClusterIT} starts them. Each node is watched through its management
 * interface ({@link ServerWatch}) and can be profiled with JFR; the simulated caseworkers reach the
 * installation through {@link #baseUri()} (the balancer, for two nodes).
 */
final class CapacityInstallation implements AutoCloseable {

  private static final String CLUSTER_CONFIG = "standalone-full-ha-pg.xml";
  private static final int NODE_OFFSET_STEP = 40;

  private final List<WildFlyServer> servers;
  private final List<Path> baseDirs;
  private final List<ServerWatch> watches = new ArrayList<>();
  private final List<ServerHeap> heaps = new ArrayList<>();
  private final DebianPostgres postgres;
  private HaProxy balancer;

  private CapacityInstallation(
      List<WildFlyServer> servers, List<Path> baseDirs, DebianPostgres postgres) {
    this.servers = servers;
    this.baseDirs = baseDirs;
    this.postgres = postgres;
  }

  /**
   * Starts the installation: one node as the harness's fresh server on the embedded database, or
   * one or two of the cluster configuration on PostgreSQL behind a balancer (one: a node with its
   * database on a server of its own, as in production). The data source's pool statistics are
   * switched on in each node's configuration before it starts.
   *
   * @param postgresql whether one node runs on PostgreSQL (two always do)
   */
  static CapacityInstallation start(int nodes, boolean postgresql, String dataSource)
      throws Exception {
    if (nodes == 1 && !postgresql) {
      WildFlyServer server = WildFlyServer.fresh();
      Path base = Path.of(System.getProperty("samtalenotat.it.base.dir"));
      CapacityInstallation one = new CapacityInstallation(List.of(server), List.of(base), null);
      one.prepare(server, dataSource);
      server.start();
      return one;
    }
    if (nodes != 1 && nodes != 2) {
      throw new IllegalArgumentException("bench.nodes is 1 or 2, not " + nodes);
    }
    // Every node reads its configuration from this property when it starts.
    System.setProperty("samtalenotat.it.server-config", CLUSTER_CONFIG);
    Path target = Path.of(System.getProperty("samtalenotat.it.base.dir") + "-cluster");
    // The cluster configuration binds JGroups' failure detection at 57600 + offset: the offsets
    // stay below 7936.
    int offset = Integer.getInteger("bench.cluster.port-offset", 7850);
    int[] offsets = {offset, offset + NODE_OFFSET_STEP};
    int balancerPort = Integer.getInteger("bench.balancer-port", 18964);
    DebianPostgres postgres =
        DebianPostgres.start(
            target.resolve("postgres"), Integer.getInteger("bench.postgres-port", 18966));
    Map<String, String> environment =
        ClusterNodes.environment(postgres, offsets, balancerPort, target.resolve("shared"));

    List<WildFlyServer> servers = new ArrayList<>();
    List<Path> baseDirs = new ArrayList<>();
    List<HaProxy.Node> backends = new ArrayList<>();
    for (int i = 0; i < nodes; i++) {
      String name = "node" + (i + 1);
      Path base = target.resolve(name);
      WildFlyServer node = ClusterNodes.node(target, name, offsets[i], environment);
      servers.add(node);
      baseDirs.add(base);
      backends.add(new HaProxy.Node(name, 8080 + offsets[i], node.managementPort()));
    }
    CapacityInstallation two = new CapacityInstallation(servers, baseDirs, postgres);
    try {
      // One after the other, as the README asks for a new database.
      for (WildFlyServer node : servers) {
        two.prepare(node, dataSource);
        node.start();
      }
      two.balancer =
          HaProxy.start(
              target.resolve("haproxy"),
              balancerPort,
              Integer.getInteger("bench.balancer-stats-port", 18965),
              backends);
      Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
      while (!two.allUp()) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("the balancer does not see every node UP");
        }
        Thread.sleep(500);
      }
    } catch (Exception | Error e) {
      two.close();
      throw e;
    }
    return two;
  }

  private boolean allUp() {
    Map<String, String> status = balancer.status();
    for (int i = 1; i <= servers.size(); i++) {
      if (!status.getOrDefault("node" + i, "").startsWith("UP")) {
        return false;
      }
    }
    return true;
  }

  private void prepare(WildFlyServer server, String dataSource) throws IOException {
    heaps.add(
        ServerHeap.withNewUser(server.configurationDir(), server.managementPort(), "capacity"));
    poolStatistics(server.configurationDir(), dataSource);
  }

  /** Starts one watch per node. */
  void watch(String dataSource, long intervalMillis) {
    for (int i = 0; i < heaps.size(); i++) {
      long pid = ServerProfile.pidOf(baseDirs.get(i)).orElse(-1L);
      ServerWatch watch = new ServerWatch(heaps.get(i), dataSource, intervalMillis, pid);
      watch.start();
      watches.add(watch);
    }
  }

  /** Where the simulated caseworkers go: the node, or the balancer in front of two. */
  URI baseUri() {
    return balancer != null ? balancer.baseUri() : servers.get(0).baseUri();
  }

  int nodes() {
    return servers.size();
  }

  /** The heap each node may use, MiB (the first node's; all are provisioned alike). */
  long heapMaxMiB() throws IOException, InterruptedException {
    return heaps.get(0).usage().max() / (1024 * 1024);
  }

  /** A JFR profile per running node, named after the node's index. */
  List<ServerProfile> profiles() {
    List<ServerProfile> profiles = new ArrayList<>();
    for (Path base : baseDirs) {
      ServerProfile.of(base).ifPresent(profiles::add);
    }
    return profiles;
  }

  /** The installation's summary over a stretch: the nodes' CPU, connections and threads summed. */
  ServerWatch.Summary between(long fromNanos, long toNanos) {
    return ServerWatch.combine(eachBetween(fromNanos, toNanos));
  }

  /** Each node's own summary over a stretch, in node order. */
  List<ServerWatch.Summary> eachBetween(long fromNanos, long toNanos) {
    List<ServerWatch.Summary> each = new ArrayList<>();
    for (ServerWatch w : watches) {
      each.add(w.between(fromNanos, toNanos));
    }
    return each;
  }

  @Override
  public void close() {
    for (ServerWatch w : watches) {
      try {
        w.stopAndJoin();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (balancer != null) {
      balancer.close();
    }
    for (WildFlyServer server : servers) {
      try {
        server.stop();
      } catch (RuntimeException e) {
        server.kill();
      }
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  /**
   * Switches the datasource's pool statistics on in a node's own configuration (they only count
   * from a start with them on).
   */
  private static void poolStatistics(Path configurationDir, String dataSource) throws IOException {
    Path xml =
        configurationDir.resolve(
            System.getProperty("samtalenotat.it.server-config", "standalone-full.xml"));
    String config = Files.readString(xml);
    Matcher tag =
        Pattern.compile("<datasource\\b[^>]*pool-name=\"" + dataSource + "\"[^>]*>")
            .matcher(config);
    if (!tag.find()) {
      throw new IllegalStateException("no datasource " + dataSource + " in " + xml);
    }
    String on =
        tag.group().contains("statistics-enabled=")
            ? tag.group().replaceAll("statistics-enabled=\"[^\"]*\"", "statistics-enabled=\"true\"")
            : tag.group().replace("<datasource ", "<datasource statistics-enabled=\"true\" ");
    Files.writeString(xml, config.replace(tag.group(), on));
  }
}
