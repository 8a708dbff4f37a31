package dk.samtalenotat.retention;

import dk.samtalenotat.conversation.Conversation;
import dk.samtalenotat.crypto.Digests;
import dk.samtalenotat.crypto.KeyEncryptionKeys;
import dk.samtalenotat.tenant.Tenant;
import dk.samtalenotat.tenant.settings.SettingsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Destroys what a municipality leaving the installation holds, inside the caller's transaction,
 * through the same {@link Shredder} the retention rules use: every conversation's content and then
 * its row (a {@link dk.samtalenotat.conversation.PurgedConversation} without personal data and the
 * deletion evidence stay), its settings with their sealed secrets, and last its key-encryption keys
 * and CPR look-up key, so that every wrapped data key in the database and in its backups is
 * unreadable. The tenant row stays, OFFBOARDED, because the evidence refers to it.
 */
@ApplicationScoped
public class TenantOffboarding {

  private static final Logger LOG = Logger.getLogger(TenantOffboarding.class.getName());

  /** What an offboarding destroyed, read back from the evidence for the report. */
  public record Summary(
      Map<ObjectType, Long> destroyed,
      long evidenceCount,
      Long firstEvidenceId,
      Long lastEvidenceId,
      String evidenceSha256,
      Instant executedAt,
      String executedBy) {}

  @PersistenceContext private EntityManager em;
  @Inject private Shredder shredder;
  @Inject private KeyEncryptionKeys keks;
  @Inject private SettingsRepository settings;

  protected TenantOffboarding() {}

  /** Outside the container (tests, tools). */
  public TenantOffboarding(
      EntityManager em, Shredder shredder, KeyEncryptionKeys keks, SettingsRepository settings) {
    this.em = em;
    this.shredder = shredder;
    this.keks = keks;
    this.settings = settings;
  }

  /**
   * Offboards the municipality: the caller has checked that it may be (suspended, so nothing of it
   * runs). Keys go last, after the database's changes are flushed: if anything before fails, the
   * transaction rolls back with the keys intact.
   *
   * @return how many settings were deleted and keys destroyed, for the access log
   */
  public Done offboard(Tenant tenant, Actor actor, Instant now) {
    RetentionRule rule = RetentionRule.TENANT_OFFBOARDED;
    List<Long> ids =
        em.createQuery(
                "select c.id from Conversation c where c.tenant = :t order by c.id", Long.class)
            .setParameter("t", tenant)
            .getResultList();
    int content = 0;
    for (Long id : ids) {
      content += shredder.destroyAllOf(em.find(Conversation.class, id), rule, actor);
    }
    em.flush();
    List<Shredder.Purge> due = new ArrayList<>();
    for (Object[] r :
        em.createQuery(
                "select c.id, c.version from Conversation c where c.tenant = :t order by c.id",
                Object[].class)
            .setParameter("t", tenant)
            .getResultList()) {
      due.add(new Shredder.Purge((Long) r[0], (Integer) r[1], now));
    }
    int rows = due.isEmpty() ? 0 : shredder.purge(due, rule, actor, now);
    if (rows != due.size()) {
      throw new IllegalStateException(
          "tenant " + tenant.getCvr() + ": " + (due.size() - rows) + " conversations not purged");
    }
    Tenant t = em.find(Tenant.class, tenant.getId());
    int settingsDeleted = settings.deleteAll(t);
    String cvr = t.getCvr();
    int current = keks.currentVersion(cvr);
    for (int v = 1; v <= current; v++) {
      keyEvidence(t, "kek:" + cvr + ":" + v, KeyRotation.aliasHash(cvr, v), actor, now);
    }
    keyEvidence(t, "lookup:" + cvr, hash("lookup." + cvr), actor, now);
    t.offboarded(now, actor.userKey() == null ? actor.executor().name() : actor.userKey());
    t.keysDestroyed(now);
    em.flush();
    int keysDestroyed = keks.destroyAll(cvr);
    int objects = content;
    LOG.info(
        () ->
            "tenant "
                + cvr
                + " offboarded: "
                + ids.size()
                + " conversations, "
                + objects
                + " content objects, "
                + keysDestroyed
                + " keys destroyed");
    return new Done(ids.size(), content, settingsDeleted, keysDestroyed);
  }

  /** What {@link #offboard} did. */
  public record Done(int conversations, int contentObjects, int settings, int keys) {}

  /** What the offboarding of the tenant destroyed, from its deletion evidence. */
  public Summary summary(Tenant tenant) {
    Map<ObjectType, Long> destroyed = new EnumMap<>(ObjectType.class);
    MessageDigest sha = Digests.sha256();
    Long first = null;
    Long last = null;
    long n = 0;
    Instant at = null;
    for (DeletionEvidence e :
        em.createQuery(
                "select e from DeletionEvidence e where e.tenant = :t and e.rule = :rule"
                    + " order by e.id",
                DeletionEvidence.class)
            .setParameter("t", tenant)
            .setParameter("rule", RetentionRule.TENANT_OFFBOARDED)
            .getResultList()) {
      destroyed.merge(e.getObjectType(), 1L, Long::sum);
      Digests.update(sha, e.getObjectId());
      Digests.update(sha, e.getObjectType().name());
      Digests.update(sha, e.getCiphertextSha256());
      first = first == null ? e.getId() : first;
      last = e.getId();
      at = at == null || e.getExecutedAt().isAfter(at) ? e.getExecutedAt() : at;
      n++;
    }
    return new Summary(
        destroyed,
        n,
        first,
        last,
        HexFormat.of().formatHex(sha.digest()),
        tenant.getKeysDestroyedAt() == null ? at : tenant.getKeysDestroyedAt(),
        tenant.getStatusChangedBy());
  }

  private void keyEvidence(Tenant t, String objectId, String hash, Actor actor, Instant now) {
    long known =
        em.createQuery("select count(e) from DeletionEvidence e where e.objectId = :o", Long.class)
            .setParameter("o", objectId)
            .getSingleResult();
    if (known == 0) {
      em.persist(
          new DeletionEvidence(
              t,
              null,
              objectId,
              ObjectType.KEY_VERSION,
              RetentionRule.TENANT_OFFBOARDED,
              now,
              now,
              actor,
              hash));
    }
  }

  private static String hash(String alias) {
    MessageDigest sha = Digests.sha256();
    Digests.update(sha, alias);
    return HexFormat.of().formatHex(sha.digest());
  }
}
