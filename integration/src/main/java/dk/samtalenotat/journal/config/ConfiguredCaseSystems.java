package dk.samtalenotat.journal.config;

import dk.samtalenotat.journal.CaseLookup;
import dk.samtalenotat.journal.CaseSystems;
import dk.samtalenotat.journal.Journal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The {@link CaseSystems} to inject: per tenant (CVR) the adapter named by {@code
 * samtalenotat.journal.tenant.<CVR>.system}. A tenant without one journalises by hand (PDF). A
 * configuration error is logged and the tenant counts as having none, rather than stopping the
 * deployment for every municipality.
 */
@ApplicationScoped
public class ConfiguredCaseSystems implements CaseSystems {

  private static final Logger LOG = Logger.getLogger(ConfiguredCaseSystems.class.getName());

  private final Map<String, Optional<CaseSystemAdapter>> byTenant = new ConcurrentHashMap<>();
  private Function<String, Optional<String>> config;

  protected ConfiguredCaseSystems() {}

  @Inject
  public ConfiguredCaseSystems(Config config) {
    this.config = key -> config.getOptionalValue(key, String.class);
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

  private Optional<CaseSystemAdapter> adapter(String cvr) {
    return byTenant.computeIfAbsent(cvr, this::create);
  }

  private Optional<CaseSystemAdapter> create(String cvr) {
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
