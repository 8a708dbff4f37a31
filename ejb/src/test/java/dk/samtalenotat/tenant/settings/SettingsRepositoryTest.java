package dk.samtalenotat.tenant.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.crypto.TestKeys;
import dk.samtalenotat.persistence.TestDatabase;
import dk.samtalenotat.tenant.Tenant;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Settings versions on H2: snapshots, no version for no change, secrets only as ciphertext. */
class SettingsRepositoryTest {

  private final TestDatabase db = new TestDatabase();
  private final SecretSeal seal = new SecretSeal(TestKeys.dataKeys());
  private long tenantId;

  @BeforeEach
  void tenant() {
    tenantId =
        db.inTransaction(
            em -> {
              Tenant t = new Tenant("29189404", "Fjerde Kommune");
              em.persist(t);
              return t.getId();
            });
  }

  @AfterEach
  void close() {
    db.close();
  }

  private int save(SettingsChange change, String by) {
    return db.inTransaction(
        em ->
            new SettingsRepository(em)
                .save(em.find(Tenant.class, tenantId), change, seal, by, "drift", Instant.now())
                .map(SettingsVersion::getVersionNo)
                .orElse(0));
  }

  private int settingsVersion() {
    Integer v = db.inTransaction(em -> em.find(Tenant.class, tenantId).getSettingsVersion());
    return v;
  }

  private Map<String, StoredSetting> version(int no) {
    return db.inTransaction(
        em -> new SettingsRepository(em).version(em.find(Tenant.class, tenantId), no));
  }

  @Test
  void everySaveThatChangesSomethingIsANewWholeVersion() {
    assertEquals(
        1,
        save(
            new SettingsChange()
                .set("journal.system", "sbsys")
                .set("journal.url", "http://sbsys.example/")
                .set("compliance.dpo.email", "dpo@fjerde.example"),
            "operator-1"));
    assertEquals(2, save(new SettingsChange().set("journal.url", "http://sbsys2.example/"), "a"));
    assertEquals(3, save(new SettingsChange().remove("compliance.dpo.email"), "a"));

    Map<String, StoredSetting> v1 = version(1);
    Map<String, StoredSetting> v2 = version(2);
    Map<String, StoredSetting> v3 = version(3);
    assertEquals("http://sbsys.example/", v1.get("journal.url").getValue());
    assertEquals("http://sbsys2.example/", v2.get("journal.url").getValue());
    assertEquals("sbsys", v2.get("journal.system").getValue(), "unchanged settings carry over");
    assertEquals("dpo@fjerde.example", v2.get("compliance.dpo.email").getValue());
    assertFalse(v3.containsKey("compliance.dpo.email"), "removed in version 3");
    assertEquals(2, v3.size());

    List<SettingsVersion> history =
        db.inTransaction(em -> new SettingsRepository(em).history(em.find(Tenant.class, tenantId)));
    assertEquals(List.of(3, 2, 1), history.stream().map(SettingsVersion::getVersionNo).toList());
    assertEquals("journal.url", history.get(1).getChangedNames());
    assertEquals("operator-1", history.get(2).getChangedBy());
    assertEquals(3, settingsVersion());
  }

  @Test
  void aSaveThatChangesNothingWritesNoVersion() {
    save(new SettingsChange().set("journal.kle", "32.30"), "a");
    assertEquals(0, save(new SettingsChange().set("journal.kle", " 32.30 "), "a"));
    assertEquals(0, save(new SettingsChange().remove("journal.url"), "a"));
    assertEquals(1, settingsVersion());
  }

  @Test
  void secretsAreStoredSealedAndCarriedOverWithoutBeingOpened() {
    save(new SettingsChange().set("journal.client-secret", "hemmelig-klient"), "a");
    save(new SettingsChange().set("journal.client-id", "samtalenotat"), "a");
    StoredSetting v1 = version(1).get("journal.client-secret");
    StoredSetting v2 = version(2).get("journal.client-secret");
    assertTrue(v1.isSecret());
    assertNull(v1.getValue());
    assertTrue(v1.sameAs(v2), "the same ciphertext in the next version");
    assertEquals("hemmelig-klient", seal.open("29189404", "journal.client-secret", v2.sealed()));
    String dump =
        db.inTransaction(
            em ->
                em.createNativeQuery("select sealed_value from tenant_setting")
                    .getResultList()
                    .toString());
    assertFalse(dump.contains("hemmelig"));

    // A secret given again is sealed anew, even with the same text: it is a new version.
    assertEquals(
        3, save(new SettingsChange().set("journal.client-secret", "hemmelig-klient"), "a"));
  }

  @Test
  void offboardingDeletesEveryVersion() {
    save(new SettingsChange().set("journal.client-secret", "x"), "a");
    save(new SettingsChange().set("journal.kle", "32.30"), "a");
    assertEquals(
        3,
        (int)
            db.inTransaction(
                em -> new SettingsRepository(em).deleteAll(em.find(Tenant.class, tenantId))));
    assertTrue(version(2).isEmpty());
    long versions =
        db.inTransaction(
            em ->
                em.createQuery("select count(v) from SettingsVersion v", Long.class)
                    .getSingleResult());
    assertEquals(0, versions);
  }
}
