package dk.samtalenotat.retention;

import dk.samtalenotat.conversation.ConversationState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.LockOptions;
import org.hibernate.jpa.AvailableHints;

/**
 * One batch of one rule for one tenant, inside the caller's transaction: finds up to {@code size}
 * objects the rule makes due at {@code now} and destroys each through {@link Shredder}, whose
 * claims make a batch safe to run twice or on two nodes at once.
 */
@ApplicationScoped
public class RetentionSweeper {

  /**
   * How a batch went: objects found due, how many of them this batch destroyed, and the ids it left
   * after a failure of their own (the rest of the batch went on).
   */
  public record Batch(int found, int destroyed, List<Long> failed) {

    public Batch(int found, int destroyed) {
      this(found, destroyed, List.of());
    }
  }

  /**
   * An object a rule makes due, and when: its id, its conversation, its type (null for a
   * conversation that expires with all its content).
   */
  public record Due(long id, long conversationId, ObjectType type, Instant dueAt) {}

  /** States from which the life cycle allows expiry: everything before approval. */
  static final List<ConversationState> EXPIRABLE =
      Arrays.stream(ConversationState.values())
          .filter(s -> s.canMoveTo(ConversationState.EXPIRED))
          .toList();

  /** States in which the case system's receipt is stored (see Conversation#isJournalConfirmed). */
  static final List<ConversationState> RECEIPTED =
      List.of(ConversationState.JOURNALISED, ConversationState.CLOSED);

  /** States in which nothing more happens to a conversation and its content is gone. */
  static final List<ConversationState> FINISHED =
      List.of(ConversationState.CLOSED, ConversationState.EXPIRED, ConversationState.DECLINED);

