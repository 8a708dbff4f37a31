package dk.samtalenotat.retention;

import dk.samtalenotat.audio.AudioRecording;
import dk.samtalenotat.audio.AudioStore;
import dk.samtalenotat.conversation.Conversation;
import dk.samtalenotat.conversation.ConversationState;
import dk.samtalenotat.conversation.PurgedConversation;
import dk.samtalenotat.crypto.Digests;
import dk.samtalenotat.draft.DraftVersion;
import dk.samtalenotat.journal.JournalReceipt;
import dk.samtalenotat.journal.StoredReceipt;
import dk.samtalenotat.recording.AudioUpload;
import dk.samtalenotat.recording.ChunkStore;
import dk.samtalenotat.recording.TranscriptWindow;
import dk.samtalenotat.tenant.Tenant;
import dk.samtalenotat.transcript.Transcript;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.hibernate.LockOptions;
import org.hibernate.Session;
import org.hibernate.jpa.AvailableHints;

/**
 * Destroys content inside the caller's transaction: removes the ciphertext and the wrapped data key
 * together and writes the deletion evidence.
 *
 * <p>Every destruction first claims its row with a conditional UPDATE ({@code ... where
 * destroyed_at is null}, or the version for a conversation). The database lets exactly one
 * transaction change the row: a second sweep, another node or an event racing the timer blocks on
 * the row lock and then finds nothing to update, so nothing is destroyed or recorded twice. If the
 * claiming transaction rolls back, the row is free again and the next sweep takes it: nothing is
 * missed.
 */
@ApplicationScoped
public class Shredder {

  private static final Logger LOG = Logger.getLogger(Shredder.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private AudioStore audioStore;
  @Inject private ChunkStore chunkStore;

  protected Shredder() {}

  /** Outside the container (tests, tools), where no upload is in progress. */
  public Shredder(EntityManager em, AudioStore audioStore) {
    this(em, audioStore, null);
  }

  /** Outside the container (tests, tools). */
  public Shredder(EntityManager em, AudioStore audioStore, ChunkStore chunkStore) {
    this.em = em;
    this.audioStore = audioStore;
    this.chunkStore = chunkStore;
  }

  /** Destroys every recording of the conversation still held. */
  public int destroyAudioOf(Conversation c, RetentionRule rule, Actor actor) {
    Instant now = Instant.now();
    int n = 0;
    for (Long id :
        em.createQuery(
                "select a.id from AudioRecording a where a.conversation = :c"
                    + " and a.destroyedAt is null",
                Long.class)
            .setParameter("c", c)
            .getResultList()) {
      n += destroyAudio(id, rule, now, actor, now) ? 1 : 0;
    }
    return n;
  }

  /** Destroys the conversation's transcript, if it still holds one. */
  public boolean destroyTranscriptOf(Conversation c, RetentionRule rule, Actor actor) {
    Instant now = Instant.now();
    return em.createQuery(
            "select t.id from Transcript t where t.conversation = :c and t.destroyedAt is null",
            Long.class)
        .setParameter("c", c)
        .getResultStream()
        .findFirst()
        .map(id -> destroyTranscript(id, rule, now, actor, now))
        .orElse(false);
  }

  /**
   * Destroys everything the conversation holds: recordings, transcript and draft versions.
   *
   * @return how many objects were destroyed
   */
  public int destroyAllOf(Conversation c, RetentionRule rule, Actor actor) {
    Instant now = Instant.now();
    int n = 0;
    for (Long a :
        ids(
            "select a.id from AudioRecording a where a.conversation = :c and a.destroyedAt is null",
            c)) {
      n += destroyAudio(a, rule, now, actor, now) ? 1 : 0;
    }
    n += destroyUploadsOf(c, rule, actor, now, now);
    n += destroyWindowsOf(c, rule, actor, now);
    n += destroyTranscriptOf(c, rule, actor) ? 1 : 0;
    n += destroyDraftVersionsOf(c, rule, actor);
    return n;
  }

  /** Destroys every draft version of the conversation still held. */
  public int destroyDraftVersionsOf(Conversation c, RetentionRule rule, Actor actor) {
    Instant now = Instant.now();
    int n = 0;
    for (Long v :
        ids(
            "select v.id from DraftVersion v where v.draft.conversation = :c"
                + " and v.destroyedAt is null",
            c)) {
      n += destroyDraftVersion(v, rule, now, actor, now) ? 1 : 0;
    }
    return n;
  }

  /**
   * Deletes the transcript segments from {@code millis} on, with evidence named after the
   * transcript and the point ({@code transcript:<uuid>@<millis>}).
   *
   * @return whether any segment was deleted
   */
  public boolean dropSegmentsFrom(Conversation c, long millis, RetentionRule rule, Actor actor) {
    Instant now = Instant.now();
    for (Transcript t :
        em.createQuery(
                "select t from Transcript t where t.conversation = :c and t.destroyedAt is null",
                Transcript.class)
            .setParameter("c", c)
            .getResultList()) {
      Optional<String> hash = t.dropFrom(millis);
      if (hash.isPresent()) {
        record(
            c,
            t.getObjectId() + "@" + millis,
            ObjectType.TRANSCRIPT,
            rule,
            now,
            now,
            actor,
            hash.get());
        return true;
      }
    }
    return false;
  }

  /**
   * @return false when another transaction destroyed it first
   */
  public boolean destroyAudio(
      long id, RetentionRule rule, Instant scheduled, Actor actor, Instant now) {
    if (!claim("AudioRecording", id, now)) {
      return false;
    }
    AudioRecording a = fresh(AudioRecording.class, id);
    String hash;
    try {
      // Gone already when an earlier attempt deleted the file and then rolled back: the hash
      // recorded at upload names the same ciphertext.
      hash = audioStore.delete(a.getStorageKey()).orElse(a.getCiphertextSha256());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + a.getObjectId(), e);
    }
    a.destroyed(now);
    record(
        a.getConversation(), a.getObjectId(), ObjectType.AUDIO, rule, scheduled, now, actor, hash);
    return true;
  }

