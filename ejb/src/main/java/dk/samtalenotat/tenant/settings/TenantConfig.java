package dk.samtalenotat.tenant.settings;

import dk.samtalenotat.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * A municipality's settings as the application reads them: the database's version in force, with
 * the system properties as the installation's defaults underneath (a setting the database does not
 * hold falls back to {@code samtalenotat.journal.tenant.<CVR>.<name>} and so on).
 *
 * <p>Cached per municipality with the settings version it was read at. Every read checks the
 * version and state in the database (one row by its unique CVR), and reads the settings again only
 * when the version changed: a change saved on any node of a cluster is in force on every node at
 * its next read, without a restart and without messages between the nodes.
 */
@ApplicationScoped
public class TenantConfig {

  /** A municipality's settings at one version. */
  public record Snapshot(
      String cvr, Optional<TenantDirectory.Stamp> stamp, Map<String, String> values) {

    /** The settings version, 0 for a tenant the database does not know or has none for. */
    public int version() {
      return stamp.map(TenantDirectory.Stamp::version).orElse(0);
    }

    public Optional<String> get(String name) {
      return Optional.ofNullable(values.get(name));
    }
  }

  private record Cached(int version, Map<String, String> values) {}

  private final Map<String, Cached> cache = new ConcurrentHashMap<>();
  private TenantDirectory directory;
  private Function<String, Optional<String>> properties;

  protected TenantConfig() {}

  @Inject
  public TenantConfig(TenantDirectory directory, Config config) {
    this.directory = directory;
    this.properties = key -> config.getOptionalValue(key, String.class);
  }

  /** The municipality's settings now. */
  public Snapshot snapshot(String cvr) {
    Optional<TenantDirectory.Stamp> stamp = directory.stamp(cvr);
    if (stamp.isEmpty() || stamp.get().version() == 0) {
      return new Snapshot(cvr, stamp, Map.of());
    }
    int version = stamp.get().version();
    Cached cached = cache.get(cvr);
    if (cached == null || cached.version() != version) {
      cached = new Cached(version, Map.copyOf(directory.open(stamp.get().id(), version)));
      cache.put(cvr, cached);
    }
    return new Snapshot(cvr, stamp, cached.values());
  }

  /**
   * A configuration look-up for the municipality: a per-municipality key of it ({@code
   * samtalenotat.journal.tenant.<CVR>.<name>}, {@code samtalenotat.compliance.tenant.<CVR>.<name>})
   * answers from the database when the setting is there, every other key from the system
   * properties.
   */
  public Function<String, Optional<String>> lookup(String cvr) {
    return lookup(snapshot(cvr), properties);
  }

  /** {@link #lookup(String)} over a snapshot already read. */
  public static Function<String, Optional<String>> lookup(
      Snapshot snapshot, Function<String, Optional<String>> properties) {
    return key -> {
      Optional<String[]> setting = SettingNames.fromPropertyKey(key);
      if (setting.isPresent() && setting.get()[0].equals(snapshot.cvr())) {
        Optional<String> own = snapshot.get(setting.get()[1]);
        if (own.isPresent()) {
          return own;
        }
      }
      return properties.apply(key);
    };
  }

  /**
   * A look-up for keys of any municipality: each per-municipality key answers from that
   * municipality's settings in force, every other key from the system properties.
   */
  public Function<String, Optional<String>> lookupAny() {
    return key ->
        SettingNames.fromPropertyKey(key)
            .map(setting -> lookup(snapshot(setting[0]), properties).apply(key))
            .orElseGet(() -> properties.apply(key));
  }

  /** Whether the municipality is known and active (signs on, works). */
  public boolean active(String cvr) {
    return directory.stamp(cvr).map(TenantDirectory.Stamp::activeMunicipality).orElse(false);
  }

  /** The state of a tenant, or empty when the installation does not know the CVR. */
  public Optional<Tenant.Status> status(String cvr) {
    return directory.stamp(cvr).map(TenantDirectory.Stamp::status);
  }
}