  /**
   * States of an approved note that was never journalised: once its text is destroyed by the note
   * cap, nothing can be sent any more, and the conversation is finished too.
   */
  static final List<ConversationState> UNSENT =
      List.of(ConversationState.APPROVED, ConversationState.JOURNAL_FAILED);

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
    return run(rule, tenantId, policy, now, size, Set.of());
  }

  /**
   * One batch, leaving out {@code skip}: what earlier batches of the same sweep could not destroy
   * (a file that would not go), so that they do not take a place in every batch after.
   */
  public Batch run(
      RetentionRule rule,
      long tenantId,
      RetentionPolicy policy,
      Instant now,
      int size,
      Collection<Long> skip) {
    if (rule == RetentionRule.EXPIRED_UNAPPROVED) {
      return expire(tenantId, now, size, skip);
    }
    if (rule == RetentionRule.CONVERSATION_PURGED) {
      List<Shredder.Purge> due = purgeDue(tenantId, policy, now, size);
      return new Batch(due.size(), due.isEmpty() ? 0 : shredder.purge(due, Actor.TIMER, now));
    }
    List<Due> due =
        due(rule, tenantId, policy, now, size + skip.size()).stream()
            .filter(d -> !skip.contains(d.id()))
            .limit(size)
            .toList();
    if (rule == RetentionRule.UPLOAD_CAP) {
      // Rare (recordings never finished), each with its chunk files: one at a time.
      int destroyed = 0;
      for (Due d : due) {
        destroyed += shredder.destroyUpload(d.id(), rule, d.dueAt(), Actor.TIMER, now) ? 1 : 0;
      }
      return new Batch(due.size(), destroyed);
    }
    if (due.isEmpty()) {
      return new Batch(0, 0);
    }
    Shredder.Outcome done = shredder.destroyDue(rule.objectType(), due, rule, Actor.TIMER, now);
    return new Batch(due.size(), done.destroyed(), done.failed());
  }

  /**
   * What the rule makes due at {@code at} for the tenant and still holds, oldest id first: the same
   * selection a sweep at that instant destroys, so the administrator's overview (with {@code at} a
   * day ahead) shows exactly what the sweeps will do. Expiry lists conversations ({@code type}
   * null).
   */
  public List<Due> due(
      RetentionRule rule, long tenantId, RetentionPolicy policy, Instant at, int size) {
    return switch (rule) {
      case CITIZEN_OPT_OUT, KEY_ROTATED, BACKUP_RETENTION, TENANT_OFFBOARDED -> List.of();
      case CONVERSATION_PURGED ->
          purgeDue(tenantId, policy, at, size).stream()
              .map(p -> new Due(p.id(), p.id(), ObjectType.CONVERSATION, p.dueAt()))
              .toList();
      case EXPIRED_UNAPPROVED ->
          rows(
              null,
              RetentionPolicy.expiry(),
              em.createQuery(
                      "select c.id, c.registeredAt, c.id from Conversation c"
                          + " where c.tenant.id = :tenant and c.state in :states"
                          + " and c.registeredAt < :cutoff order by c.id",
                      Object[].class)
                  .setParameter("states", EXPIRABLE),
              tenantId,
              at.minus(RetentionPolicy.expiry()),
              size);
      case AUDIO_DRAFT_EXISTS ->
          rows(
              ObjectType.AUDIO,
              Duration.ZERO,
              em.createQuery(
                  "select a.id, min(v.createdAt), a.conversation.id"
                      + " from AudioRecording a, DraftVersion v"
                      + " where v.draft.conversation = a.conversation and a.destroyedAt is null"
                      + " and a.conversation.tenant.id = :tenant and v.createdAt < :cutoff"
                      + " group by a.id, a.conversation.id order by a.id",
                  Object[].class),
              tenantId,
              at,
              size);
      case AUDIO_CAP ->
          rows(
              ObjectType.AUDIO,
              policy.audio(),
              em.createQuery(
                  "select a.id, a.receivedAt, a.conversation.id from AudioRecording a"
                      + " where a.destroyedAt is null"
                      + " and a.conversation.tenant.id = :tenant and a.receivedAt < :cutoff"
                      + " order by a.id",
                  Object[].class),
              tenantId,
              at.minus(policy.audio()),
              size);
      case UPLOAD_CAP ->
          rows(
              ObjectType.AUDIO,
              policy.audio(),
              em.createQuery(
                      "select u.id, u.createdAt, u.conversation.id from AudioUpload u"
                          + " where u.state = :open and u.destroyedAt is null"
                          + " and u.conversation.tenant.id = :tenant and u.createdAt < :cutoff"
                          + " order by u.id",
                      Object[].class)
                  .setParameter("open", dk.samtalenotat.recording.AudioUpload.State.OPEN),
              tenantId,
              at.minus(policy.audio()),
              size);
      case TRANSCRIPT_APPROVED ->
          rows(
              ObjectType.TRANSCRIPT,
              Duration.ZERO,
              em.createQuery(
                  "select t.id, d.approvedAt, t.conversation.id from Transcript t, Draft d"
                      + " where d.conversation = t.conversation and t.destroyedAt is null"
                      + " and d.approvedAt < :cutoff and t.conversation.tenant.id = :tenant"
                      + " order by t.id",
                  Object[].class),
              tenantId,
              at,
              size);
      case TRANSCRIPT_CAP ->
          rows(
              ObjectType.TRANSCRIPT,
              policy.transcript(),
              em.createQuery(
                  "select t.id, t.conversation.registeredAt, t.conversation.id from Transcript t"
                      + " where t.destroyedAt is null and t.conversation.tenant.id = :tenant"
                      + " and t.conversation.registeredAt < :cutoff order by t.id",
                  Object[].class),
              tenantId,
              at.minus(policy.transcript()),
              size);
      case NOTE_RECEIPT_STORED ->
          rows(
              ObjectType.DRAFT_VERSION,
              Duration.ZERO,
              em.createQuery(
                      "select v.id, v.draft.conversation.stateChangedAt, v.draft.conversation.id"
                          + " from DraftVersion v where v.destroyedAt is null"
                          + " and v.draft.conversation.tenant.id = :tenant"
                          + " and v.draft.conversation.state in :receipted"
                          + " and v.draft.conversation.stateChangedAt < :cutoff order by v.id",
                      Object[].class)
                  .setParameter("receipted", RECEIPTED),
              tenantId,
              at,
              size);
      case NOTE_CAP ->
          rows(
              ObjectType.DRAFT_VERSION,
              policy.note(),
              em.createQuery(
                  "select v.id, v.draft.approvedAt, v.draft.conversation.id from DraftVersion v"
                      + " where v.destroyedAt is null"
                      + " and v.draft.conversation.tenant.id = :tenant"
                      + " and v.draft.approvedAt < :cutoff order by v.id",
                  Object[].class),
              tenantId,
              at.minus(policy.note()),
              size);
    };
  }

  /**
   * What the rules destroy by {@code at + horizon}: counts per rule and each object once, with the
   * earliest time a rule makes it due; due before {@code at} means overdue.
   */
  public DeletionSchedule schedule(
      long tenantId, RetentionPolicy policy, Instant at, Duration horizon, int limitPerRule) {
    Instant until = at.plus(horizon);
    List<DeletionSchedule.RuleCount> counts = new ArrayList<>();
    Map<String, DeletionSchedule.Item> items = new LinkedHashMap<>();
    boolean truncated = false;
    for (RetentionRule rule : RetentionRule.values()) {
      List<Due> due = due(rule, tenantId, policy, until, limitPerRule + 1);
      truncated |= due.size() > limitPerRule;
      List<Due> shown = due.subList(0, Math.min(due.size(), limitPerRule));
      if (!shown.isEmpty()) {
        counts.add(new DeletionSchedule.RuleCount(rule, shown.size()));
      }
      for (Due d : shown) {
        DeletionSchedule.Item item =
            new DeletionSchedule.Item(
                d.conversationId(), d.type(), d.id(), rule, d.dueAt(), d.dueAt().isBefore(at));
        // An upload and a stored recording may share an id: both are audio, not the same object.
        String key = (rule == RetentionRule.UPLOAD_CAP ? "UPLOAD" : d.type()) + ":" + d.id();
        items.merge(key, item, (a, b) -> a.dueAt().isAfter(b.dueAt()) ? b : a);
      }
    }
    List<DeletionSchedule.Item> sorted =
        items.values().stream()
            .sorted(
                Comparator.comparing(DeletionSchedule.Item::dueAt)
                    .thenComparing(DeletionSchedule.Item::conversationId))
            .toList();
    return new DeletionSchedule(at, until, counts, sorted, truncated);
  }

  /**
   * Claims up to {@code size} conversations due for expiry with one statement, locking their rows
   * and skipping rows another transaction holds (another sweep's batch, or a caseworker saving the
   * conversation this moment: it stays due for the next batch), then expires them together. The
   * claim reads the columns expiry needs, not entities: nothing to hydrate, and the conversations
   * move with one UPDATE instead of one per row.
   */
  private Batch expire(long tenantId, Instant now, int size, Collection<Long> skip) {
    TypedQuery<Object[]> query =
        em.createQuery(
                "select c.id, c.tenant.id, c.citizenCprHash, c.caseReference, c.registeredAt"
                    + " from Conversation c"
                    + " where c.tenant.id = :tenant and c.state in :states"
                    + " and c.registeredAt < :cutoff"
                    + (skip.isEmpty() ? "" : " and c.id not in :skip")
                    + " order by c.id",
                Object[].class)
            .setParameter("tenant", tenantId)
            .setParameter("states", EXPIRABLE)
            .setParameter("cutoff", now.minus(RetentionPolicy.expiry()));
    if (!skip.isEmpty()) {
      query.setParameter("skip", skip);
    }
    List<Shredder.Claimed> claimed =
        query
            .setMaxResults(size)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .setHint(AvailableHints.HINT_SPEC_LOCK_TIMEOUT, LockOptions.SKIP_LOCKED)
            .getResultList()
            .stream()
            .map(
                r ->
                    new Shredder.Claimed(
                        (Long) r[0],
                        (Long) r[1],
                        (String) r[2],
                        (String) r[3],
                        ((Instant) r[4]).plus(RetentionPolicy.expiry())))
            .toList();
    if (claimed.isEmpty()) {
      return new Batch(0, 0);
    }
    Shredder.Outcome done = shredder.expireLocked(claimed, Actor.TIMER, now);
    return new Batch(claimed.size(), done.destroyed(), done.failed());
  }

  /**
   * Conversations whose rows the purge takes at {@code at}, oldest id first: finished (closed after
   * the receipt, expired or declined) longer than the grace period ago; or approved and never
   * journalised, with the note text destroyed by its cap and the grace period passed since. Nothing
   * of their content may be held (the purge checks again).
   */
  List<Shredder.Purge> purgeDue(long tenantId, RetentionPolicy policy, Instant at, int size) {
    List<Shredder.Purge> due = new ArrayList<>();
    for (Object[] r :
        em.createQuery(
                "select c.id, c.version, c.stateChangedAt from Conversation c"
                    + " where c.tenant.id = :tenant and c.state in :finished"
                    + " and c.stateChangedAt < :cutoff order by c.id",
                Object[].class)
            .setParameter("tenant", tenantId)
            .setParameter("finished", FINISHED)
            .setParameter("cutoff", at.minus(policy.grace()))
            .setMaxResults(size)
            .getResultList()) {
      due.add(
          new Shredder.Purge((Long) r[0], (Integer) r[1], ((Instant) r[2]).plus(policy.grace())));
    }
    Duration afterApproval = policy.note().plus(policy.grace());
    for (Object[] r :
        em.createQuery(
                "select c.id, c.version, c.metrics.approvedAt from Conversation c"
                    + " where c.tenant.id = :tenant and c.state in :unsent"
                    + " and c.metrics.approvedAt < :cutoff and not exists (select v.id from DraftVersion v"
                    + " where v.draft.conversation = c and v.destroyedAt is null) order by c.id",
                Object[].class)
            .setParameter("tenant", tenantId)
            .setParameter("unsent", UNSENT)
            .setParameter("cutoff", at.minus(afterApproval))
            .setMaxResults(size)
            .getResultList()) {
      due.add(
          new Shredder.Purge((Long) r[0], (Integer) r[1], ((Instant) r[2]).plus(afterApproval)));
    }
    due.sort(Comparator.comparingLong(Shredder.Purge::id));
    return due.size() <= size ? due : due.subList(0, size);
  }

  /** Rows of (object id, the time the rule counts from, conversation id). */
  private static List<Due> rows(
      ObjectType type,
      Duration after,
      TypedQuery<Object[]> query,
      long tenantId,
      Instant cutoff,
      int size) {
    return query
        .setParameter("tenant", tenantId)
        .setParameter("cutoff", cutoff)
        .setMaxResults(size)
        .getResultList()
        .stream()
        .map(r -> new Due((Long) r[0], (Long) r[2], type, ((Instant) r[1]).plus(after)))
        .toList();
  }
}