  /**
   * Deletes what the speech engine heard while recording (each window's segments and its own data
   * key). With a rule, each window is recorded as destroyed transcript content; without one they
   * were used up: the transcript made of them is stored, and it is what the retention rules follow.
   *
   * @return how many windows were deleted
   */
  public int destroyWindowsOf(Conversation c, RetentionRule rule, Actor actor, Instant now) {
    return destroyWindows(
        em.createQuery(
                "select w from TranscriptWindow w where w.upload.conversation = :c",
                TranscriptWindow.class)
            .setParameter("c", c)
            .getResultList(),
        rule,
        now,
        actor,
        now);
  }

  /** Deletes the windows, each with its evidence when a rule destroys them. */
  private int destroyWindows(
      List<TranscriptWindow> windows,
      RetentionRule rule,
      Instant scheduled,
      Actor actor,
      Instant now) {
    for (TranscriptWindow w : windows) {
      if (rule != null) {
        record(
            w.getUpload().getConversation(),
            w.getObjectId(),
            ObjectType.TRANSCRIPT,
            rule,
            scheduled,
            now,
            actor,
            w.ciphertextSha256());
      }
      em.remove(w);
    }
    return windows.size();
  }

  /** Destroys the chunks of every unfinished upload of the conversation. */
  public int destroyUploadsOf(
      Conversation c, RetentionRule rule, Actor actor, Instant scheduled, Instant now) {
    int n = 0;
    for (Long u :
        em.createQuery(
                "select u.id from AudioUpload u where u.conversation = :c"
                    + " and u.destroyedAt is null and u.state = :open",
                Long.class)
            .setParameter("c", c)
            .setParameter("open", AudioUpload.State.OPEN)
            .getResultList()) {
      n += destroyUpload(u, rule, scheduled, actor, now) ? 1 : 0;
    }
    return n;
  }

