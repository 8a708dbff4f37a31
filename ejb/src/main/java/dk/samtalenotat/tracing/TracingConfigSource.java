package dk.samtalenotat.tracing;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The OpenTelemetry settings that WildFly's microprofile-telemetry subsystem reads from
 * MicroProfile Config ({@code otel.*}), derived from the installation's own variables, so that
 * tracing is off unless {@value #ENDPOINT} names a collector: a server without one (the demo, a
 * test) then never tries to export. The CLI script {@code 87-opentelemetry.cli} sets the rest
 * (service name, endpoint, sampler); a standard {@code OTEL_*} environment variable overrides what
 * is here (this source's ordinal is below the environment's).
 *
 * <p>Each module with beans is a deployment with a Config of its own, so the web, ejb and
 * integration modules each list this source in {@code META-INF/services}.
 *
 * <p>OTLP metrics and logs are off: the metrics are Micrometer's (Prometheus on the management
 * interface) and the logs stay in the server's log files, so only spans leave the node.
 */
public final class TracingConfigSource implements ConfigSource {

  /** The collector's OTLP endpoint, for example {@code http://otel-collector:4318}. */
  public static final String ENDPOINT = "SAMTALENOTAT_OTEL_ENDPOINT";

  /** {@code http/protobuf} (the default; a collector's port 4318) or {@code grpc} (4317). */
  public static final String PROTOCOL = "SAMTALENOTAT_OTEL_PROTOCOL";

  private static final Set<String> PROTOCOLS = Set.of("http/protobuf", "grpc");

  private final Map<String, String> properties;

  public TracingConfigSource() {
    this(System.getenv());
  }

  TracingConfigSource(Map<String, String> environment) {
    this.properties = properties(environment);
  }

  static Map<String, String> properties(Map<String, String> environment) {
    String endpoint = environment.getOrDefault(ENDPOINT, "").strip();
    String protocol =
        environment.getOrDefault(PROTOCOL, "http/protobuf").strip().toLowerCase(Locale.ROOT);
    if (!PROTOCOLS.contains(protocol)) {
      throw new IllegalArgumentException(
          PROTOCOL + " must be http/protobuf or grpc, not '" + protocol + "'");
    }
    return Map.of(
        "otel.sdk.disabled",
        String.valueOf(endpoint.isEmpty()),
        "otel.exporter.otlp.protocol",
        protocol,
        "otel.metrics.exporter",
        "none",
        "otel.logs.exporter",
        "none");
  }

  @Override
  public Map<String, String> getProperties() {
    return properties;
  }

  @Override
  public Set<String> getPropertyNames() {
    return properties.keySet();
  }

  @Override
  public String getValue(String propertyName) {
    return properties.get(propertyName);
  }

  @Override
  public String getName() {
    return "samtalenotat-tracing";
  }

  /** Below the environment (300) and system properties (400), above the default files (100). */
  @Override
  public int getOrdinal() {
    return 250;
  }
}
