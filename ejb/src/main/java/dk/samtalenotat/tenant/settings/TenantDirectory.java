package dk.samtalenotat.tenant.settings;

import dk.samtalenotat.crypto.CryptoException;
import dk.samtalenotat.tenant.Tenant;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Reads what the settings cache and the sign-on need of a tenant: its stamp (state and settings
 * version, one row by its unique CVR) on every read, and its settings with the secrets opened only
 * when the version changed. Open to every caller: nothing here is shown to anyone.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class TenantDirectory {

  private static final Logger LOG = Logger.getLogger(TenantDirectory.class.getName());

  /** What is checked on every read: which tenant, what it is, its state and settings version. */
  public record Stamp(
      long id, String cvr, String name, Tenant.Kind kind, Tenant.Status status, int version) {

    /** A municipality whose employees may sign on and whose work runs. */
    public boolean activeMunicipality() {
      return kind == Tenant.Kind.MUNICIPALITY && status == Tenant.Status.ACTIVE;
    }
  }

  @PersistenceContext private EntityManager em;
  @Inject private SettingsRepository settings;
  @Inject private SecretSeal seal;

  public Optional<Stamp> stamp(String cvr) {
    return em.createQuery(
            "select new dk.samtalenotat.tenant.settings.TenantDirectory$Stamp(t.id, t.cvr, t.name,"
                + " t.kind, t.status, t.settingsVersion) from Tenant t where t.cvr = :cvr",
            Stamp.class)
        .setParameter("cvr", cvr)
        .getResultStream()
        .findFirst();
  }

  /**
   * The settings of the version, secrets opened. A secret that no longer opens (another key store)
   * is left out and logged, so the adapter reports it missing rather than failing unclearly.
   */
  public Map<String, String> open(long tenantId, int version) {
    Tenant tenant = em.find(Tenant.class, tenantId);
    Map<String, String> out = new HashMap<>();
    if (tenant == null) {
      return out;
    }
    settings
        .version(tenant, version)
        .forEach(
            (name, s) -> {
              if (!s.isSecret()) {
                out.put(name, s.getValue());
                return;
              }
              try {
                out.put(name, seal.open(tenant.getCvr(), name, s.sealed()));
              } catch (CryptoException e) {
                LOG.severe(
                    () ->
                        "TENANT-CFG-01 secret setting "
                            + name
                            + " of tenant "
                            + tenant.getCvr()
                            + " does not open with the installation's key: "
                            + e.getMessage());
              }
            });
    return out;
  }
}
