package dk.samtalenotat.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.persistence.TestDatabase;
import dk.samtalenotat.retention.RetentionCaps;
import dk.samtalenotat.retention.RetentionPolicy;
import dk.samtalenotat.retention.RetentionSettings;
import dk.samtalenotat.template.DefaultTemplates;
import dk.samtalenotat.template.NoteTemplate;
import dk.samtalenotat.template.TemplateRepository;
import dk.samtalenotat.template.TemplateVersion;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.Tenant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A municipality onboarded gets the installation's standard templates as its own first versions and
 * the installation's default retention, each value within its cap; the other municipality keeps
 * what it has.
 */
class MunicipalityDefaultsTest {

  private final TestDatabase db = new TestDatabase();

  @AfterEach
  void close() {
    db.close();
  }

  private static MunicipalityDefaults defaults(Integer audio, Integer transcript, Integer note) {
    return new MunicipalityDefaults(
        new RetentionCaps(20),
        Optional.ofNullable(audio),
        Optional.ofNullable(transcript),
        Optional.ofNullable(note));
  }

  @Test
  void theStandardTemplatesAndTheDefaultRetentionWithinTheCapsAreCopied() {
    // Audio asks for more than its cap of 7 days, the note is not set (its cap of 20 days).
    MunicipalityDefaults defaults = defaults(14, 10, null);
    long[] ids = new long[2];
    MunicipalityDefaults.Copied copied =
        db.inTransaction(
            em -> {
              Tenant other = new Tenant("22222222", "Anden Kommune");
              em.persist(other);
              em.persist(new RetentionSettings(other, new RetentionPolicy(1, 2, 3), "bo"));
              Tenant operatorOrg = new Tenant("12345674", "Driften");
              em.persist(operatorOrg);
              AppUser operator = new AppUser(operatorOrg, "drift", "Dennis Drift", null);
              em.persist(operator);
              Tenant fourth = new Tenant("44444445", "Fjerde Kommune");
              em.persist(fourth);
              ids[0] = fourth.getId();
              ids[1] = other.getId();
              return defaults.copyTo(em, fourth, operator);
            });

    assertEquals(ConversationType.values().length, copied.templates());
    assertEquals(
        new RetentionPolicy(7, 10, 20, RetentionPolicy.DEFAULT_GRACE_DAYS), copied.retention());
    db.run(
        em -> {
          Tenant fourth = em.find(Tenant.class, ids[0]);
          RetentionSettings retention =
              em.createQuery(
                      "select s from RetentionSettings s where s.tenant = :t",
                      RetentionSettings.class)
                  .setParameter("t", fourth)
                  .getSingleResult();
          assertEquals(new RetentionPolicy(7, 10, 20), retention.policy());
          assertEquals("drift", retention.getUpdatedBy());
          TemplateRepository templates = new TemplateRepository(em);
          for (ConversationType type : ConversationType.values()) {
            NoteTemplate current = templates.current(fourth, type);
            assertEquals(1, current.versionNo(), type.name());
            assertTrue(current.sameContentAs(DefaultTemplates.of(type)), type.name());
          }
          List<TemplateVersion> history = templates.history(fourth, ConversationType.JOBSAMTALE);
          assertEquals(1, history.size());
          assertEquals("Dennis Drift", history.get(0).getCreatedBy());
          assertEquals(
              new RetentionPolicy(1, 2, 3),
              em.createQuery(
                      "select s from RetentionSettings s where s.tenant.id = :t",
                      RetentionSettings.class)
                  .setParameter("t", ids[1])
                  .getSingleResult()
                  .policy(),
              "the other municipality's retention is its own");
          assertEquals(
              0L,
              em.createQuery(
                      "select count(v) from TemplateVersion v where v.tenant.id = :t", Long.class)
                  .setParameter("t", ids[1])
                  .getSingleResult());
        });
  }

  @Test
  void withoutConfiguredDefaultsANewMunicipalityGetsTheCaps() {
    assertEquals(new RetentionCaps(20).caps(), defaults(null, null, null).retention());
  }

  @Test
  void aNegativeDefaultIsRefusedAtStart() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> defaults(null, -1, null));
    assertTrue(e.getMessage().contains(MunicipalityDefaults.TRANSCRIPT_KEY), e.getMessage());
  }
}