  /**
   * Deletes an unfinished upload's chunk files and rows and forgets its data key.
   *
   * @return false when another transaction destroyed it first
   */
  public boolean destroyUpload(
      long id, RetentionRule rule, Instant scheduled, Actor actor, Instant now) {
    if (!claim("AudioUpload", id, now)) {
      return false;
    }
    AudioUpload u = fresh(AudioUpload.class, id);
    em.createQuery("delete from UploadChunk k where k.upload = :u")
        .setParameter("u", u)
        .executeUpdate();
    // What was heard of it while recording goes with it.
    destroyWindows(
        em.createQuery(
                "select w from TranscriptWindow w where w.upload = :u", TranscriptWindow.class)
            .setParameter("u", u)
            .getResultList(),
        rule,
        scheduled,
        actor,
        now);
    String hash;
    try {
      hash = chunkStore.deleteAll(u.getUploadKey());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + u.getObjectId(), e);
    }
    u.destroyed(now);
    record(
        u.getConversation(), u.getObjectId(), ObjectType.AUDIO, rule, scheduled, now, actor, hash);
    return true;
  }

  /**
   * @return false when another transaction destroyed it first
   */
  public boolean destroyTranscript(
      long id, RetentionRule rule, Instant scheduled, Actor actor, Instant now) {
    if (!claim("Transcript", id, now)) {
      return false;
    }
    Transcript t;
    String hash;
    if (em.getEntityManagerFactory()
        .getPersistenceUnitUtil()
        .isLoaded(em.getReference(Transcript.class, id), "segments")) {
      t = fresh(Transcript.class, id);
      hash = t.destroy(now);
    } else {
      hash = destroyUnloadedSegments(id, now);
      t = fresh(Transcript.class, id);
    }
    record(
        t.getConversation(),
        t.getObjectId(),
        ObjectType.TRANSCRIPT,
        rule,
        scheduled,
        now,
        actor,
        hash);
    return true;
  }

  /**
   * @return false when another transaction destroyed it first
   */
  public boolean destroyDraftVersion(
      long id, RetentionRule rule, Instant scheduled, Actor actor, Instant now) {
    if (!claim("DraftVersion", id, now)) {
      return false;
    }
    DraftVersion v = fresh(DraftVersion.class, id);
    String hash = v.destroy(now);
    Conversation c = v.getDraft().getConversation();
    record(c, v.getObjectId(), ObjectType.DRAFT_VERSION, rule, scheduled, now, actor, hash);
    closeWhenNothingIsLeft(c);
    return true;
  }

  /**
   * A journalised conversation whose last draft version is gone is CLOSED: what remains is its
   * metadata, the receipt and the deletion evidence.
   */
  private void closeWhenNothingIsLeft(Conversation c) {
    if (c.getState() != ConversationState.JOURNALISED) {
      return;
    }
    long held =
        em.createQuery(
                "select count(v) from DraftVersion v"
                    + " where v.draft.conversation = :c and v.destroyedAt is null",
                Long.class)
            .setParameter("c", c)
            .getSingleResult();
    if (held == 0) {
      c.moveTo(ConversationState.CLOSED);
    }
  }

  /**
   * Expires a conversation never approved and destroys everything it holds. The claim is the
   * version the caller read: if the conversation changed since (approved a moment ago, or expired
   * by another sweep), nothing happens.
   *
   * @return false when the conversation changed since it was read, or may not expire now
   */
  public boolean expire(long id, int version, Instant scheduled, Actor actor, Instant now) {
    int claimed =
        em.createQuery(
                "update Conversation c set c.version = c.version + 1"
                    + " where c.id = :id and c.version = :version")
            .setParameter("id", id)
            .setParameter("version", version)
            .executeUpdate();
    if (claimed == 0) {
      return false;
    }
    Conversation c = fresh(Conversation.class, id);
    if (!c.getState().canMoveTo(ConversationState.EXPIRED)) {
      return false;
    }
    c.expire();
    RetentionRule rule = RetentionRule.EXPIRED_UNAPPROVED;
    for (Long a : ids("select a.id from AudioRecording a where a.conversation = :c", c)) {
      destroyAudio(a, rule, scheduled, actor, now);
    }
    destroyUploadsOf(c, rule, actor, scheduled, now);
    for (Long t : ids("select t.id from Transcript t where t.conversation = :c", c)) {
      destroyTranscript(t, rule, scheduled, actor, now);
    }
    for (Long v : ids("select v.id from DraftVersion v where v.draft.conversation = :c", c)) {
      destroyDraftVersion(v, rule, scheduled, actor, now);
    }
    LOG.info(() -> "conversation " + id + " expired without approval; its content destroyed");
    return true;
  }

  /**
   * How a batch went: how many objects (or conversations) it destroyed, and the ids it left because
   * their files could not be deleted (the next sweep tries them again).
   */
  public record Outcome(int destroyed, List<Long> failed) {}

  /**
   * A conversation the sweep's claim locked, as the columns expiry needs (no entity loaded, so
   * nothing for Hibernate to hydrate, check or write row by row): its id, tenant, what the access
   * log records of it, and when it was due.
   */
  public record Claimed(
      long id, long tenantId, String citizenCprHash, String caseReference, Instant dueAt) {}

  /**
   * Expires conversations this transaction has locked (the sweep's claim, all in a state that may
   * expire) in one go: each moves to EXPIRED and everything it holds is destroyed under {@link
   * RetentionRule#EXPIRED_UNAPPROVED}, with the same evidence as {@link #expire}. The content is
   * locked and read a table at a time for the whole batch (transcripts and draft versions as
   * columns, see {@link BatchContent}), destroyed with one statement per table, the conversations
   * moved with one UPDATE, and the evidence written with one INSERT per table. A conversation whose
   * audio file cannot be deleted is left as it was (logged) while the others go on.
   */
  public Outcome expireLocked(List<Claimed> claimed, Actor actor, Instant now) {
    if (claimed.isEmpty()) {
      return new Outcome(0, List.of());
    }
    RetentionRule rule = RetentionRule.EXPIRED_UNAPPROVED;
    List<Long> ids = claimed.stream().map(Claimed::id).toList();
    Map<Long, List<AudioRecording>> audio =
        byConversation(
            locked(
                AudioRecording.class,
                "select a from AudioRecording a where a.conversation.id in :ids"
                    + " and a.destroyedAt is null order by a.id",
                ids,
                false),
            a -> a.getConversation().getId());
    Map<Long, List<BatchContent.Held>> transcripts =
        byConversation(BatchContent.transcripts(em, ids), BatchContent.Held::conversationId);
    Map<Long, List<BatchContent.Held>> versions =
        byConversation(BatchContent.draftVersions(em, ids), BatchContent.Held::conversationId);
    Set<Long> withUploads = new HashSet<>(withOpenUploads(ids));
    DeletionRecords records = new DeletionRecords();
    List<Long> failed = new ArrayList<>();
    List<Long> expiredIds = new ArrayList<>();
    List<Long> audioGone = new ArrayList<>();
    List<Long> transcriptsGone = new ArrayList<>();
    List<Long> versionsGone = new ArrayList<>();
    for (Claimed c : claimed) {
      // A reference, not a query: only its id is written.
      Tenant tenant = em.getReference(Tenant.class, c.tenantId());
      Map<AudioRecording, String> audioHashes;
      try {
        audioHashes = deleteFiles(audio.getOrDefault(c.id(), List.of()));
      } catch (UncheckedIOException e) {
        failed.add(c.id());
        LOG.warning(
            () ->
                "conversation "
                    + c.id()
                    + " not expired, its audio could not be deleted; next sweep retries: "
                    + e.getCause().getClass().getName());
        continue;
      }
      expiredIds.add(c.id());
      audioHashes.forEach(
          (a, hash) -> {
            audioGone.add(a.getId());
            records.add(tenant, c, a.getObjectId(), ObjectType.AUDIO, rule, now, actor, hash);
          });
      if (withUploads.contains(c.id())) {
        // Rare (a recording left unfinished); one at a time, with its own claims. The entity is
        // only read (the UPDATE below moves the conversation), so its row is not written twice.
        destroyUploadsOf(em.find(Conversation.class, c.id()), rule, actor, c.dueAt(), now);
      }
      for (BatchContent.Held t : transcripts.getOrDefault(c.id(), List.of())) {
        transcriptsGone.add(t.id());
        records.add(tenant, c, t.objectId(), ObjectType.TRANSCRIPT, rule, now, actor, t.hash());
      }
      for (BatchContent.Held v : versions.getOrDefault(c.id(), List.of())) {
        versionsGone.add(v.id());
        records.add(tenant, c, v.objectId(), ObjectType.DRAFT_VERSION, rule, now, actor, v.hash());
      }
      LOG.fine(() -> "conversation " + c.id() + " expired without approval; content destroyed");
    }
    BatchContent.destroyAudio(em, audioGone, now);
    BatchContent.destroyTranscripts(em, transcriptsGone, now);
    BatchContent.destroyDraftVersions(em, versionsGone, now);
    BatchContent.expireConversations(em, expiredIds);
    records.write(em);
    if (!expiredIds.isEmpty()) {
      LOG.info(
          ""
              + expiredIds.size()
              + " conversations expired without approval; their content destroyed");
    }
    return new Outcome(expiredIds.size(), failed);
  }

  /**
   * Destroys the objects of one kind that a rule made due, in one go: each is locked first,
   * skipping one another transaction holds (an event or another sweep destroying it now: if that
   * one commits the object is gone, if it rolls back the next sweep takes it), and one already
   * destroyed is left out. Audio whose file cannot be deleted is left (logged) while the others go
   * on.
   *
   * @param due the objects and when each was due
   */
  public Outcome destroyDue(
      ObjectType type,
      List<RetentionSweeper.Due> due,
      RetentionRule rule,
      Actor actor,
      Instant now) {
    if (due.isEmpty()) {
      return new Outcome(0, List.of());
    }
    Map<Long, Instant> when = new HashMap<>();
    due.forEach(d -> when.put(d.id(), d.dueAt()));
    List<Long> ids = due.stream().map(RetentionSweeper.Due::id).toList();
    DeletionRecords records = new DeletionRecords();
    List<Long> failed = new ArrayList<>();
    int destroyed = 0;
    switch (type) {
      case AUDIO -> {
        for (AudioRecording a :
            locked(
                AudioRecording.class,
                "select a from AudioRecording a where a.id in :ids and a.destroyedAt is null"
                    + " order by a.id",
                ids,
                true)) {
          String hash;
          try {
            hash = deleteFiles(List.of(a)).get(a);
          } catch (UncheckedIOException e) {
            failed.add(a.getId());
            LOG.warning(
                () ->
                    a.getObjectId()
                        + " not destroyed, its file could not be deleted; next sweep retries: "
                        + e.getCause().getClass().getName());
            continue;
          }
          a.destroyed(now);
          records.add(
              a.getConversation(),
              a.getObjectId(),
              ObjectType.AUDIO,
              rule,
              when.get(a.getId()),
              now,
              actor,
              hash);
          destroyed++;
        }
      }
      case TRANSCRIPT -> {
        for (Transcript t : transcripts(ids, true)) {
          records.add(
              t.getConversation(),
              t.getObjectId(),
              ObjectType.TRANSCRIPT,
              rule,
              when.get(t.getId()),
              now,
              actor,
              t.destroy(now));
          destroyed++;
        }
      }
      case DRAFT_VERSION -> {
        Set<Conversation> touched = new LinkedHashSet<>();
        for (DraftVersion v :
            draftVersions(
                "select v from DraftVersion v where v.id in :ids and v.destroyedAt is null"
                    + " order by v.id",
                ids,
                true)) {
          Conversation c = v.getDraft().getConversation();
          records.add(
              c,
              v.getObjectId(),
              ObjectType.DRAFT_VERSION,
              rule,
              when.get(v.getId()),
              now,
              actor,
              v.destroy(now));
          touched.add(c);
          destroyed++;
        }
        records.write(em);
        closeWhenNothingIsLeft(touched);
        return new Outcome(destroyed, failed);
      }
      case CONVERSATION, KEY_VERSION, USER, DEVICE_CREDENTIAL, TEMPLATE_VERSION, SETTINGS ->
          throw new IllegalArgumentException(type + " is not destroyed object by object");
    }
    records.write(em);
    return new Outcome(destroyed, failed);
  }

  /**
   * The batch's transcripts still held, locked, with their segments read in one more query (the
   * hash of the evidence covers them).
   */
  private List<Transcript> transcripts(List<Long> ids, boolean byId) {
    List<Transcript> held =
        locked(
            Transcript.class,
            "select t from Transcript t where t."
                + (byId ? "id" : "conversation.id")
                + " in :ids and t.destroyedAt is null order by t.id",
            ids,
            byId);
    if (!held.isEmpty()) {
      em.createQuery(
              "select distinct t from Transcript t left join fetch t.segments where t in :held",
              Transcript.class)
          .setParameter("held", held)
          .getResultList();
    }
    return held;
  }

  /** The batch's draft versions still held, locked, with their sentences and flags. */
  private List<DraftVersion> draftVersions(String jpql, List<Long> ids, boolean skipLocked) {
    List<DraftVersion> held = locked(DraftVersion.class, jpql, ids, skipLocked);
    if (!held.isEmpty()) {
      em.createQuery(
              "select distinct v from DraftVersion v join fetch v.draft"
                  + " left join fetch v.sentences where v in :held",
              DraftVersion.class)
          .setParameter("held", held)
          .getResultList();
      em.createQuery(
              "select distinct v from DraftVersion v left join fetch v.flags where v in :held",
              DraftVersion.class)
          .setParameter("held", held)
          .getResultList();
    }
    return held;
  }

  /**
   * Reads rows and locks them for this transaction, as the per-object claim does: a transaction
   * destroying one of them at the same moment (an event, another rule's sweep) either finishes
   * first, and the row no longer matches {@code destroyedAt is null} once the lock is granted, or
   * waits for this one and then finds it destroyed. With {@code skipLocked} a row another
   * transaction holds is left out instead of waited for.
   */
  private <T> List<T> locked(Class<T> type, String jpql, List<Long> ids, boolean skipLocked) {
    TypedQuery<T> q =
        em.createQuery(jpql, type)
            .setParameter("ids", ids)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE);
    if (skipLocked) {
      q.setHint(AvailableHints.HINT_SPEC_LOCK_TIMEOUT, LockOptions.SKIP_LOCKED);
    }
    return q.getResultList();
  }

  /**
   * Deletes the recordings' files, each returning the SHA-256 of what it deleted; all or, on the
   * first failure, an exception (the files deleted before it stay deleted; their rows are held
   * until a sweep that succeeds, whose evidence names the hash recorded at upload).
   */
  private Map<AudioRecording, String> deleteFiles(List<AudioRecording> recordings) {
    Map<AudioRecording, String> hashes = new LinkedHashMap<>();
    for (AudioRecording a : recordings) {
      try {
        hashes.put(a, audioStore.delete(a.getStorageKey()).orElse(a.getCiphertextSha256()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete " + a.getObjectId(), e);
      }
    }
    return hashes;
  }

  /** Journalised conversations whose last draft version went in this batch are CLOSED. */
  private void closeWhenNothingIsLeft(Set<Conversation> touched) {
    List<Conversation> journalised =
        touched.stream().filter(c -> c.getState() == ConversationState.JOURNALISED).toList();
    if (journalised.isEmpty()) {
      return;
    }
    em.flush();
    Set<Long> holding =
        new HashSet<>(
            em.createQuery(
                    "select v.draft.conversation.id from DraftVersion v"
                        + " where v.draft.conversation in :cs and v.destroyedAt is null",
                    Long.class)
                .setParameter("cs", journalised)
                .getResultList());
    journalised.stream()
        .filter(c -> !holding.contains(c.getId()))
        .forEach(c -> c.moveTo(ConversationState.CLOSED));
  }

  private static <T> Map<Long, List<T>> byConversation(
      List<T> rows, java.util.function.Function<T, Long> conversation) {
    Map<Long, List<T>> grouped = new HashMap<>();
    rows.forEach(
        r -> grouped.computeIfAbsent(conversation.apply(r), k -> new ArrayList<>()).add(r));
    return grouped;
  }

  /** A finished conversation due for purging: its id and the version the caller read. */
  public record Purge(long id, int version, Instant dueAt) {}

  /**
   * Purges finished conversations: each row, with its sealed CPR number, sealed personal fields and
   * data key, and every row that belongs to it (participants, the metadata rows of destroyed
   * content, the outbox entries and receipts), leaving a {@link PurgedConversation} without
   * personal data, the deletion evidence (SHA-256 over the sealed fields) and the access log entry.
   * Each conversation is claimed by the version the caller read, as {@link #expire} does; one that
   * changed since, or that still holds content, is left alone. The whole batch goes set-based: the
   * claims in one JDBC batch, the conversations, their content and receipts read with one query
   * each, the evidence in one multi-row INSERT per table, the rows deleted with one statement per
   * table.
   *
   * @return how many were purged
   */
  public int purge(List<Purge> due, Actor actor, Instant now) {
    return purge(due, RetentionRule.CONVERSATION_PURGED, actor, now);
  }

  /**
   * Purges as {@link #purge(List, Actor, Instant)} does, with the evidence naming {@code rule}: the
   * offboarding of a municipality purges every conversation of it, finished or not, once its
   * content is destroyed.
   */
  public int purge(List<Purge> due, RetentionRule rule, Actor actor, Instant now) {
    List<Purge> claimed = claimVersions(due);
    if (claimed.isEmpty()) {
      return 0;
    }
    List<Long> ids = claimed.stream().map(Purge::id).toList();
    Map<Long, Conversation> conversations = claimedConversations(claimed);
    Set<Long> holding = holdingContent(ids);
    Map<Long, JournalReceipt> receipts = latestReceipts(ids);
    DeletionRecords records = new DeletionRecords();
    List<Long> purged = new ArrayList<>();
    for (Purge p : claimed) {
      if (holding.contains(p.id())) {
        LOG.warning(() -> "conversation " + p.id() + " still holds content; not purged");
        continue;
      }
      Conversation c = conversations.get(p.id());
      em.persist(PurgedConversation.of(c, receipts.get(p.id()), now));
      records.add(
          c,
          "conversation:" + c.getId(),
          ObjectType.CONVERSATION,
          rule,
          p.dueAt(),
          now,
          actor,
          sealedHash(c));
      purged.add(c.getId());
    }
    if (purged.isEmpty()) {
      return 0;
    }
    // Flushes the purged records, then writes the evidence with one INSERT per table.
    records.write(em);
    // The rows go by SQL, table by table for the whole batch: the entities are not needed, and
    // loading every dependent row to remove it would cost a statement per row.
    em.clear();
    for (String delete : PURGE) {
      em.createNativeQuery(delete).setParameter("ids", purged).executeUpdate();
    }
    LOG.fine(() -> purged.size() + " conversation rows purged");
    return purged.size();
  }

  /**
   * The conditional UPDATE of each conversation's version that lets exactly one transaction purge
   * it (the version the caller read: a conversation changed since is left), sent as one JDBC batch
   * whose per-row counts tell which held.
   */
  private List<Purge> claimVersions(List<Purge> due) {
    if (due.isEmpty()) {
      return List.of();
    }
    em.flush();
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              try (PreparedStatement ps =
                  connection.prepareStatement(
                      "update conversation set version = version + 1"
                          + " where id = ? and version = ?")) {
                for (Purge p : due) {
                  ps.setLong(1, p.id());
                  ps.setInt(2, p.version());
                  ps.addBatch();
                }
                int[] counts = ps.executeBatch();
                List<Purge> held = new ArrayList<>();
                for (int i = 0; i < counts.length; i++) {
                  if (counts[i] == Statement.SUCCESS_NO_INFO) {
                    // Without a count the claim cannot tell which rows it holds: purge none.
                    throw new IllegalStateException(
                        "the JDBC driver gives no row counts for a batch of claims");
                  }
                  if (counts[i] == 1) {
                    held.add(due.get(i));
                  }
                }
                return held;
              }
            });
  }

  /**
   * The claimed conversations with their participants (whose sealed names the evidence's hash
   * covers), as the claims left them: one this transaction had loaded before is read again.
   */
  private Map<Long, Conversation> claimedConversations(List<Purge> claimed) {
    List<Long> ids = claimed.stream().map(Purge::id).toList();
    Map<Long, Conversation> loaded = new HashMap<>();
    for (Conversation c :
        em.createQuery(
                "select distinct c from Conversation c left join fetch c.participants"
                    + " where c.id in :ids",
                Conversation.class)
            .setParameter("ids", ids)
            .getResultList()) {
      loaded.put(c.getId(), c);
    }
    for (Purge p : claimed) {
      Conversation c = loaded.get(p.id());
      if (c == null) {
        throw new IllegalStateException("claimed conversation " + p.id() + " not found");
      }
      if (c.getVersion() != p.version() + 1) {
        em.refresh(c);
      }
    }
    return loaded;
  }

  /** Which of the conversations still hold a recording, upload, transcript or draft version. */
  private Set<Long> holdingContent(List<Long> ids) {
    Set<Long> holding = new HashSet<>();
    holding.addAll(
        em.createQuery(
                "select a.conversation.id from AudioRecording a where a.conversation.id in :ids"
                    + " and a.destroyedAt is null",
                Long.class)
            .setParameter("ids", ids)
            .getResultList());
    holding.addAll(withOpenUploads(ids));
    holding.addAll(
        em.createQuery(
                "select t.conversation.id from Transcript t where t.conversation.id in :ids"
                    + " and t.destroyedAt is null",
                Long.class)
            .setParameter("ids", ids)
            .getResultList());
    holding.addAll(
        em.createQuery(
                "select v.draft.conversation.id from DraftVersion v"
                    + " where v.draft.conversation.id in :ids and v.destroyedAt is null",
                Long.class)
            .setParameter("ids", ids)
            .getResultList());
    return holding;
  }

  /** Each conversation's latest stored receipt from the case system, if any. */
  private Map<Long, JournalReceipt> latestReceipts(List<Long> ids) {
    Map<Long, JournalReceipt> latest = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select r.conversation.id, r from StoredReceipt r where r.conversation.id in :ids"
                    + " order by r.id",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      // Ordered by id: the last one of a conversation wins, as the newest did before.
      latest.put((Long) r[0], ((StoredReceipt) r[1]).receipt());
    }
    return latest;
  }

  /** What a purge deletes, children first; {@code :ids} the conversations. */
  private static final List<String> PURGE =
      List.of(
          "delete from draft_flag where version_id in (select v.id from draft_version v"
              + " join draft d on d.id = v.draft_id where d.conversation_id in (:ids))",
          "delete from draft_sentence where version_id in (select v.id from draft_version v"
              + " join draft d on d.id = v.draft_id where d.conversation_id in (:ids))",
          "delete from draft_version where draft_id in"
              + " (select d.id from draft d where d.conversation_id in (:ids))",
          "delete from draft where conversation_id in (:ids)",
          "delete from transcript_segment where transcript_id in"
              + " (select t.id from transcript t where t.conversation_id in (:ids))",
          "delete from transcript where conversation_id in (:ids)",
          "delete from transcript_window where upload_id in"
              + " (select u.id from audio_upload u where u.conversation_id in (:ids))",
          "delete from upload_chunk where upload_id in"
              + " (select u.id from audio_upload u where u.conversation_id in (:ids))",
          "delete from audio_upload where conversation_id in (:ids)",
          "delete from audio_recording where conversation_id in (:ids)",
          "delete from journal_receipt where conversation_id in (:ids)",
          "delete from journal_outbox where conversation_id in (:ids)",
          "delete from participant where conversation_id in (:ids)",
          "delete from review_activity where conversation_id in (:ids)",
          "delete from conversation where id in (:ids)");

  /** SHA-256 over what the purge destroys: the sealed fields and the wrapped data key. */
  private static String sealedHash(Conversation c) {
    MessageDigest sha = Digests.sha256();
    for (String field : c.sealedFields()) {
      Digests.update(sha, field);
    }
    Digests.update(sha, c.getWrappedKey().base64());
    return HexFormat.of().formatHex(sha.digest());
  }

  private List<Long> ids(String query, Conversation c) {
    return em.createQuery(query, Long.class).setParameter("c", c).getResultList();
  }

  /** The conditional UPDATE that lets exactly one transaction destroy the row. */
  private boolean claim(String entity, long id, Instant now) {
    return em.createQuery(
                "update "
                    + entity
                    + " x set x.destroyedAt = :now where x.id = :id and x.destroyedAt is null")
            .setParameter("now", now)
            .setParameter("id", id)
            .executeUpdate()
        == 1;
  }

  /**
   * Destroys a transcript whose segments this transaction has not loaded, by statements: the
   * segments' ciphertexts are read as columns for the hash and the rows deleted by one statement,
   * then the data key, instead of loading a 45-minute conversation's 450 segments as entities to
   * delete them one by one (an approval did that on the caseworker's request). Segments loaded
   * already go with the entity's own {@link Transcript#destroy}, which the persistence context then
   * agrees with.
   *
   * @return the SHA-256 that {@link Transcript#destroy} would record
   */
  private String destroyUnloadedSegments(long id, Instant now) {
    String wrappedKey =
        em.createQuery("select t.wrappedKey from Transcript t where t.id = :id", String.class)
            .setParameter("id", id)
            .getSingleResult();
    if (wrappedKey == null) {
      throw new IllegalStateException("transcript " + id + " is already destroyed");
    }
    List<String> sealed =
        em.createQuery(
                "select s.sealedText from TranscriptSegment s where s.transcript.id = :id"
                    + " order by s.ordinal",
                String.class)
            .setParameter("id", id)
            .getResultList();
    BatchContent.destroyTranscripts(em, List.of(id), now);
    return Transcript.destroyedHash(wrappedKey, sealed);
  }

  /** The entity as the claim left it, also when this transaction had loaded it before. */
  private <T> T fresh(Class<T> type, long id) {
    T entity = em.find(type, id);
    em.refresh(entity);
    return entity;
  }

  private void record(
      Conversation c,
      String objectId,
      ObjectType type,
      RetentionRule rule,
      Instant scheduled,
      Instant now,
      Actor actor,
      String hash) {
    DeletionRecords.Row row =
        DeletionRecords.row(c, objectId, type, rule, scheduled, now, actor, hash);
    em.persist(row.evidence());
    em.persist(row.log());
    LOG.fine(() -> objectId + " destroyed (" + rule + ", " + actor.executor() + ")");
  }

  /** The conversations among {@code ids} with an upload still open (recording goes on). */
  private List<Long> withOpenUploads(Collection<Long> ids) {
    return em.createQuery(
            "select u.conversation.id from AudioUpload u where u.conversation.id in :ids"
                + " and u.destroyedAt is null and u.state = :open",
            Long.class)
        .setParameter("ids", ids)
        .setParameter("open", AudioUpload.State.OPEN)
        .getResultList();
  }
}
