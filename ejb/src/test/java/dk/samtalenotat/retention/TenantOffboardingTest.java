package dk.samtalenotat.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.audio.AudioStore;
import dk.samtalenotat.benefit.BenefitBaseline;
import dk.samtalenotat.conversation.Conversation;
import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.crypto.TestKeys;
import dk.samtalenotat.device.DeviceCredential;
import dk.samtalenotat.persistence.TestDatabase;
import dk.samtalenotat.security.PersonalData;
import dk.samtalenotat.template.DefaultTemplates;
import dk.samtalenotat.template.TemplateVersion;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.Tenant;
import dk.samtalenotat.tenant.settings.SecretSeal;
import dk.samtalenotat.tenant.settings.SettingsChange;
import dk.samtalenotat.tenant.settings.SettingsRepository;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A municipality leaving the installation: every conversation of it destroyed, whatever its state,
 * through the retention code with deletion evidence; its employees, device credentials, templates,
 * retention settings, benefit baselines and settings versions deleted, each with deletion evidence;
 * its keys gone, its row kept as OFFBOARDED; the other municipality's conversations and
 * administration untouched.
 */
class TenantOffboardingTest {

  private static final String OTHER = "22222222";
  private static final String SECRET = "hemmelig-adgangskode-til-sbsys";

  @TempDir Path dir;

  private final TestDatabase db = new TestDatabase();
  private final TestKeys kek = new TestKeys();
  private RetentionFixture leaving;
  private RetentionFixture staying;
  private AudioStore audio;

  @BeforeEach
  void municipalities() {
    audio = new AudioStore(dir.resolve("audio"), 1_000_000);
    leaving = new RetentionFixture(db, kek, audio);
    staying = new RetentionFixture(db, kek, audio, OTHER, "Anden Kommune");
  }

  @AfterEach
  void close() {
    db.close();
  }

  /**
   * A municipality's administration besides its conversations: an administrator with a recorder
   * device, a template of its own, its retention settings and a team's benefit baseline.
   */
  private static void administration(EntityManager em, long tenantId, String cvr, String name) {
    Tenant t = em.find(Tenant.class, tenantId);
    AppUser admin = new AppUser(t, "peter." + cvr, name, "Team Job");
    em.persist(admin);
    em.persist(
        DeviceCredential.issue(admin, "Optager 1", Duration.ofDays(30), Instant.now()).device());
    em.persist(
        new TemplateVersion(
            t, DefaultTemplates.of(ConversationType.JOBSAMTALE).asVersion(1), name));
    em.persist(new RetentionSettings(t, new RetentionPolicy(10, 20, 30), "peter." + cvr));
    em.persist(new BenefitBaseline(t, "Team Job", 45, "peter." + cvr, Instant.now()));
  }

  private long count(String jpql) {
    return db.inTransaction(em -> em.createQuery(jpql, Long.class).getSingleResult());
  }

  private TenantOffboarding.Done offboard() {
    return db.inTransaction(
        em ->
            new TenantOffboarding(em, new Shredder(em, audio), kek, new SettingsRepository(em))
                .offboard(
                    em.find(Tenant.class, leaving.tenantId()),
                    Actor.user("operatoer"),
                    Instant.now()));
  }

