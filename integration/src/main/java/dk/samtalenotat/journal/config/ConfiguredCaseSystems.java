package dk.samtalenotat.journal.config;

import dk.samtalenotat.journal.CaseLookup;
import dk.samtalenotat.journal.CaseSystems;
import dk.samtalenotat.journal.ConnectionCheck;
import dk.samtalenotat.journal.Journal;
import dk.samtalenotat.journal.JournalException;
import dk.samtalenotat.tenant.settings.TenantConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The {@link CaseSystems} to inject: per tenant (CVR) the adapter its settings name ({@code
 * journal.system} in the database, or the system property {@code
 * samtalenotat.journal.tenant.<CVR>.system} as the installation's default). A tenant without one
 * journalises by hand (PDF). A configuration error is logged and the tenant counts as having none,
 * rather than stopping the deployment for every municipality.
 *
 * <p>An adapter is kept with the settings version it was made from and made again when the version
 * in force changes ({@link TenantConfig} checks it on every read), so a changed endpoint or
 * credential is used from the next note on, on every node, without a restart.
 */
@ApplicationScoped
public class ConfiguredCaseSystems implements CaseSystems {

  private static final Logger LOG = Logger.getLogger(ConfiguredCaseSystems.class.getName());

  private record Made(int version, Optional<CaseSystemAdapter> adapter) {}

  private final Map<String, Made> byTenant = new ConcurrentHashMap<>();
  private Function<String, Optional<String>> config;
  private TenantConfig tenants;

  protected ConfiguredCaseSystems() {}

  @Inject
  public ConfiguredCaseSystems(Config config, TenantConfig tenants) {
    this.config = key -> config.getOptionalValue(key, String.class);
    this.tenants = tenants;
  }

  /** Without CDI, from plain key/value pairs. */
  public static ConfiguredCaseSystems fromValues(Map<String, String> values) {
    ConfiguredCaseSystems c = new ConfiguredCaseSystems();
    c.config = key -> Optional.ofNullable(values.get(key));
    return c;
  }

  @Override
  public Optional<Journal> journal(String tenantCvr) {
    return adapter(tenantCvr).map(a -> a);
  }

  @Override
  public Optional<CaseLookup> caseLookup(String tenantCvr) {
    return adapter(tenantCvr).filter(CaseSystemAdapter::looksUpCases).map(a -> a);
  }

  @Override
  public ConnectionCheck test(String tenantCvr, String testCpr) {
    Optional<CaseSystemAdapter> adapter;
    try {
      adapter = CaseSystemAdapters.create(new TenantSettings(tenantCvr, lookup(tenantCvr)));
    } catch (IllegalArgumentException e) {
      return new ConnectionCheck(ConnectionCheck.Outcome.MISCONFIGURED, null, 0, e.getMessage());
    }
    if (adapter.isEmpty()) {
      return new ConnectionCheck(ConnectionCheck.Outcome.NONE, null, 0, null);
    }
    CaseSystemAdapter a = adapter.get();
    if (!a.looksUpCases()) {
      return new ConnectionCheck(ConnectionCheck.Outcome.CONFIGURED, a.system(), 0, null);
    }
    try {
      int found = a.openCases(tenantCvr, testCpr).size();
      LOG.info(() -> "connection test of tenant " + tenantCvr + " into " + a + " answered");
      return new ConnectionCheck(ConnectionCheck.Outcome.ANSWERED, a.system(), found, null);
    } catch (JournalException | RuntimeException e) {
      LOG.info(() -> "connection test of tenant " + tenantCvr + " into " + a + " failed: " + e);
      return new ConnectionCheck(
          ConnectionCheck.Outcome.FAILED, a.system(), 0, e.getClass().getSimpleName());
    }
  }

  private Optional<CaseSystemAdapter> adapter(String cvr) {
    if (tenants == null) {
      return byTenant.computeIfAbsent(cvr, c -> new Made(0, create(c, config))).adapter();
    }
    TenantConfig.Snapshot now = tenants.snapshot(cvr);
    Made made = byTenant.get(cvr);
    if (made == null || made.version() != now.version()) {
      made = new Made(now.version(), create(cvr, TenantConfig.lookup(now, config)));
      byTenant.put(cvr, made);
    }
    return made.adapter();
  }

  private Function<String, Optional<String>> lookup(String cvr) {
    return tenants == null ? config : TenantConfig.lookup(tenants.snapshot(cvr), config);
  }

  private static Optional<CaseSystemAdapter> create(
      String cvr, Function<String, Optional<String>> config) {
    try {
      Optional<CaseSystemAdapter> adapter =
          CaseSystemAdapters.create(new TenantSettings(cvr, config));
      adapter.ifPresent(a -> LOG.info(() -> "tenant " + cvr + " journalises into " + a));
      return adapter;
    } catch (IllegalArgumentException e) {
      LOG.severe(() -> "case system of tenant " + cvr + " is misconfigured, journal by hand: " + e);
      return Optional.empty();
    }
  }
}
