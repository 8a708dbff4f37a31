package dk.samtalenotat.retention;

import dk.samtalenotat.audio.AudioRecording;
import dk.samtalenotat.conversation.Conversation;
import dk.samtalenotat.crypto.DataKeys;
import dk.samtalenotat.draft.DraftVersion;
import dk.samtalenotat.tenant.Tenant;
import dk.samtalenotat.transcript.Transcript;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Re-wraps a tenant's data keys under its current key-encryption key, a batch at a time, each batch
 * in a transaction of its own, without touching the content they encrypt. Once no row uses an old
 * KEK version, that version can be destroyed ({@link
 * dk.samtalenotat.crypto.KeyEncryptionKeys#destroy}), and with it every wrapped key a database
 * backup still holds for content destroyed since.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class KeyRotation implements KeyLifecycle.Steps {

  @PersistenceContext private EntityManager em;
  @Inject private DataKeys keys;

  public KeyRotation() {}

  /** Outside the container (tests, tools). */
  public KeyRotation(EntityManager em, DataKeys keys) {
    this.em = em;
    this.keys = keys;
  }

  /**
   * Re-wraps up to {@code size} data keys of each kind still under an older KEK version.
   *
   * @return how many were re-wrapped; 0 when the tenant is done
   */
  public int rewrapBatch(long tenantId, String cvr, int size) {
    int current = keys.currentVersion(cvr);
    return rewrap(
            "select c from Conversation c where c.tenant.id = :tenant and c.kekVersion < :current",
            Conversation.class,
            tenantId,
            current,
            size,
            cvr,
            Conversation::getWrappedKey,
            Conversation::rewrapped)
        + rewrap(
            "select a from AudioRecording a where a.conversation.tenant.id = :tenant"
                + " and a.kekVersion < :current",
            AudioRecording.class,
            tenantId,
            current,
            size,
            cvr,
            AudioRecording::getWrappedKey,
            AudioRecording::rewrapped)
        + rewrap(
            "select t from Transcript t where t.conversation.tenant.id = :tenant"
                + " and t.kekVersion < :current",
            Transcript.class,
            tenantId,
            current,
            size,
            cvr,
            Transcript::getWrappedKey,
            Transcript::rewrapped)
        + rewrap(
            "select v from DraftVersion v where v.draft.conversation.tenant.id = :tenant"
                + " and v.kekVersion < :current",
            DraftVersion.class,
            tenantId,
            current,
            size,
            cvr,
            DraftVersion::getWrappedKey,
            DraftVersion::rewrapped)
        + rewrap(
            "select u from AudioUpload u where u.conversation.tenant.id = :tenant"
                + " and u.kekVersion < :current",
            dk.samtalenotat.recording.AudioUpload.class,
            tenantId,
            current,
            size,
            cvr,
            dk.samtalenotat.recording.AudioUpload::getWrappedKey,
            dk.samtalenotat.recording.AudioUpload::rewrapped)
        + rewrap(
            "select w from TranscriptWindow w where w.upload.conversation.tenant.id = :tenant"
                + " and w.kekVersion < :current",
            dk.samtalenotat.recording.TranscriptWindow.class,
            tenantId,
            current,
            size,
            cvr,
            dk.samtalenotat.recording.TranscriptWindow::getWrappedKey,
            dk.samtalenotat.recording.TranscriptWindow::rewrapped);
  }

  /** How many stored data keys of the tenant are still wrapped with a version up to this one. */
  public long stillUsing(long tenantId, int version) {
    return count("Conversation x where x.tenant.id", tenantId, version)
        + count("AudioRecording x where x.conversation.tenant.id", tenantId, version)
        + count("Transcript x where x.conversation.tenant.id", tenantId, version)
        + count("DraftVersion x where x.draft.conversation.tenant.id", tenantId, version)
        + count("AudioUpload x where x.conversation.tenant.id", tenantId, version)
        + count("TranscriptWindow x where x.upload.conversation.tenant.id", tenantId, version);
  }

  /**
   * The tenants, by id and CVR number; an offboarded one left out: its keys are destroyed, and a
   * rotation would create new ones for it.
   */
  public List<Tenant> tenants() {
    return em.createQuery(
            "select t from Tenant t where t.status <> :offboarded order by t.id", Tenant.class)
        .setParameter("offboarded", Tenant.Status.OFFBOARDED)
        .getResultList();
  }

  /**
   * Records a rotation: every older version not retired yet is retired now (the one just replaced,
   * and any that a rotation which stopped half-way left unrecorded, or that an earlier start never
   * recorded), with the deletion evidence of its retirement; the new version is made now.
   */
  public void rotated(long tenantId, int oldVersion, int newVersion, Instant now, Actor actor) {
    Tenant t = em.find(Tenant.class, tenantId);
    for (int v = 1; v < newVersion; v++) {
      KeyVersion k = versionRow(t, v, t.getCreatedAt());
      if (k.getRetiredAt() != null || k.getDestroyedAt() != null) {
        continue;
      }
      k.retired(now);
      em.persist(
          new DeletionEvidence(
              t,
              null,
              "kek-rotation:" + t.getCvr() + ":" + v,
              ObjectType.KEY_VERSION,
              RetentionRule.KEY_ROTATED,
              now,
              now,
              actor,
              aliasHash(t.getCvr(), v)));
    }
    versionRow(t, newVersion, now);
  }

  /**
   * The tenant's retired versions whose backups are gone by {@code now}: retired longer than {@code
   * backupRetention} ago and not destroyed yet, oldest first.
   */
  public List<Integer> outlivedBackups(long tenantId, Instant now, Duration backupRetention) {
    return em.createQuery(
            "select k from KeyVersion k where k.tenant.id = :t and k.retiredAt is not null"
                + " and k.destroyedAt is null order by k.version",
            KeyVersion.class)
        .setParameter("t", tenantId)
        .getResultStream()
        .filter(k -> k.outlivedBackups(now, backupRetention))
        .map(KeyVersion::getVersion)
        .toList();
  }

  /**
   * Records that a version was destroyed in the key store, with its deletion evidence, once: the
   * row is claimed with a conditional UPDATE, so the rotation timer and a sweep that both destroy
   * it (the key store's destroy changes nothing the second time) write one piece of evidence.
   */
  public void destroyed(
      long tenantId, int version, Duration backupRetention, Instant now, Actor actor) {
    Tenant t = em.find(Tenant.class, tenantId);
    versionRow(t, version, t.getCreatedAt());
    em.flush();
    int claimed =
        em.createQuery(
                "update KeyVersion k set k.destroyedAt = :now where k.tenant = :t"
                    + " and k.version = :v and k.destroyedAt is null")
            .setParameter("now", now)
            .setParameter("t", t)
            .setParameter("v", version)
            .executeUpdate();
    if (claimed == 0) {
      return;
    }
    KeyVersion k = versionRow(t, version, t.getCreatedAt());
    em.refresh(k);
    em.persist(
        new DeletionEvidence(
            t,
            null,
            "kek:" + t.getCvr() + ":" + version,
            ObjectType.KEY_VERSION,
            RetentionRule.BACKUP_RETENTION,
            k.getRetiredAt() == null ? now : k.getRetiredAt().plus(backupRetention),
            now,
            actor,
            aliasHash(t.getCvr(), version)));
  }

  /** The tenant's versions as recorded, newest first. */
  public List<KeyVersion> versions(long tenantId) {
    return em.createQuery(
            "select k from KeyVersion k where k.tenant.id = :t order by k.version desc",
            KeyVersion.class)
        .setParameter("t", tenantId)
        .getResultList();
  }

  private KeyVersion versionRow(Tenant t, int version, Instant createdIfNew) {
    return em.createQuery(
            "select k from KeyVersion k where k.tenant = :t and k.version = :v", KeyVersion.class)
        .setParameter("t", t)
        .setParameter("v", version)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              KeyVersion k = new KeyVersion(t, version, createdIfNew);
              em.persist(k);
              return k;
            });
  }

  /**
   * What the deletion evidence of a key event names: the SHA-256 of the key's alias in the key
   * store. The key itself never leaves the key store (an HSM could not hand it out), so no hash of
   * its bytes is taken.
   */
  static String aliasHash(String cvr, int version) {
    java.security.MessageDigest sha = dk.samtalenotat.crypto.Digests.sha256();
    dk.samtalenotat.crypto.Digests.update(sha, "kek." + cvr + "." + version);
    return java.util.HexFormat.of().formatHex(sha.digest());
  }

  private long count(String fromWhereTenant, long tenantId, int version) {
    return em.createQuery(
            "select count(x) from " + fromWhereTenant + " = :tenant and x.kekVersion <= :version",
            Long.class)
        .setParameter("tenant", tenantId)
        .setParameter("version", version)
        .getSingleResult();
  }

  private <T> int rewrap(
      String jpql,
      Class<T> type,
      long tenantId,
      int current,
      int size,
      String cvr,
      Function<T, dk.samtalenotat.crypto.WrappedKey> wrapped,
      BiConsumer<T, dk.samtalenotat.crypto.WrappedKey> rewrapped) {
    List<T> rows =
        em.createQuery(jpql, type)
            .setParameter("tenant", tenantId)
            .setParameter("current", current)
            .setMaxResults(size)
            .getResultList();
    for (T row : rows) {
      rewrapped.accept(row, keys.rewrap(cvr, wrapped.apply(row)));
    }
    return rows.size();
  }
}
