package dk.samtalenotat.tenant.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.crypto.TestKeys;
import dk.samtalenotat.persistence.TestDatabase;
import dk.samtalenotat.tenant.Tenant;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The administrator's own settings on H2: values checked with Danish message keys, only what
 * changed saved as a new version with who, a secret never returned, and the case system only while
 * the operator allows it.
 */
class AdministratorSettingsTest {

  private static final String CVR = "29189404";

  private final TestDatabase db = new TestDatabase();
  private final SecretSeal seal = new SecretSeal(TestKeys.dataKeys());
  private final Map<String, String> properties = new HashMap<>();
  private long tenantId;

  @BeforeEach
  void tenant() {
    properties.put("samtalenotat.compliance.tenant." + CVR + ".dpo.name", "Dorthe Ødegaard");
    properties.put("samtalenotat.journal.tenant." + CVR + ".password", "fra-opsætningen");
    tenantId =
        db.inTransaction(
            em -> {
              Tenant t = new Tenant(CVR, "Fjerde Kommune");
              em.persist(t);
              return t.getId();
            });
  }

  @AfterEach
  void close() {
    db.close();
  }

  private AdministratorSettings.Outcome save(Map<String, String> wanted) {
    return db.inTransaction(
        em ->
            settings(em)
                .save(
                    em.find(Tenant.class, tenantId),
                    wanted,
                    "admin-1",
                    "administrator",
                    Instant.now()));
  }

  private AdministratorSettings.View view() {
    return db.inTransaction(
        em -> settings(em).view(em.find(Tenant.class, tenantId), k -> "Navn " + k, 20));
  }

  private AdministratorSettings settings(jakarta.persistence.EntityManager em) {
    Function<String, Optional<String>> props = k -> Optional.ofNullable(properties.get(k));
    return new AdministratorSettings(new SettingsRepository(em), seal, props);
  }

  private void operatorAllows(boolean allowed) {
    db.inTransaction(
        em ->
            new SettingsRepository(em)
                .save(
                    em.find(Tenant.class, tenantId),
                    new SettingsChange()
                        .set(SettingNames.ADMIN_EDITS_CASE_SYSTEM, allowed ? "true" : null),
                    seal,
                    "operator-1",
                    "drift",
                    Instant.now()));
  }

