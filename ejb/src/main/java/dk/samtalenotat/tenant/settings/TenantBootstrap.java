package dk.samtalenotat.tenant.settings;

import dk.samtalenotat.audit.AccessAction;
import dk.samtalenotat.audit.AccessLog;
import dk.samtalenotat.installation.InstallationLock;
import dk.samtalenotat.installation.InstallationSettings;
import dk.samtalenotat.installation.NodeName;
import dk.samtalenotat.tenant.Tenant;
import dk.samtalenotat.tenant.UserRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * At every start: makes sure the operator's organisation ({@code samtalenotat.operator.cvr}) is
 * known, and imports the property-based municipalities (README, "Municipalities on a shared
 * installation"). A municipality of {@code samtalenotat.saml.tenants} that the database does not
 * know is created; one that is active and has no settings version yet gets its {@code
 * samtalenotat.journal.tenant.<CVR>.*} and {@code samtalenotat.compliance.tenant.<CVR>.*} values as
 * version 1, written to its access log as done by {@code system}. Once a municipality has settings
 * in the database, or was offboarded, the properties never touch it again: they stay only as the
 * installation's defaults for what its settings leave unset.
 *
 * <p>The nodes of a cluster may start at once on a new database: the start takes the {@link
 * InstallationLock#BOOTSTRAP} lock first, so one node creates the tenants and seals their settings
 * (with keys it writes to the shared key store) while the others wait, and then find them.
 */
@Singleton
@Startup
public class TenantBootstrap {

  private static final Logger LOG = Logger.getLogger(TenantBootstrap.class.getName());

  /** The operator organisation's CVR in the demo, a valid CVR number (modulus 11). */
  public static final String DEMO_OPERATOR_CVR = dk.samtalenotat.security.DemoUsers.OPERATOR_CVR;

  static final String OPERATOR_CVR = "samtalenotat.operator.cvr";
  static final String OPERATOR_NAME = "samtalenotat.operator.name";

  @PersistenceContext private EntityManager em;
  @Inject private Config config;
  @Inject private InstallationSettings installation;
  @Inject private UserRegistry users;
  @Inject private SettingsRepository settings;
  @Inject private SecretSeal seal;
  @Inject private AccessLog accessLog;
  @Inject private NodeName node;

  @PostConstruct
  void start() {
    InstallationLock.take(em, InstallationLock.BOOTSTRAP, node.get());
    Function<String, Optional<String>> lookup =
        key -> config.getOptionalValue(key, String.class).filter(v -> !v.isBlank());
    operator(lookup);
    Instant now = Instant.now();
    for (Map.Entry<String, Map<String, String>> e : PropertyImport.read(lookup).entrySet()) {
      String cvr = e.getKey();
      Tenant tenant =
          users
              .findTenant(cvr)
              .orElseGet(
                  () -> {
                    Tenant t = new Tenant(cvr, Tenant.placeholderName(cvr));
                    em.persist(t);
                    LOG.info(
                        () ->
                            "TENANT-IMPORT-02 tenant "
                                + cvr
                                + " created from "
                                + PropertyImport.TENANTS);
                    return t;
                  });
      if (!tenant.isMunicipality()
          || tenant.getStatus() != Tenant.Status.ACTIVE
          || tenant.getSettingsVersion() > 0
          || e.getValue().isEmpty()) {
        continue;
      }
      settings
          .save(
              tenant, PropertyImport.asChange(e.getValue()), seal, AccessLog.SYSTEM, "import", now)
          .ifPresent(
              v -> {
                accessLog.administered(
                    tenant,
                    AccessAction.CREATE,
                    "settings version "
                        + v.getVersionNo()
                        + " imported from system properties: "
                        + v.getChangedNames(),
                    AccessLog.SYSTEM,
                    "import");
                LOG.info(
                    () ->
                        "TENANT-IMPORT-01 "
                            + e.getValue().size()
                            + " settings of tenant "
                            + cvr
                            + " imported from system properties as version "
                            + v.getVersionNo());
              });
    }
  }

  private void operator(Function<String, Optional<String>> lookup) {
    Optional<String> cvr =
        lookup
            .apply(OPERATOR_CVR)
            .or(() -> installation.demo() ? Optional.of(DEMO_OPERATOR_CVR) : Optional.empty());
    if (cvr.isEmpty()) {
      LOG.info(
          "TENANT-OP-02 no operator organisation ("
              + OPERATOR_CVR
              + " is not set): nobody holds the operator role");
      return;
    }
    Optional<Tenant> known = users.findTenant(cvr.get());
    if (known.isPresent()) {
      if (known.get().isMunicipality()) {
        LOG.severe(
            () ->
                "TENANT-OP-01 "
                    + OPERATOR_CVR
                    + "="
                    + cvr.get()
                    + " is a municipality of this installation; the operator's organisation must"
                    + " be one of its own, so nobody holds the operator role");
      }
      return;
    }
    String name = lookup.apply(OPERATOR_NAME).orElse("Drift");
    em.persist(Tenant.operator(cvr.get(), name));
    LOG.info(() -> "TENANT-OP-03 operator organisation " + cvr.get() + " created");
  }
}
