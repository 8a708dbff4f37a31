package dk.samtalenotat.retention;

import dk.samtalenotat.conversation.ConversationState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One batch of one rule for one tenant, inside the caller's transaction: finds up to {@code size}
 * objects the rule makes due at {@code now} and destroys each through {@link Shredder}, whose
 * claims make a batch safe to run twice or on two nodes at once.
 */
@ApplicationScoped
public class RetentionSweeper {

  /** How a batch went: objects found due, and how many of them this batch destroyed. */
  public record Batch(int found, int destroyed) {}

  /** States from which the life cycle allows expiry: everything before approval. */
  static final List<ConversationState> EXPIRABLE =
      Arrays.stream(ConversationState.values())
          .filter(s -> s.canMoveTo(ConversationState.EXPIRED))
          .toList();

  @PersistenceContext private EntityManager em;
  @Inject private Shredder shredder;

  protected RetentionSweeper() {}

  /** Outside the container (tests, tools). */
  public RetentionSweeper(EntityManager em, Shredder shredder) {
    this.em = em;
    this.shredder = shredder;
  }

  public Batch run(
      RetentionRule rule, long tenantId, RetentionPolicy policy, Instant now, int size) {
    return switch (rule) {
      case CITIZEN_OPT_OUT -> new Batch(0, 0);
      case EXPIRED_UNAPPROVED -> expire(tenantId, now, size);
      case AUDIO_DRAFT_EXISTS ->
          each(
              query(
                  "select a.id, min(v.createdAt) from AudioRecording a, DraftVersion v"
                      + " where v.draft.conversation = a.conversation and a.destroyedAt is null"
                      + " and a.conversation.tenant.id = :tenant group by a.id order by a.id",
                  tenantId,
                  null,
                  size),
              Duration.ZERO,
              (id, due) -> shredder.destroyAudio(id, rule, due, Actor.TIMER, now));
      case AUDIO_CAP ->
          each(
              query(
                  "select a.id, a.receivedAt from AudioRecording a where a.destroyedAt is null"
                      + " and a.conversation.tenant.id = :tenant and a.receivedAt < :cutoff"
                      + " order by a.id",
                  tenantId,
                  now.minus(policy.audio()),
                  size),
              policy.audio(),
              (id, due) -> shredder.destroyAudio(id, rule, due, Actor.TIMER, now));
      case TRANSCRIPT_APPROVED ->
          each(
              query(
                  "select t.id, d.approvedAt from Transcript t, Draft d"
                      + " where d.conversation = t.conversation and t.destroyedAt is null"
                      + " and d.approvedAt is not null and t.conversation.tenant.id = :tenant"
                      + " order by t.id",
                  tenantId,
                  null,
                  size),
              Duration.ZERO,
              (id, due) -> shredder.destroyTranscript(id, rule, due, Actor.TIMER, now));
      case TRANSCRIPT_CAP ->
          each(
              query(
                  "select t.id, t.conversation.registeredAt from Transcript t"
                      + " where t.destroyedAt is null and t.conversation.tenant.id = :tenant"
                      + " and t.conversation.registeredAt < :cutoff order by t.id",
                  tenantId,
                  now.minus(policy.transcript()),
                  size),
              policy.transcript(),
              (id, due) -> shredder.destroyTranscript(id, rule, due, Actor.TIMER, now));
      case NOTE_CAP ->
          each(
              query(
                  "select v.id, v.draft.approvedAt from DraftVersion v where v.destroyedAt is null"
                      + " and v.draft.conversation.tenant.id = :tenant"
                      + " and v.draft.approvedAt < :cutoff order by v.id",
                  tenantId,
                  now.minus(policy.note()),
                  size),
              policy.note(),
              (id, due) -> shredder.destroyDraftVersion(id, rule, due, Actor.TIMER, now));
    };
  }

  private Batch expire(long tenantId, Instant now, int size) {
    List<Object[]> due =
        em.createQuery(
                "select c.id, c.version, c.registeredAt from Conversation c"
                    + " where c.tenant.id = :tenant and c.state in :states"
                    + " and c.registeredAt < :cutoff order by c.id",
                Object[].class)
            .setParameter("tenant", tenantId)
            .setParameter("states", EXPIRABLE)
            .setParameter("cutoff", now.minus(RetentionPolicy.expiry()))
            .setMaxResults(size)
            .getResultList();
    int destroyed = 0;
    for (Object[] row : due) {
      Instant scheduled = ((Instant) row[2]).plus(RetentionPolicy.expiry());
      if (shredder.expire((Long) row[0], (Integer) row[1], scheduled, Actor.TIMER, now)) {
        destroyed++;
      }
    }
    return new Batch(due.size(), destroyed);
  }

  private List<Object[]> query(String jpql, long tenantId, Instant cutoff, int size) {
    var q = em.createQuery(jpql, Object[].class).setParameter("tenant", tenantId);
    if (cutoff != null) {
      q.setParameter("cutoff", cutoff);
    }
    return q.setMaxResults(size).getResultList();
  }

  private interface Destroy {
    boolean apply(long id, Instant scheduled);
  }

  /** Destroys each row's object; the row holds the id and the time the rule counts from. */
  private static Batch each(List<Object[]> rows, Duration after, Destroy destroy) {
    int destroyed = 0;
    for (Object[] row : rows) {
      if (destroy.apply((Long) row[0], ((Instant) row[1]).plus(after))) {
        destroyed++;
      }
    }
    return new Batch(rows.size(), destroyed);
  }
}
