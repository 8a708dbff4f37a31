package dk.samtalenotat.template;

import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads and stores the municipalities' template versions; every query is scoped by tenant. */
@ApplicationScoped
public class TemplateRepository {

  @PersistenceContext private EntityManager em;

  protected TemplateRepository() {}

  /** Outside the container (tests). */
  public TemplateRepository(EntityManager em) {
    this.em = em;
  }

  /** The template drafts of this type are written by now: the newest saved, else the standard. */
  public NoteTemplate current(Tenant tenant, ConversationType type) {
    return latest(tenant, type).map(TemplateVersion::template).orElse(DefaultTemplates.of(type));
  }

  public Optional<TemplateVersion> latest(Tenant tenant, ConversationType type) {
    return history(tenant, type).stream().findFirst();
  }

  /** The saved versions, newest first. */
  public List<TemplateVersion> history(Tenant tenant, ConversationType type) {
    return em.createQuery(
            "select v from TemplateVersion v where v.tenant = :t and v.type = :type"
                + " order by v.versionNo desc",
            TemplateVersion.class)
        .setParameter("t", tenant)
        .setParameter("type", type)
        .getResultList();
  }

  /** One saved version, if the tenant has it. */
  public Optional<TemplateVersion> version(Tenant tenant, ConversationType type, int versionNo) {
    return em.createQuery(
            "select v from TemplateVersion v where v.tenant = :t and v.type = :type"
                + " and v.versionNo = :no",
            TemplateVersion.class)
        .setParameter("t", tenant)
        .setParameter("type", type)
        .setParameter("no", versionNo)
        .getResultStream()
        .findFirst();
  }

  public void add(TemplateVersion version) {
    em.persist(version);
    em.flush();
  }
}
