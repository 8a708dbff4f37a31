package dk.samtalenotat.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.draft.NoteSection;
import dk.samtalenotat.persistence.TestDatabase;
import dk.samtalenotat.tenant.Tenant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Versions stored against the real migrations: immutable, numbered per tenant and type. */
class TemplateRepositoryTest {

  private final TestDatabase db = new TestDatabase();

  @AfterEach
  void close() {
    db.close();
  }

  private static NoteTemplate edited(int version, Tone tone) {
    return NoteTemplate.of(
        ConversationType.JOBSAMTALE,
        version,
        "Vores egen vejledning.",
        tone,
        NoteLength.KORT,
        List.of(
            new TemplateSection(NoteSection.FORMAAL, "Formålet."),
            new TemplateSection(NoteSection.DROEFTET, "Det drøftede."),
            new TemplateSection(NoteSection.AFTALER, "Aftalerne."),
            new TemplateSection(NoteSection.NAESTE_SKRIDT, "")));
  }

  @Test
  void withoutASavedVersionTheStandardApplies() {
    Tenant t = db.inTransaction(em -> persistTenant(em, "11111111"));
    NoteTemplate current =
        db.inTransaction(
            em -> new TemplateRepository(em).current(em.merge(t), ConversationType.ANDEN));
    assertEquals(DefaultTemplates.of(ConversationType.ANDEN), current);
  }

  @Test
  void savedVersionsAreReadBackNewestFirstAndPerTenant() {
    Tenant a = db.inTransaction(em -> persistTenant(em, "11111111"));
    Tenant b = db.inTransaction(em -> persistTenant(em, "22222222"));
    db.run(
        em -> {
          TemplateRepository repo = new TemplateRepository(em);
          repo.add(new TemplateVersion(em.merge(a), edited(1, Tone.NEUTRAL), "Admin A"));
          repo.add(new TemplateVersion(em.merge(a), edited(2, Tone.UDDYBENDE), "Admin A"));
        });
    db.run(
        em -> {
          TemplateRepository repo = new TemplateRepository(em);
          NoteTemplate current = repo.current(em.merge(a), ConversationType.JOBSAMTALE);
          assertEquals(edited(2, Tone.UDDYBENDE), current);
          assertEquals(
              List.of(2, 1),
              repo.history(em.merge(a), ConversationType.JOBSAMTALE).stream()
                  .map(TemplateVersion::getVersionNo)
                  .toList());
          assertEquals(
              "Admin A",
              repo.latest(em.merge(a), ConversationType.JOBSAMTALE).orElseThrow().getCreatedBy());
          // Another municipality still has the standard; another type too.
          assertEquals(
              DefaultTemplates.of(ConversationType.JOBSAMTALE),
              repo.current(em.merge(b), ConversationType.JOBSAMTALE));
          assertTrue(repo.history(em.merge(a), ConversationType.ANDEN).isEmpty());
        });
  }

  @Test
  void aVersionNumberIsStoredOnce() {
    Tenant a = db.inTransaction(em -> persistTenant(em, "11111111"));
    db.run(
        em ->
            new TemplateRepository(em)
                .add(new TemplateVersion(em.merge(a), edited(1, Tone.NEUTRAL), "Admin")));
    assertThrows(
        RuntimeException.class,
        () ->
            db.run(
                em ->
                    new TemplateRepository(em)
                        .add(new TemplateVersion(em.merge(a), edited(1, Tone.KORT), "Admin"))));
    assertThrows(
        IllegalArgumentException.class,
        () -> new TemplateVersion(a, DefaultTemplates.of(ConversationType.ANDEN), "Admin"),
        "the standard (version 0) is never stored");
  }

  private static Tenant persistTenant(jakarta.persistence.EntityManager em, String cvr) {
    Tenant t = new Tenant(cvr, "Kommune " + cvr);
    em.persist(t);
    return t;
  }
}
