package dk.samtalenotat.installation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node's name, as the leases it takes in the database show it to operations: WildFly's {@code
 * jboss.node.name} (set per node in a cluster), else the host's name. Only a label: every lease
 * adds a random part of its own, so two nodes with one name still never share a claim.
 */
@ApplicationScoped
public class NodeName {

  private String name;

  protected NodeName() {}

  @Inject
  public NodeName(@ConfigProperty(name = "jboss.node.name") Optional<String> configured) {
    this.name = configured.filter(n -> !n.isBlank()).orElseGet(NodeName::hostName);
  }

  public String get() {
    return name;
  }

  private static String hostName() {
    try {
      return java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.net.UnknownHostException e) {
      return "unknown";
    }
  }
}
