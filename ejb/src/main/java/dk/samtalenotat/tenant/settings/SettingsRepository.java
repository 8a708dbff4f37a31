package dk.samtalenotat.tenant.settings;

import dk.samtalenotat.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Stores and reads a municipality's settings versions inside the caller's transaction. A save that
 * changes anything writes the next version with every setting (a snapshot), so any version can be
 * read whole; a save that changes nothing writes nothing.
 */
@ApplicationScoped
public class SettingsRepository {

  @PersistenceContext private EntityManager em;

  protected SettingsRepository() {}

  /** Outside the container (tests). */
  public SettingsRepository(EntityManager em) {
    this.em = em;
  }

  /** The settings in force, by name. */
  public Map<String, StoredSetting> current(Tenant tenant) {
    return version(tenant, tenant.getSettingsVersion());
  }

  /** The settings of a version, by name; empty for version 0 or an unknown version. */
  public Map<String, StoredSetting> version(Tenant tenant, int versionNo) {
    Map<String, StoredSetting> out = new TreeMap<>();
    if (versionNo == 0) {
      return out;
    }
    em.createQuery(
            "select s from StoredSetting s where s.version.tenant = :tenant"
                + " and s.version.versionNo = :no",
            StoredSetting.class)
        .setParameter("tenant", tenant)
        .setParameter("no", versionNo)
        .getResultList()
        .forEach(s -> out.put(s.getName(), s));
    return out;
  }

  /** The versions, newest first. */
  public List<SettingsVersion> history(Tenant tenant) {
    return em.createQuery(
            "select v from SettingsVersion v where v.tenant = :tenant order by v.versionNo desc",
            SettingsVersion.class)
        .setParameter("tenant", tenant)
        .getResultList();
  }

  /**
   * Saves the change as the next version, secrets sealed by {@code seal}.
   *
   * @return the new version, or empty when the change left every setting as it was
   */
  public Optional<SettingsVersion> save(
      Tenant tenant, SettingsChange change, SecretSeal seal, String by, String role, Instant now) {
    Map<String, StoredSetting> current = current(tenant);
    Map<String, Optional<String>> wanted = new LinkedHashMap<>();
    List<String> changed = new ArrayList<>();
    for (var e : change.changes().entrySet()) {
      String name = e.getKey();
      StoredSetting old = current.get(name);
      Optional<String> value = e.getValue();
      boolean same =
          value.isEmpty()
              ? old == null
              : old != null && !SettingNames.secret(name) && value.get().equals(old.getValue());
      if (!same) {
        wanted.put(name, value);
        changed.add(name);
      }
    }
    if (changed.isEmpty()) {
      return Optional.empty();
    }
    SettingsVersion version =
        new SettingsVersion(
            tenant, tenant.nextSettingsVersion(), now, by, role, String.join(",", changed));
    em.persist(version);
    for (StoredSetting old : current.values()) {
      if (!wanted.containsKey(old.getName())) {
        em.persist(old.copyTo(version));
      }
    }
    for (var e : wanted.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      String name = e.getKey();
      String value = e.getValue().get();
      if (SettingNames.secret(name)) {
        if (value.length() > StoredSetting.MAX_SECRET) {
          throw new IllegalArgumentException(name + " is too long");
        }
        em.persist(StoredSetting.sealed(version, name, seal.seal(tenant.getCvr(), name, value)));
      } else {
        em.persist(StoredSetting.plain(version, name, value));
      }
    }
    em.flush();
    return Optional.of(version);
  }

  /**
   * Deletes every version and setting of the municipality (offboarding: its secrets and contacts
   * must not outlive it); the tenant row keeps its last version number.
   *
   * @return how many settings were deleted
   */
  public int deleteAll(Tenant tenant) {
    int n =
        em.createQuery(
                "delete from StoredSetting s where s.version in"
                    + " (select v from SettingsVersion v where v.tenant = :tenant)")
            .setParameter("tenant", tenant)
            .executeUpdate();
    em.createQuery("delete from SettingsVersion v where v.tenant = :tenant")
        .setParameter("tenant", tenant)
        .executeUpdate();
    return n;
  }
}