  private static Map<String, String> of(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void valuesAreCheckedWithDanishMessageKeysAndNothingIsSavedWhenOneIsWrong() {
    AdministratorSettings.Outcome bad =
        save(
            of(
                "compliance.dpo.email", "dpo@",
                "compliance.dpo.phone", "12",
                "compliance.controller.name", "Fjerde Kommune"));
    assertTrue(bad.version().isEmpty());
    assertEquals(
        List.of(
            new AdministratorSettings.Problem("compliance.dpo.email", "settings.error.email"),
            new AdministratorSettings.Problem("compliance.dpo.phone", "settings.error.phone")),
        bad.problems());
    assertEquals(0, view().version(), "nothing saved");

    assertEquals(Optional.empty(), AdministratorSettings.check("compliance.dpo.email", "a@b.dk"));
    assertEquals(
        Optional.empty(), AdministratorSettings.check("compliance.dpo.phone", "+45 12 34 56 78"));
    assertEquals(
        Optional.of("settings.error.url"),
        AdministratorSettings.check("journal.url", "http://sbsys.example/"));
    assertEquals(
        Optional.of("settings.error.url"), AdministratorSettings.check("journal.url", "https://"));
    assertEquals(
        Optional.empty(), AdministratorSettings.check("journal.url", "https://sbsys.example/api"));
    assertEquals(
        Optional.of("settings.error.timeout"),
        AdministratorSettings.check("journal.read-timeout", "0"));
    assertEquals(
        Optional.of("settings.error.timeout"),
        AdministratorSettings.check("journal.read-timeout", "301"));
    assertEquals(
        Optional.of("settings.error.timeout"),
        AdministratorSettings.check("journal.read-timeout", "30s"));
    assertEquals(Optional.empty(), AdministratorSettings.check("journal.read-timeout", "300"));
    assertEquals(
        Optional.of("settings.error.caseSystem"),
        AdministratorSettings.check("journal.system", "acadre"));
    assertEquals(
        Optional.of("settings.error.tooLong"),
        AdministratorSettings.check("compliance.dpo.name", "x".repeat(401)));
  }

  @Test
  void onlyWhatChangedIsANewVersionWithWhoAndTheInstallationDefaultShows() {
    AdministratorSettings.View before = view();
    assertEquals("Dorthe Ødegaard", before.values().get("compliance.dpo.name"), "the property");

    // The form sent back as it was: no version.
    AdministratorSettings.Outcome same = save(new LinkedHashMap<>(before.values()));
    assertTrue(same.ok());
    assertTrue(same.version().isEmpty());

    Map<String, String> form = new LinkedHashMap<>(before.values());
    form.put("compliance.dpo.email", "dpo@fjerde.dk");
    AdministratorSettings.Outcome first = save(form);
    assertTrue(first.ok(), first.toString());
    assertEquals(Optional.of(1), first.version());
    assertEquals(List.of("compliance.dpo.email"), first.changed(), "the property was not copied");

    AdministratorSettings.Outcome second = save(of("compliance.dpo.email", "privatliv@fjerde.dk"));
    assertEquals(Optional.of(2), second.version());

    AdministratorSettings.View after = view();
    assertEquals(2, after.version());
    assertEquals("privatliv@fjerde.dk", after.values().get("compliance.dpo.email"));
    assertEquals(2, after.history().size());
    AdministratorSettings.VersionRow newest = after.history().get(0);
    assertEquals(2, newest.versionNo());
    assertEquals("Navn admin-1", newest.changedBy());
    assertEquals("administrator", newest.role());
    assertEquals(List.of("compliance.dpo.email"), newest.names());

    // Blank removes the municipality's own value: the installation's default applies again.
    assertEquals(Optional.of(3), save(of("compliance.dpo.email", "")).version());
    assertFalse(view().values().containsKey("compliance.dpo.email"));
    assertTrue(save(of("compliance.dpo.name", "")).version().isEmpty(), "no own value to remove");
  }

  @Test
  void theCaseSystemOnlyWhileTheOperatorAllowsIt() {
    assertFalse(view().caseSystemAllowed());
    assertFalse(view().values().containsKey("journal.system"), "not shown");
    assertTrue(view().secretsStored().isEmpty(), "not even whether a secret is stored");
    AdministratorSettings.Outcome refused = save(of("journal.read-timeout", "45"));
    assertTrue(refused.refused());
    assertEquals(0, view().version());

    operatorAllows(true);
    assertTrue(view().caseSystemAllowed());
    assertEquals(
        List.of(new AdministratorSettings.Problem("journal.url", "settings.error.urlMissing")),
        save(of("journal.system", "sbsys")).problems(),
        "a case system needs its address");
    AdministratorSettings.Outcome saved =
        save(
            of(
                "journal.system", "sbsys",
                "journal.url", "https://sbsys.fjerde.dk/api",
                "journal.read-timeout", "45"));
    assertTrue(saved.ok(), saved.toString());
    assertEquals("45", view().values().get("journal.read-timeout"));

    operatorAllows(false);
    assertTrue(save(of("journal.read-timeout", "50")).refused());
    assertEquals("45", db.inTransaction(this::readTimeout), "kept as it was");
  }

  private String readTimeout(jakarta.persistence.EntityManager em) {
    return new SettingsRepository(em)
        .current(em.find(Tenant.class, tenantId))
        .get("journal.read-timeout")
        .getValue();
  }

  @Test
  void neverAnotherSettingThanTheAdministratorsOwn() {
    operatorAllows(true);
    for (String name :
        List.of(
            SettingNames.ADMIN_EDITS_CASE_SYSTEM,
            SettingNames.ADMINISTRATORS,
            "journal.tls.keystore-data",
            "compliance.hosting",
            "no.such.setting")) {
      assertTrue(save(of(name, "x")).refused(), name);
    }
  }

  @Test
  void aSecretIsSealedNeverReturnedAndABlankFieldKeepsIt() {
    operatorAllows(true);
    AdministratorSettings.View v = view();
    assertTrue(v.secretsStored().contains("journal.password"), "stored in the properties");
    assertFalse(v.values().containsKey("journal.password"));
    assertFalse(v.toString().contains("fra-opsætningen"));

    AdministratorSettings.Outcome saved = save(of("journal.password", "Sommer2026!"));
    assertTrue(saved.ok());
    assertEquals(List.of("journal.password"), saved.changed());
    AdministratorSettings.View after = view();
    assertTrue(after.secretsStored().contains("journal.password"));
    assertFalse(after.toString().contains("Sommer2026!"), "never returned");
    StoredSetting stored =
        db.inTransaction(
            em ->
                new SettingsRepository(em)
                    .current(em.find(Tenant.class, tenantId))
                    .get("journal.password"));
    assertTrue(stored.isSecret());
    assertEquals("Sommer2026!", seal.open(CVR, "journal.password", stored.sealed()));

    // A blank field keeps the stored secret: no new version.
    int version = after.version();
    assertTrue(save(of("journal.password", "", "journal.api-key", "")).version().isEmpty());
    assertEquals(version, view().version());
  }
}
