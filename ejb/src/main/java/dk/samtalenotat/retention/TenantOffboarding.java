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
 * deletion evidence stay); then its employees' rows, device credentials, note templates, retention
 * settings, benefit baselines and settings versions with their sealed secrets, each row with
 * deletion evidence; and last its key-encryption keys and CPR look-up key, so that every wrapped
 * data key in the database and in its backups is unreadable. The tenant row stays, OFFBOARDED, with
 * the access log and the evidence, which refer to it.
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
    String cvr = t.getCvr();
    Map<ObjectType, Integer> reduced = new EnumMap<>(ObjectType.class);
    for (Reduction r : REDUCTIONS) {
      reduced.merge(r.type(), reduce(t, r, actor, now), Integer::sum);
    }
    for (Object[] v :
        em.createQuery(
                "select v.id, v.versionNo from SettingsVersion v where v.tenant = :t order by v.id",
                Object[].class)
            .setParameter("t", t)
            .getResultList()) {
      String objectId = "settings:" + cvr + ":" + v[1];
      evidence(t, objectId, ObjectType.SETTINGS, hash(objectId), actor, now);
    }
    int settingsDeleted = settings.deleteAll(t);
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
    return new Done(
        ids.size(),
        content,
        settingsDeleted,
        keysDestroyed,
        reduced.getOrDefault(ObjectType.USER, 0),
        reduced.getOrDefault(ObjectType.DEVICE_CREDENTIAL, 0),
        reduced.getOrDefault(ObjectType.TEMPLATE_VERSION, 0));
  }

  /**
   * What {@link #offboard} did: conversations and content objects destroyed, settings deleted (the
   * values of every version), keys destroyed, employees' rows, device credentials and template
   * versions deleted.
   */
  public record Done(
      int conversations,
      int contentObjects,
      int settings,
      int keys,
      int users,
      int devices,
      int templates) {}

  /**
   * Rows of the municipality that go with it, besides its conversations: {@code select} answers
   * each row's id and what its evidence hashes with it (the tenant's id as {@code :t}), {@code
   * deletes} remove them, children first.
   */
  private record Reduction(ObjectType type, String prefix, String select, List<String> deletes) {}

  /** In the order the foreign keys need: device credentials before their owners. */
  private static final List<Reduction> REDUCTIONS =
      List.of(
          new Reduction(
              ObjectType.DEVICE_CREDENTIAL,
              "device:",
              "select id, token_hash from device_credential where tenant_id = :t",
              List.of("delete from device_credential where tenant_id = :t")),
          new Reduction(
              ObjectType.USER,
              "user:",
              "select id, user_key from app_user where tenant_id = :t",
              List.of("delete from app_user where tenant_id = :t")),
          new Reduction(
              ObjectType.TEMPLATE_VERSION,
              "template:",
              "select id, conversation_type from note_template_version where tenant_id = :t",
              List.of(
                  "delete from note_template_section where template_version_id in"
                      + " (select v.id from note_template_version v where v.tenant_id = :t)",
                  "delete from note_template_version where tenant_id = :t")),
          new Reduction(
              ObjectType.SETTINGS,
              "retention:",
              "select id, updated_by from retention_settings where tenant_id = :t",
              List.of("delete from retention_settings where tenant_id = :t")),
          new Reduction(
              ObjectType.SETTINGS,
              "baseline:",
              "select id, team from benefit_baseline where tenant_id = :t",
              List.of("delete from benefit_baseline where tenant_id = :t")));

  /**
   * Deletes the rows of one kind with a deletion evidence row each: its id, and SHA-256 over the id
   * and the value the select names (a user's pseudonymous key, a device token's hash), so that the
   * municipality can check that a given row went without the evidence holding it.
   */
  private int reduce(Tenant t, Reduction r, Actor actor, Instant now) {
    em.flush();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(r.select()).setParameter("t", t.getId()).getResultList();
    for (Object[] row : rows) {
      String objectId = r.prefix() + t.getCvr() + ":" + ((Number) row[0]).longValue();
      MessageDigest sha = Digests.sha256();
      Digests.update(sha, objectId);
      Digests.update(sha, row[1] == null ? "" : row[1].toString());
      evidence(t, objectId, r.type(), HexFormat.of().formatHex(sha.digest()), actor, now);
    }
    em.flush();
    for (String delete : r.deletes()) {
      em.createNativeQuery(delete).setParameter("t", t.getId()).executeUpdate();
    }
    return rows.size();
  }

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
    evidence(t, objectId, ObjectType.KEY_VERSION, hash, actor, now);
  }

  private void evidence(
      Tenant t, String objectId, ObjectType type, String hash, Actor actor, Instant now) {
    long known =
        em.createQuery("select count(e) from DeletionEvidence e where e.objectId = :o", Long.class)
            .setParameter("o", objectId)
            .getSingleResult();
    if (known == 0) {
      em.persist(
          new DeletionEvidence(
              t, null, objectId, type, RetentionRule.TENANT_OFFBOARDED, now, now, actor, hash));
    }
  }

  private static String hash(String alias) {
    MessageDigest sha = Digests.sha256();
    Digests.update(sha, alias);
    return HexFormat.of().formatHex(sha.digest());
  }
}
