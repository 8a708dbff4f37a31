package dk.samtalenotat.retention;

import dk.samtalenotat.conversation.ConversationState;
import dk.samtalenotat.draft.DraftVersion;
import dk.samtalenotat.transcript.Transcript;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The transcripts and draft versions of a batch of conversations, read and destroyed with one
 * statement per table for the whole batch instead of a statement per row: the rows are locked and
 * read as columns (no entities loaded, so nothing for Hibernate to check or write row by row), the
 * hash of what goes is computed as the entities' own {@code destroy} computes it, and the
 * ciphertext, data keys and child rows go with one UPDATE or DELETE per table.
 *
 * <p>The sweep holds its conversations' rows, so no one adds content to them meanwhile; the content
 * rows are locked here as well (waiting, not skipping: the conversation is claimed already), so an
 * event destroying one of them at the same moment either committed first and its row no longer
 * counts as held, or waits for this batch and then finds it destroyed.
 */
final class BatchContent {

  /**
   * A held object of the batch: its id, its conversation, its object id and the SHA-256 of what
   * destroying it removes (the deletion evidence's hash).
   */
  record Held(long id, long conversationId, String objectId, String hash) {}

  private BatchContent() {}

  /** The conversations' transcripts still held, locked, oldest first. */
  static List<Held> transcripts(EntityManager em, Collection<Long> conversations) {
    if (conversations.isEmpty()) {
      return List.of();
    }
    List<Object[]> rows =
        em.createQuery(
                "select t.id, t.conversation.id, t.objectId, t.wrappedKey from Transcript t"
                    + " where t.conversation.id in :ids and t.destroyedAt is null order by t.id",
                Object[].class)
            .setParameter("ids", conversations)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, List<String>> segments =
        grouped(
            em.createQuery(
                    "select s.transcript.id, s.sealedText from TranscriptSegment s"
                        + " where s.transcript.id in :ids order by s.transcript.id, s.ordinal",
                    Object[].class)
                .setParameter("ids", ids(rows))
                .getResultList());
    List<Held> held = new ArrayList<>();
    for (Object[] r : rows) {
      long id = (Long) r[0];
      held.add(
          new Held(
              id,
              (Long) r[1],
              (String) r[2],
              Transcript.destroyedHash((String) r[3], segments.getOrDefault(id, List.of()))));
    }
    return held;
  }