  @Test
  void everyConversationOfTheMunicipalityGoesWithEvidenceAndTheOtherMunicipalityKeepsItsOwn()
      throws Exception {
    db.run(
        em -> {
          Conversation journalised =
              leaving.live(
                  em, "0703851234", RetentionFixture.Content.sample(true), "Ditte Brøndsted");
          leaving.journalised(em, journalised, "17");
          leaving.drafted(em, "1206921357", RetentionFixture.Content.sample(false), "Jens Kragh");
          leaving.declined(em, "2408771592", "Ønsker ikke optagelse", "Sofie Lund");
          staying.drafted(em, "0101901234", RetentionFixture.Content.sample(false), "Karen Holm");
          administration(em, leaving.tenantId(), RetentionFixture.CVR, "Peter Vestergaard");
          administration(em, staying.tenantId(), OTHER, "Bo Andersen");
          SettingsRepository settings = new SettingsRepository(em);
          SecretSeal seal = new SecretSeal(kek.asDataKeys());
          settings.save(
              em.find(Tenant.class, leaving.tenantId()),
              new SettingsChange().set("journal.system", "sbsys").set("journal.password", SECRET),
              seal,
              "operatoer",
              "operator",
              Instant.now());
          Tenant t = em.find(Tenant.class, leaving.tenantId());
          t.suspend(Instant.now(), "operatoer");
        });
    kek.currentVersion(RetentionFixture.CVR);
    long otherVersionsBefore =
        count(
            "select count(v) from DraftVersion v where v.destroyedAt is null"
                + " and v.draft.conversation.tenant.cvr = '"
                + OTHER
                + "'");

    TenantOffboarding.Done done = offboard();

    assertEquals(3, done.conversations());
    assertTrue(done.contentObjects() >= 3, "recordings, transcripts and drafts: " + done);
    assertEquals(2, done.settings(), "the plain setting and the sealed secret");
    assertEquals(2, done.keys(), "the key-encryption key and the CPR look-up key");
    assertEquals(2, done.users(), "the caseworker and the administrator");
    assertEquals(1, done.devices());
    assertEquals(1, done.templates());
    for (String entity :
        List.of(
            "AppUser",
            "DeviceCredential",
            "TemplateVersion",
            "RetentionSettings",
            "BenefitBaseline")) {
      assertEquals(
          0,
          count("select count(x) from " + entity + " x where x.tenant.id = " + leaving.tenantId()),
          entity + " of the municipality that left");
      assertTrue(
          count("select count(x) from " + entity + " x where x.tenant.cvr = '" + OTHER + "'") > 0,
          entity + " of the municipality that stays");
    }
    assertEquals(
        0, count("select count(c) from Conversation c where c.tenant.id = " + leaving.tenantId()));
    assertEquals(
        1, count("select count(c) from Conversation c where c.tenant.cvr = '" + OTHER + "'"));
    assertEquals(
        otherVersionsBefore,
        count(
            "select count(v) from DraftVersion v where v.destroyedAt is null"
                + " and v.draft.conversation.tenant.cvr = '"
                + OTHER
                + "'"),
        "the other municipality's content is untouched");
    assertEquals(
        0, count("select count(e) from DeletionEvidence e where e.tenant.cvr = '" + OTHER + "'"));
    assertEquals(3, count("select count(p) from PurgedConversation p"));
    assertEquals(0, count("select count(s) from StoredSetting s"));
    assertEquals(0, count("select count(v) from SettingsVersion v"));

    Tenant row = db.inTransaction(em -> em.find(Tenant.class, leaving.tenantId()));
    assertEquals(Tenant.Status.OFFBOARDED, row.getStatus());
    assertNotNull(row.getKeysDestroyedAt());
    assertEquals("operatoer", row.getStatusChangedBy());
    assertEquals(
        List.of(OTHER),
        db.inTransaction(
            em ->
                new KeyRotation(em, kek.asDataKeys())
                    .tenants().stream().map(Tenant::getCvr).toList()),
        "no key rotation creates keys for it again");

    TenantOffboarding.Summary summary =
        db.inTransaction(
            em ->
                new TenantOffboarding(em, new Shredder(em, audio), kek, new SettingsRepository(em))
                    .summary(em.find(Tenant.class, leaving.tenantId())));
    assertEquals(3L, summary.destroyed().get(ObjectType.CONVERSATION));
    assertEquals(2L, summary.destroyed().get(ObjectType.KEY_VERSION));
    assertEquals(2L, summary.destroyed().get(ObjectType.USER));
    assertEquals(1L, summary.destroyed().get(ObjectType.DEVICE_CREDENTIAL));
    assertEquals(1L, summary.destroyed().get(ObjectType.TEMPLATE_VERSION));
    assertEquals(
        3L,
        summary.destroyed().get(ObjectType.SETTINGS),
        "the settings version, the retention settings and the benefit baseline");
    assertEquals(
        count(
            "select count(e) from DeletionEvidence e where e.rule ="
                + " dk.samtalenotat.retention.RetentionRule.TENANT_OFFBOARDED"),
        summary.evidenceCount());
    assertEquals(
        summary.evidenceCount(),
        summary.destroyed().values().stream().mapToLong(Long::longValue).sum());
    assertEquals(64, summary.evidenceSha256().length());
    assertEquals("operatoer", summary.executedBy());
    assertTrue(summary.firstEvidenceId() <= summary.lastEvidenceId());
    assertEquals(
        3,
        count(
            "select count(e) from DeletionEvidence e where e.objectType ="
                + " dk.samtalenotat.retention.ObjectType.CONVERSATION and e.executor ="
                + " dk.samtalenotat.retention.Actor.Executor.USER"),
        "each row's evidence names the operator as a user");

    String dump = ShreddingProofTest.dump(db.dataSource());
    for (String gone :
        List.of("Brøndsted", "Kragh", "Sofie Lund", "Vestas", "Peter Vestergaard", "peter.1111")) {
      assertFalse(PersonalData.mentions(dump, gone), gone);
    }
    assertFalse(dump.contains("0703851234"));
    assertFalse(dump.contains(SECRET));
  }

  @Test
  void aMunicipalityWithoutConversationsIsOffboardedToo() {
    db.run(em -> em.find(Tenant.class, leaving.tenantId()).suspend(Instant.now(), "operatoer"));
    kek.currentVersion(RetentionFixture.CVR);
    kek.lookupKey(RetentionFixture.CVR);
    TenantOffboarding.Done done = offboard();
    assertEquals(new TenantOffboarding.Done(0, 0, 0, 2, 1, 0, 0), done);
    assertEquals(
        Map.of(ObjectType.KEY_VERSION, 2L, ObjectType.USER, 1L),
        db.inTransaction(
                em ->
                    new TenantOffboarding(
                            em, new Shredder(em, audio), kek, new SettingsRepository(em))
                        .summary(em.find(Tenant.class, leaving.tenantId())))
            .destroyed());
  }
}
