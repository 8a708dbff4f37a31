package dk.samtalenotat.tenant.settings;

import dk.samtalenotat.audit.AccessAction;
import dk.samtalenotat.audit.AccessLog;
import dk.samtalenotat.security.Roles;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.Tenant;
import dk.samtalenotat.tenant.UserRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The municipality administrator's settings ({@link AdministratorSettings}) of the caller's own
 * municipality: the tenant is always the signed-on administrator's, so no request can name another.
 * Each saved change is a new settings version with who and when, written to the municipality's
 * access log (the names of what changed, never a value), and in force at the next read on every
 * node ({@link TenantConfig} checks the version).
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class MunicipalitySettingsService {

  private static final Logger LOG = Logger.getLogger(MunicipalitySettingsService.class.getName());

  /** The versions the history shows. */
  public static final int HISTORY = 20;

  @Inject private UserRegistry users;
  @Inject private SettingsRepository repository;
  @Inject private SecretSeal seal;
  @Inject private AccessLog accessLog;
  @Inject private Config config;

  /** The caller's municipality's settings as the administrator sees them. */
  public AdministratorSettings.View mine() {
    Tenant tenant = users.caller().getTenant();
    Map<String, String> names = new HashMap<>();
    return settings()
        .view(
            tenant,
            key ->
                names.computeIfAbsent(
                    key, k -> users.findUser(k).map(AppUser::getDisplayName).orElse(k)),
            HISTORY);
  }

  /** The caller's municipality's CVR number: what "own" means for the REST API's paths. */
  public String myCvr() {
    return users.caller().getTenant().getCvr();
  }

  /** Saves the caller's changes to their own municipality's settings. */
  public AdministratorSettings.Outcome save(Map<String, String> wanted) {
    AppUser caller = users.caller();
    Tenant tenant = caller.getTenant();
    AdministratorSettings.Outcome outcome =
        settings().save(tenant, wanted, caller.getUserKey(), Roles.ADMINISTRATOR, Instant.now());
    outcome
        .version()
        .ifPresent(
            v -> {
              accessLog.administered(
                  tenant,
                  AccessAction.CHANGE,
                  "settings changed by the municipality's administrator; settings version "
                      + v
                      + " ("
                      + String.join(",", outcome.changed())
                      + ")");
              LOG.info(
                  () ->
                      "TENANT-ADM-01 settings of tenant "
                          + tenant.getCvr()
                          + " changed by "
                          + caller.getUserKey()
                          + ": version "
                          + v);
            });
    return outcome;
  }

  private AdministratorSettings settings() {
    return new AdministratorSettings(
        repository, seal, key -> config.getOptionalValue(key, String.class));
  }
}