  /** The conversations' draft versions still held, locked, oldest first. */
  static List<Held> draftVersions(EntityManager em, Collection<Long> conversations) {
    if (conversations.isEmpty()) {
      return List.of();
    }
    List<Object[]> rows =
        em.createQuery(
                "select v.id, d.conversation.id, v.objectId, v.wrappedKey, v.sealedContent"
                    + " from DraftVersion v join v.draft d"
                    + " where d.conversation.id in :ids and v.destroyedAt is null order by v.id",
                Object[].class)
            .setParameter("ids", conversations)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Long> ids = ids(rows);
    Map<Long, List<String>> sentences =
        grouped(
            em.createQuery(
                    "select s.version.id, s.sealedText from CitedSentence s"
                        + " where s.version.id in :ids order by s.version.id, s.ordinal",
                    Object[].class)
                .setParameter("ids", ids)
                .getResultList());
    Map<Long, List<String>> flags = new HashMap<>();
    for (Object[] f :
        em.createQuery(
                "select f.version.id, f.sealedFact, f.sealedReason, f.sealedTranscriptValue"
                    + " from DraftFlag f where f.version.id in :ids"
                    + " order by f.version.id, f.ordinal",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      flags
          .computeIfAbsent((Long) f[0], k -> new ArrayList<>())
          .addAll(DraftVersion.flagCiphertexts((String) f[1], (String) f[2], (String) f[3]));
    }
    List<Held> held = new ArrayList<>();
    for (Object[] r : rows) {
      long id = (Long) r[0];
      held.add(
          new Held(
              id,
              (Long) r[1],
              (String) r[2],
              DraftVersion.destroyedHash(
                  (String) r[3],
                  (String) r[4],
                  sentences.getOrDefault(id, List.of()),
                  flags.getOrDefault(id, List.of()))));
    }
    return held;
  }

  /** Deletes the transcripts' segments and data keys, keeping each row as metadata. */
  static void destroyTranscripts(EntityManager em, Collection<Long> ids, Instant now) {
    if (ids.isEmpty()) {
      return;
    }
    em.createQuery("delete from TranscriptSegment s where s.transcript.id in :ids")
        .setParameter("ids", ids)
        .executeUpdate();
    em.createQuery(
            "update Transcript t set t.wrappedKey = null, t.kekVersion = null,"
                + " t.destroyedAt = :now where t.id in :ids")
        .setParameter("now", now)
        .setParameter("ids", ids)
        .executeUpdate();
  }

  /**
   * Deletes the versions' content, sentences and data keys; their flags keep kind and resolution as
   * metadata, the quoted fact and reason go.
   */
  static void destroyDraftVersions(EntityManager em, Collection<Long> ids, Instant now) {
    if (ids.isEmpty()) {
      return;
    }
    em.createQuery("delete from CitedSentence s where s.version.id in :ids")
        .setParameter("ids", ids)
        .executeUpdate();
    em.createQuery(
            "update DraftFlag f set f.sealedFact = null, f.sealedReason = null,"
                + " f.sealedTranscriptValue = null where f.version.id in :ids")
        .setParameter("ids", ids)
        .executeUpdate();
    em.createQuery(
            "update DraftVersion v set v.sealedContent = null, v.wrappedKey = null,"
                + " v.kekVersion = null, v.destroyedAt = :now where v.id in :ids")
        .setParameter("now", now)
        .setParameter("ids", ids)
        .executeUpdate();
  }

  /** Forgets the recordings' data keys (their files are deleted by the caller). */
  static void destroyAudio(EntityManager em, Collection<Long> ids, Instant now) {
    if (ids.isEmpty()) {
      return;
    }
    em.createQuery(
            "update AudioRecording a set a.wrappedKey = null, a.kekVersion = null,"
                + " a.destroyedAt = :now where a.id in :ids")
        .setParameter("now", now)
        .setParameter("ids", ids)
        .executeUpdate();
  }

  /**
   * Moves the claimed conversations to EXPIRED with one UPDATE, as {@code Conversation#expire} does
   * for one (state, time of the change, problem cleared, version counted up so a caseworker's save
   * of an older version fails as after any change). The rows are the batch's claim, locked and
   * expirable: a row that does not move means the claim did not hold, and the batch rolls back.
   */
  static void expireConversations(EntityManager em, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return;
    }
    int moved =
        em.createQuery(
                "update Conversation c set c.state = :expired, c.stateChangedAt = :at,"
                    + " c.problemCode = null, c.problemText = null, c.sealedProblemDetail = null,"
                    + " c.version = c.version + 1 where c.id in :ids and c.state in :expirable")
            .setParameter("expired", ConversationState.EXPIRED)
            .setParameter("at", Instant.now())
            .setParameter("ids", ids)
            .setParameter("expirable", RetentionSweeper.EXPIRABLE)
            .executeUpdate();
    if (moved != ids.size()) {
      throw new IllegalStateException(
          "expected " + ids.size() + " claimed conversations to expire, " + moved + " did");
    }
  }

  private static List<Long> ids(List<Object[]> rows) {
    return rows.stream().map(r -> (Long) r[0]).toList();
  }

  /** (owner id, text) rows in order, as texts per owner. */
  private static Map<Long, List<String>> grouped(List<Object[]> rows) {
    Map<Long, List<String>> grouped = new HashMap<>();
    rows.forEach(
        r -> grouped.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
    return grouped;
  }
}
