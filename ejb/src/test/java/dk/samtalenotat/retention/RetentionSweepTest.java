package dk.samtalenotat.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.audio.AudioRecording;
import dk.samtalenotat.audio.AudioStore;
import dk.samtalenotat.conversation.Conversation;
import dk.samtalenotat.conversation.ConversationForm;
import dk.samtalenotat.conversation.ConversationState;
import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.conversation.Cpr;
import dk.samtalenotat.conversation.SealedCpr;
import dk.samtalenotat.crypto.DataKey;
import dk.samtalenotat.crypto.DataKeys;
import dk.samtalenotat.crypto.TestKeys;
import dk.samtalenotat.draft.Draft;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.DraftVersion;
import dk.samtalenotat.draft.NoteSection;
import dk.samtalenotat.draft.check.FactFlag;
import dk.samtalenotat.draft.check.FactKind;
import dk.samtalenotat.persistence.TestDatabase;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.Tenant;
import dk.samtalenotat.transcript.SegmentData;
import dk.samtalenotat.transcript.Transcript;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The retention rules, the claims that make sweeps safe to run twice or at once, and the evidence,
 * on H2 with the real migrations, each batch in a transaction of its own as in the server.
 */
class RetentionSweepTest {

  private static final String CVR = "11111111";
  private static final String SAID = "Jeg har søgt tre stillinger hos Vestas i Hammel";
  private static final String NOTED = "Borgeren har søgt tre stillinger hos Vestas.";

  @TempDir Path dir;

  private TestDatabase db = new TestDatabase();
  private final TestKeys kek = new TestKeys();
  private final DataKeys keys = kek.asDataKeys();
  private AudioStore audio;
  private long tenantId;
  private final RetentionPolicy caps = new RetentionCaps(30).caps();

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private AudioStore audio() {
    if (audio == null) {
      audio = new AudioStore(dir.resolve("audio"), 1_000_000);
    }
    return audio;
  }

  /** Conversations with audio, transcript and a draft; the first {@code approved} approved. */
  private void conversations(int count, int approved) {
    db.run(
        em -> {
          Tenant t = new Tenant(CVR, "Demo Kommune");
          em.persist(t);
          AppUser u = new AppUser(t, "mette", "Mette Sørensen", null);
          em.persist(u);
          tenantId = t.getId();
          for (int i = 0; i < count; i++) {
            Conversation c =
                Conversation.register(
                    t,
                    u,
                    SealedCpr.seal(Cpr.parse("0703851234"), CVR, keys, kek.hasher()),
                    null,
                    ConversationType.JOBSAMTALE,
                    ConversationForm.FREMMOEDE,
                    LocalDateTime.of(2026, 3, 12, 9, 30));
            em.persist(c);
            DataKey audioKey = keys.create(CVR);
            AudioStore.Stored stored;
            try {
              stored = audio().store("a.wav", new ByteArrayInputStream(wav()), audioKey);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            em.persist(new AudioRecording(c, "a.wav", "audio/wav", stored, audioKey.wrapped()));
            c.audioReceived();
            c.transcriptionStarted();
            em.persist(
                new Transcript(
                    c,
                    Transcript.Source.ENGINE,
                    "test",
                    List.of(
                        new SegmentData(0, 1000, "Borger", "da", SAID),
                        new SegmentData(10_000, 12_000, "Borger", "da", "Og så noget privat."),
                        new SegmentData(20_000, 22_000, "Sagsbehandler", "da", "Forstået.")),
                    keys.create(CVR)));
            c.transcribed();
            c.draftingStarted();
            Draft d = new Draft(c);
            em.persist(d);
            d.addGenerated(
                1,
                "offline",
                NOTED,
                List.of(new DraftSentence(NoteSection.BORGERENS_SITUATION, NOTED, List.of(1))),
                keys.create(CVR));
            c.draftReady();
            if (i < approved) {
              d.approve("Mette Sørensen", Instant.now());
              c.approve();
            }
          }
        });
  }

  private static byte[] wav() {
    return dk.samtalenotat.audio.TestWav.pcm(1956);
  }

  private dk.samtalenotat.recording.ChunkStore chunks;

  private dk.samtalenotat.recording.ChunkStore chunks() {
    if (chunks == null) {
      chunks = new dk.samtalenotat.recording.ChunkStore(dir.resolve("data"));
    }
    return chunks;
  }

  private RetentionSweeper sweeper(EntityManager em) {
    return new RetentionSweeper(em, new Shredder(em, audio(), chunks()));
  }

  /**
   * What each transcript's (and draft version's) own destroy records, by object id, found in a
   * transaction rolled back.
   */
  private Map<String, String> ownDestructionHashes(boolean draftVersionsToo) {
    Map<String, String> hashes = new HashMap<>();
    EntityManager em = db.emf().createEntityManager();
    try {
      em.getTransaction().begin();
      Instant now = Instant.now();
      em.createQuery("select t from Transcript t", Transcript.class)
          .getResultList()
          .forEach(t -> hashes.put(t.getObjectId(), t.destroy(now)));
      if (draftVersionsToo) {
        em.createQuery("select v from DraftVersion v", DraftVersion.class)
            .getResultList()
            .forEach(v -> hashes.put(v.getObjectId(), v.destroy(now)));
      }
    } finally {
      em.getTransaction().rollback();
      em.close();
    }
    return hashes;
  }

  /** As RetentionService does: batches of its own until the rule has nothing more. */
  private int sweep(RetentionRule rule, RetentionPolicy policy, Instant now, int size) {
    int destroyed = 0;
    while (true) {
      RetentionSweeper.Batch b =
          db.inTransaction(em -> sweeper(em).run(rule, tenantId, policy, now, size));
      destroyed += b.destroyed();
      if (b.found() < size || b.destroyed() == 0) {
        return destroyed;
      }
    }
  }

  private long count(String jpql) {
    return db.inTransaction(em -> em.createQuery(jpql, Long.class).getSingleResult());
  }

  private List<DeletionEvidence> evidence() {
    return db.inTransaction(
        em ->
            em.createQuery("select e from DeletionEvidence e order by e.id", DeletionEvidence.class)
                .getResultList());
  }

  private long audioFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("audio"))) {
      return files.count();
    }
  }

  /** Work a node's sweep does, which may throw. */
  private interface SweepWork {
    void run() throws Exception;
  }

  /** Runs {@code work} on {@code n} threads started at the same moment; fails if any failed. */
  private static void atOnce(int n, SweepWork work) throws InterruptedException {
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Thread t =
          new Thread(
              () -> {
                try {
                  start.await();
                  work.run();
                } catch (Throwable e) {
                  failures.add(e);
                }
              });
      t.start();
      threads.add(t);
    }
    start.countDown();
    for (Thread t : threads) {
      t.join();
    }
    assertTrue(failures.isEmpty(), () -> "a sweep failed: " + failures);
  }

  @Test
  void twoSweepsAtOnceDestroyEveryObjectExactlyOnce() throws Exception {
    conversations(40, 40);
    Instant now = Instant.now();
    atOnce(
        2,
        () -> {
          sweep(RetentionRule.AUDIO_DRAFT_EXISTS, caps, now, 7);
          sweep(RetentionRule.TRANSCRIPT_APPROVED, caps, now, 7);
        });

    List<DeletionEvidence> proof = evidence();
    assertEquals(80, proof.size(), "one row per recording and transcript");
    assertEquals(
        80, new HashSet<>(proof.stream().map(DeletionEvidence::getObjectId).toList()).size());
    assertEquals(0, count("select count(a) from AudioRecording a where a.destroyedAt is null"));
    assertEquals(0, count("select count(t) from Transcript t where t.destroyedAt is null"));
    assertEquals(0, count("select count(s) from TranscriptSegment s"));
    assertEquals(0, audioFiles());
    // Nothing left: another sweep finds nothing and records nothing.
    assertEquals(0, sweep(RetentionRule.AUDIO_DRAFT_EXISTS, caps, now, 7));
    assertEquals(0, sweep(RetentionRule.TRANSCRIPT_APPROVED, caps, now, 7));
    assertEquals(80, evidence().size());
  }

  @Test
  void twoSweepsExpiringAtOnceClaimEachConversationOnce() throws Exception {
    twoSweepsExpiringAtOnce();
  }

  /**
   * The same on PostgreSQL, where the claim skips the rows the other sweep holds ({@code FOR NO KEY
   * UPDATE SKIP LOCKED}) instead of waiting for them as H2 does: both sweeps make progress at once,
   * and still each conversation is expired and recorded once.
   */
  @Test
  void twoSweepsExpiringAtOnceOnPostgresqlClaimEachConversationOnce() throws Exception {
    db.close();
    db = null;
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      db = new TestDatabase(pg.getPostgresDatabase());
      try {
        twoSweepsExpiringAtOnce();
      } finally {
        db.close();
        db = null;
      }
    }
  }

  private void twoSweepsExpiringAtOnce() throws Exception {
    conversations(60, 0);
    Instant late = Instant.now().plus(Duration.ofDays(31));
    ConcurrentLinkedQueue<Integer> expired = new ConcurrentLinkedQueue<>();
    atOnce(2, () -> expired.add(sweep(RetentionRule.EXPIRED_UNAPPROVED, caps, late, 7)));
    // A sweep that found the rest claimed by the other stops; whatever is left the next takes.
    int total = expired.stream().mapToInt(Integer::intValue).sum();
    total += sweep(RetentionRule.EXPIRED_UNAPPROVED, caps, late, 7);
    assertEquals(60, total, "each conversation expired by exactly one sweep");
    assertEquals(
        0,
        count(
            "select count(c) from Conversation c"
                + " where c.state <> dk.samtalenotat.conversation.ConversationState.EXPIRED"));
    List<DeletionEvidence> proof = evidence();
    assertEquals(180, proof.size(), "audio, transcript and draft version of each, once");
    assertEquals(
        180, new HashSet<>(proof.stream().map(DeletionEvidence::getObjectId).toList()).size());
    assertEquals(
        180,
        count(
            "select count(l) from AccessLogEntry l"
                + " where l.action = dk.samtalenotat.audit.AccessAction.DELETE"));
    assertEquals(0, count("select count(t) from Transcript t where t.destroyedAt is null"));
    assertEquals(0, count("select count(v) from DraftVersion v where v.destroyedAt is null"));
    assertEquals(0, count("select count(s) from TranscriptSegment s"));
    assertEquals(0, count("select count(s) from CitedSentence s"));
    assertEquals(0, audioFiles());
    assertEquals(0, sweep(RetentionRule.EXPIRED_UNAPPROVED, caps, late, 7));
    assertEquals(180, evidence().size());
  }

  @Test
  void twoPurgesAtOnceTakeEachConversationRowOnce() throws Exception {
    twoPurgesAtOnce();
  }

  /**
   * The same on PostgreSQL, where the second purge's claim waits for the first's and finds none.
   */
  @Test
  void twoPurgesAtOnceOnPostgresqlTakeEachConversationRowOnce() throws Exception {
    db.close();
    db = null;
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      db = new TestDatabase(pg.getPostgresDatabase());
      try {
        twoPurgesAtOnce();
      } finally {
        db.close();
        db = null;
      }
    }
  }

  private void twoPurgesAtOnce() throws Exception {
    conversations(30, 0);
    Instant late = Instant.now().plus(Duration.ofDays(31));
    assertEquals(30, sweep(RetentionRule.EXPIRED_UNAPPROVED, caps, late, 50));
    RetentionPolicy noGrace = new RetentionCaps(30, "P0D").caps();
    Instant purge = late.plus(Duration.ofMinutes(1));
    ConcurrentLinkedQueue<Integer> purged = new ConcurrentLinkedQueue<>();
    atOnce(2, () -> purged.add(sweep(RetentionRule.CONVERSATION_PURGED, noGrace, purge, 7)));
    int total = purged.stream().mapToInt(Integer::intValue).sum();
    total += sweep(RetentionRule.CONVERSATION_PURGED, noGrace, purge, 7);
    assertEquals(30, total, "each conversation purged by exactly one sweep");
    assertEquals(0, count("select count(c) from Conversation c"));
    assertEquals(30, count("select count(p) from PurgedConversation p"));
    List<String> rows =
        evidence().stream()
            .filter(e -> e.getObjectType() == ObjectType.CONVERSATION)
            .map(DeletionEvidence::getObjectId)
            .toList();
    assertEquals(30, rows.size());
    assertEquals(30, new HashSet<>(rows).size());
    assertEquals(
        30,
        count(
            "select count(l) from AccessLogEntry l"
                + " where l.action = dk.samtalenotat.audit.AccessAction.DELETE"
                + " and l.objectType = dk.samtalenotat.audit.AccessObject.CONVERSATION"));
  }

  @Test
  void aBatchWithMoreRowsThanOneInsertTakesRecordsEveryObjectOnce() {
    conversations(60, 0);
    // 60 conversations in one batch: 180 evidence and access log rows, two INSERTs each.
    assertTrue(180 > DeletionRecords.ROWS_PER_INSERT);
    assertEquals(
        60,
        sweep(RetentionRule.EXPIRED_UNAPPROVED, caps, Instant.now().plus(Duration.ofDays(31)), 60));
    List<DeletionEvidence> proof = evidence();
    assertEquals(180, proof.size());
    assertEquals(
        180, new HashSet<>(proof.stream().map(DeletionEvidence::getObjectId).toList()).size());
    assertEquals(
        180,
        count(
            "select count(l) from AccessLogEntry l"
                + " where l.action = dk.samtalenotat.audit.AccessAction.DELETE"));
  }

  @Test
  void nothingIsDestroyedBeforeItIsDue() {
    conversations(4, 2);
    Instant now = Instant.now();
    Instant day29 = now.plus(Duration.ofDays(29));
    assertEquals(0, sweep(RetentionRule.EXPIRED_UNAPPROVED, caps, day29, 50));
    // Approved but not journalised: the note waits for the receipt, or its cap.
    assertEquals(0, sweep(RetentionRule.NOTE_RECEIPT_STORED, caps, day29, 50));
    assertEquals(0, sweep(RetentionRule.NOTE_CAP, caps, now.plus(Duration.ofDays(29)), 50));
    // Not approved: the transcript stays for the caseworker until its cap.
    assertEquals(2, sweep(RetentionRule.TRANSCRIPT_APPROVED, caps, now, 50));
    assertEquals(2, count("select count(t) from Transcript t where t.destroyedAt is null"));
    assertEquals(0, count("select count(v) from DraftVersion v where v.destroyedAt is not null"));
    assertEquals(2, evidence().size());
    assertEquals(
        4,
        count(
            "select count(c) from Conversation c"
                + " where c.state <> dk.samtalenotat.conversation.ConversationState.EXPIRED"));
  }

  @Test
  void aConversationWhoseAudioCannotBeDeletedIsLeftAndTheOthersExpire() throws Exception {
    conversations(5, 0);
    List<String> keys =
        db.inTransaction(
            em ->
                em.createQuery(
                        "select a.storageKey from AudioRecording a order by a.id", String.class)
                    .getResultList());
    String stuck = keys.get(2);
    AudioStore failing =
        new AudioStore(dir.resolve("audio"), 1_000_000) {
          @Override
          public java.util.Optional<String> delete(String storageKey) throws IOException {
            if (storageKey.equals(stuck)) {
              throw new IOException("device busy");
            }
            return super.delete(storageKey);
          }
        };
    Instant late = Instant.now().plus(Duration.ofDays(31));
    java.util.Set<Long> failed = new java.util.HashSet<>();
    int expired = 0;
    while (true) {
      RetentionSweeper.Batch b =
          db.inTransaction(
              em ->
                  new RetentionSweeper(em, new Shredder(em, failing, chunks()))
                      .run(RetentionRule.EXPIRED_UNAPPROVED, tenantId, caps, late, 2, failed));
      expired += b.destroyed();
      failed.addAll(b.failed());
      if (b.found() < 2 || b.destroyed() == 0) {
        break;
      }
    }
    assertEquals(4, expired, "the other four went on");
    assertEquals(1, failed.size());
    assertEquals(12, evidence().size());
    assertEquals(1, audioFiles(), "only the file that would not go");
    long left = failed.iterator().next();
    db.run(
        em -> {
          assertEquals(ConversationState.DRAFT_READY, em.find(Conversation.class, left).getState());
          assertEquals(
              0L,
              em.createQuery(
                      "select count(e) from DeletionEvidence e where e.conversationId = :c",
                      Long.class)
                  .setParameter("c", left)
                  .getSingleResult());
        });
    // The next sweep, with the file deletable again, takes it.
    assertEquals(1, sweep(RetentionRule.EXPIRED_UNAPPROVED, caps, late, 50));
    assertEquals(15, evidence().size());
    assertEquals(0, audioFiles());
  }

  @Test
  void aBatchThatFailsMidwayDestroysNothingAndTheNextSweepResumes() {
    conversations(5, 5);
    Instant now = Instant.now();
    assertThrows(
        IllegalStateException.class,
        () ->
            db.inTransaction(
                em -> {
                  Shredder failing =
                      new Shredder(em, audio()) {
                        @Override
                        public Outcome destroyDue(
                            ObjectType type,
                            List<RetentionSweeper.Due> due,
                            RetentionRule r,
                            Actor a,
                            Instant at) {
                          // Everything destroyed and recorded, then the crash before the commit.
                          super.destroyDue(type, due, r, a, at);
                          throw new IllegalStateException("crash in the middle of a batch");
                        }
                      };
                  return new RetentionSweeper(em, failing)
                      .run(RetentionRule.TRANSCRIPT_APPROVED, tenantId, caps, now, 50);
                }));
    assertEquals(0, evidence().size(), "the failed batch rolled back as a whole");
    assertEquals(5, count("select count(t) from Transcript t where t.destroyedAt is null"));

    assertEquals(5, sweep(RetentionRule.TRANSCRIPT_APPROVED, caps, now, 2));
    assertEquals(5, evidence().size());
  }

  @Test
  void conversationsNeverApprovedExpireAtThirtyDaysWithEverythingDestroyed() throws Exception {
    conversations(3, 1);
    Instant early = Instant.now().plus(Duration.ofDays(29));
    assertEquals(0, sweep(RetentionRule.EXPIRED_UNAPPROVED, caps, early, 50));

    Instant late = Instant.now().plus(Duration.ofDays(31));
    assertEquals(2, sweep(RetentionRule.EXPIRED_UNAPPROVED, caps, late, 50));
    assertEquals(0, sweep(RetentionRule.EXPIRED_UNAPPROVED, caps, late, 50), "idempotent");

    db.run(
        em -> {
          List<Conversation> all =
              em.createQuery("select c from Conversation c order by c.id", Conversation.class)
                  .getResultList();
          assertEquals(ConversationState.APPROVED, all.get(0).getState());
          assertEquals(ConversationState.EXPIRED, all.get(1).getState());
          assertEquals(ConversationState.EXPIRED, all.get(2).getState());
        });
    List<DeletionEvidence> proof = evidence();
    assertEquals(6, proof.size(), "audio, transcript and draft version of two conversations");
    for (DeletionEvidence e : proof) {
      assertEquals(RetentionRule.EXPIRED_UNAPPROVED, e.getRule());
      assertEquals(Actor.Executor.TIMER, e.getExecutor());
      assertEquals(64, e.getCiphertextSha256().length());
      assertTrue(e.getScheduledAt().isBefore(e.getExecutedAt()));
    }
    assertEquals(2, count("select count(v) from DraftVersion v where v.destroyedAt is not null"));
    assertEquals(
        0,
        count(
            "select count(v) from DraftVersion v where v.destroyedAt is not null"
                + " and (v.wrappedKey is not null or v.sealedContent is not null)"));
    assertEquals(1, count("select count(s) from CitedSentence s"), "only the approved draft's");
    assertEquals(1, audioFiles());
  }

  @Test
  void expiryInSetsRecordsTheHashEachObjectsOwnDestructionWould() {
    conversations(3, 0);
    // Flags on each draft version, one quoting the transcript: their sealed texts count too.
    db.run(
        em -> {
          for (DraftVersion v :
              em.createQuery("select v from DraftVersion v", DraftVersion.class).getResultList()) {
            v.getDraft()
                .checked(
                    v,
                    List.of(
                        new FactFlag(0, FactKind.NUMBER, "tre", "Tallet nævnes ikke."),
                        new FactFlag(
                            0, FactKind.NAME, "Vestas", "Stavet anderledes.", 0, 6, "Vesta")),
                    keys.open(CVR, v.getWrappedKey()));
          }
        });
    Map<String, String> expected = ownDestructionHashes(true);
    assertEquals(6, expected.size());

    assertEquals(
        3,
        sweep(RetentionRule.EXPIRED_UNAPPROVED, caps, Instant.now().plus(Duration.ofDays(31)), 2));

    List<DeletionEvidence> proof =
        evidence().stream().filter(e -> e.getObjectType() != ObjectType.AUDIO).toList();
    assertEquals(6, proof.size());
    for (DeletionEvidence e : proof) {
      assertEquals(expected.get(e.getObjectId()), e.getCiphertextSha256(), e.getObjectId());
    }
    // The flags stay as metadata (kind, resolution); their quoted texts are gone.
    assertEquals(6, count("select count(f) from DraftFlag f"));
    assertEquals(
        0,
        count(
            "select count(f) from DraftFlag f where f.sealedFact is not null"
                + " or f.sealedReason is not null or f.sealedTranscriptValue is not null"));
    assertEquals(
        0,
        count(
            "select count(t) from Transcript t"
                + " where t.wrappedKey is not null or t.kekVersion is not null"));
    assertEquals(
        0,
        count(
            "select count(a) from AudioRecording a"
                + " where a.wrappedKey is not null or a.destroyedAt is null"));
  }

  @Test
  void noteTextGoesOnceTheCaseSystemsReceiptIsStoredAndNotBefore() {
    conversations(3, 2);
    Instant now = Instant.now();
    // Approved but not journalised: the receipt rule leaves the note alone.
    assertEquals(0, sweep(RetentionRule.NOTE_RECEIPT_STORED, caps, now.plusSeconds(60), 50));
    db.run(
        em -> {
          Conversation first =
              em.createQuery(
                      "select c from Conversation c where c.state = :s order by c.id",
                      Conversation.class)
                  .setParameter("s", ConversationState.APPROVED)
                  .setMaxResults(1)
                  .getSingleResult();
          first.journalisingStarted(null);
          first.journalised();
        });
    assertEquals(1, sweep(RetentionRule.NOTE_RECEIPT_STORED, caps, now.plusSeconds(60), 50));
    assertEquals(0, sweep(RetentionRule.NOTE_RECEIPT_STORED, caps, now.plusSeconds(120), 50));
    DeletionEvidence e =
        evidence().stream()
            .filter(x -> x.getRule() == RetentionRule.NOTE_RECEIPT_STORED)
            .findFirst()
            .orElseThrow();
    assertEquals(ObjectType.DRAFT_VERSION, e.getObjectType());
    assertEquals(
        1,
        count(
            "select count(c) from Conversation c where c.state = dk.samtalenotat.conversation.ConversationState.CLOSED"),
        "with its note text gone the journalised conversation is closed");
  }

  @Test
  void capsApplyPerTenantAndNoteTextGoesAfterItsCap() {
    conversations(2, 1);
    RetentionPolicy shorter = new RetentionPolicy(2, 10, 5);
    Instant now = Instant.now();
    // Within the tenant's two days nothing goes by the audio cap; after them all audio does.
    assertEquals(0, sweep(RetentionRule.AUDIO_CAP, shorter, now.plus(Duration.ofDays(1)), 50));
    assertEquals(2, sweep(RetentionRule.AUDIO_CAP, shorter, now.plus(Duration.ofDays(3)), 50));
    assertEquals(0, sweep(RetentionRule.TRANSCRIPT_CAP, shorter, now.plus(Duration.ofDays(9)), 50));
    assertEquals(
        2, sweep(RetentionRule.TRANSCRIPT_CAP, shorter, now.plus(Duration.ofDays(11)), 50));
    assertEquals(0, sweep(RetentionRule.NOTE_CAP, shorter, now.plus(Duration.ofDays(4)), 50));
    assertEquals(1, sweep(RetentionRule.NOTE_CAP, shorter, now.plus(Duration.ofDays(6)), 50));
    for (DeletionEvidence e : evidence()) {
      if (e.getRule() == RetentionRule.AUDIO_CAP) {
        assertEquals(ObjectType.AUDIO, e.getObjectType());
        assertTrue(e.getScheduledAt().isAfter(now.plus(Duration.ofDays(2)).minusSeconds(60)));
      }
    }
  }

  @Test
  void eventsDestroyAtOnceAndTheSweepThenFindsNothing() {
    conversations(1, 1);
    db.run(
        em -> {
          Conversation c =
              em.createQuery("select c from Conversation c", Conversation.class).getSingleResult();
          Shredder shredder = new Shredder(em, audio());
          assertEquals(
              1, shredder.destroyAudioOf(c, RetentionRule.AUDIO_DRAFT_EXISTS, Actor.PIPELINE));
          assertTrue(
              shredder.destroyTranscriptOf(
                  c, RetentionRule.TRANSCRIPT_APPROVED, Actor.user("mette")));
          assertEquals(
              0, shredder.destroyAudioOf(c, RetentionRule.AUDIO_DRAFT_EXISTS, Actor.PIPELINE));
        });
    Instant now = Instant.now();
    assertEquals(0, sweep(RetentionRule.AUDIO_DRAFT_EXISTS, caps, now, 50));
    assertEquals(0, sweep(RetentionRule.TRANSCRIPT_APPROVED, caps, now, 50));
    List<DeletionEvidence> proof = evidence();
    assertEquals(Actor.Executor.PIPELINE, proof.get(0).getExecutor());
    assertNull(proof.get(0).getExecutorUser());
    assertEquals(Actor.Executor.USER, proof.get(1).getExecutor());
    assertEquals("mette", proof.get(1).getExecutorUser());
  }

  /**
   * An approval destroys the transcript on the caseworker's request: whether the transaction had
   * loaded its segments (deleted with the entity) or not (deleted by one statement, never loaded),
   * every segment goes and the evidence names the hash the entity's own destruction records.
   */
  @Test
  void destroyingOneTranscriptRecordsTheSameHashWhetherItsSegmentsWereLoadedOrNot() {
    conversations(2, 2);
    Map<String, String> expected = ownDestructionHashes(false);
    db.run(
        tx -> {
          List<Conversation> cs =
              tx.createQuery("select c from Conversation c order by c.id", Conversation.class)
                  .getResultList();
          Shredder shredder = new Shredder(tx, audio());
          // The first with its segments loaded (and decrypted) in this transaction first.
          Transcript loaded =
              tx.createQuery(
                      "select t from Transcript t where t.conversation = :c", Transcript.class)
                  .setParameter("c", cs.get(0))
                  .getSingleResult();
          loaded.unlock(keys);
          assertEquals(3, loaded.getSegments().size());
          for (Conversation c : cs) {
            assertTrue(
                shredder.destroyTranscriptOf(
                    c, RetentionRule.TRANSCRIPT_APPROVED, Actor.user("mette")));
            assertFalse(
                shredder.destroyTranscriptOf(
                    c, RetentionRule.TRANSCRIPT_APPROVED, Actor.user("mette")),
                "once");
          }
        });
    assertEquals(0, count("select count(s) from TranscriptSegment s"));
    assertEquals(
        0,
        count(
            "select count(t) from Transcript t where t.wrappedKey is not null"
                + " or t.kekVersion is not null or t.destroyedAt is null"));
    List<DeletionEvidence> proof =
        evidence().stream().filter(e -> e.getObjectType() == ObjectType.TRANSCRIPT).toList();
    assertEquals(2, proof.size());
    for (DeletionEvidence e : proof) {
      assertEquals(expected.get(e.getObjectId()), e.getCiphertextSha256(), e.getObjectId());
    }
  }

  @Test
  void aRecordingNeverFinishedGoesAtTheAudioCapWithWhatWasHeardOfIt() throws Exception {
    conversations(1, 0);
    String uploadKey =
        db.inTransaction(
            em -> {
              Conversation c =
                  em.createQuery("select c from Conversation c", Conversation.class)
                      .getSingleResult();
              DataKey key = keys.create(CVR);
              var upload =
                  new dk.samtalenotat.recording.AudioUpload(c, "audio/webm", key.wrapped());
              em.persist(upload);
              byte[] said = SAID.getBytes(java.nio.charset.StandardCharsets.UTF_8);
              try {
                var stored =
                    chunks()
                        .write(
                            upload.getUploadKey(),
                            0,
                            java.util.HexFormat.of()
                                .formatHex(
                                    java.security.MessageDigest.getInstance("SHA-256")
                                        .digest(said)),
                            new ByteArrayInputStream(said),
                            1_000_000,
                            key);
                em.persist(new dk.samtalenotat.recording.UploadChunk(upload, 0, stored));
                upload.chunkStored(0, stored.size());
              } catch (IOException | java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
              }
              em.persist(
                  new dk.samtalenotat.recording.TranscriptWindow(
                      upload,
                      new dk.samtalenotat.transcript.windowed.WindowSegments(
                          new dk.samtalenotat.transcript.windowed.WindowPlan.Window(0, 0, 30_000),
                          List.of(new SegmentData(0, 3_000, "Borger", "da", SAID))),
                      "fake",
                      keys.create(CVR)));
              return upload.getUploadKey();
            });
    assertTrue(chunks().exists(uploadKey));

    Instant sixDays = Instant.now().plus(Duration.ofDays(6));
    assertEquals(0, sweep(RetentionRule.UPLOAD_CAP, caps, sixDays, 50), "not before the cap");
    DeletionSchedule ahead =
        db.inTransaction(
            em -> sweeper(em).schedule(tenantId, caps, sixDays, Duration.ofDays(2), 10));
    assertTrue(
        ahead.items().stream().anyMatch(i -> i.rule() == RetentionRule.UPLOAD_CAP),
        "the administrator sees it coming: " + ahead.items());

    Instant eightDays = Instant.now().plus(Duration.ofDays(8));
    assertEquals(1, sweep(RetentionRule.UPLOAD_CAP, caps, eightDays, 50));
    assertEquals(0, sweep(RetentionRule.UPLOAD_CAP, caps, eightDays, 50), "once");
    assertFalse(chunks().exists(uploadKey), "the chunk files are gone");
    assertEquals(0, count("select count(k) from UploadChunk k"));
    assertEquals(0, count("select count(w) from TranscriptWindow w"));
    assertEquals(
        List.of(dk.samtalenotat.recording.AudioUpload.State.DESTROYED),
        db.inTransaction(
            em ->
                em.createQuery(
                        "select u.state from AudioUpload u where u.wrappedKey is null",
                        dk.samtalenotat.recording.AudioUpload.State.class)
                    .getResultList()),
        "the upload's key is forgotten");
    List<DeletionEvidence> proof = evidence();
    assertEquals(
        List.of(ObjectType.TRANSCRIPT, ObjectType.AUDIO),
        proof.stream().map(DeletionEvidence::getObjectType).toList(),
        "what was heard while recording, then the recording");
    assertTrue(proof.stream().allMatch(e -> e.getRule() == RetentionRule.UPLOAD_CAP));
  }

  @Test
  void destroyedContentLeavesNothingReadableInTheDatabase() throws Exception {
    conversations(1, 0);
    sweep(RetentionRule.EXPIRED_UNAPPROVED, caps, Instant.now().plus(Duration.ofDays(31)), 50);
    String dump = db.dump();
    assertFalse(dump.contains("Vestas"));
    db.run(
        em -> {
          Transcript t =
              em.createQuery("select t from Transcript t", Transcript.class).getSingleResult();
          assertTrue(t.isDestroyed());
          assertNull(t.getWrappedKey());
          assertTrue(t.getSegments().isEmpty());
          DraftVersion v =
              em.createQuery("select v from DraftVersion v", DraftVersion.class).getSingleResult();
          assertNull(v.getWrappedKey());
          assertNull(v.getContent());
          assertNotNull(v.getObjectId());
        });
  }

  @Test
  void theScheduleShowsWhatTheSweepsWillDestroyAndWhatIsOverdue() {
    conversations(3, 1);
    Instant now = Instant.now();
    DeletionSchedule today =
        db.inTransaction(em -> sweeper(em).schedule(tenantId, caps, now, Duration.ofHours(24), 50));
    // Audio whose draft exists and the approved conversation's transcript should be gone already.
    assertEquals(
        List.of(
            new DeletionSchedule.RuleCount(RetentionRule.AUDIO_DRAFT_EXISTS, 3),
            new DeletionSchedule.RuleCount(RetentionRule.TRANSCRIPT_APPROVED, 1)),
        today.perRule());
    assertEquals(4, today.items().size());
    assertEquals(4, today.overdueCount());
    assertFalse(today.truncated());

    // A day before the 30 days run out: the two unapproved conversations expire within 24 hours.
    Instant later = now.plus(Duration.ofDays(29)).plus(Duration.ofHours(1));
    DeletionSchedule soon =
        db.inTransaction(
            em -> sweeper(em).schedule(tenantId, caps, later, Duration.ofHours(24), 50));
    List<DeletionSchedule.Item> expiring =
        soon.items().stream().filter(i -> i.rule() == RetentionRule.EXPIRED_UNAPPROVED).toList();
    assertEquals(2, expiring.size());
    assertTrue(expiring.stream().allMatch(i -> i.type() == null && !i.overdue()));
    assertTrue(expiring.stream().allMatch(i -> i.dueAt().isAfter(later)));
    // Each object once, by its earliest rule: the audio is listed under the draft rule only.
    assertEquals(
        3,
        soon.items().stream().filter(i -> i.type() == ObjectType.AUDIO).count(),
        "three recordings, once each");
    assertTrue(soon.perRule().contains(new DeletionSchedule.RuleCount(RetentionRule.AUDIO_CAP, 3)));

    assertTrue(
        db.inTransaction(em -> sweeper(em).schedule(tenantId, caps, now, Duration.ofHours(24), 2))
            .truncated(),
        "three recordings with room for two");

    // What the schedule called overdue is exactly what a sweep now destroys.
    assertEquals(3, sweep(RetentionRule.AUDIO_DRAFT_EXISTS, caps, now, 50));
    assertEquals(1, sweep(RetentionRule.TRANSCRIPT_APPROVED, caps, now, 50));
    DeletionSchedule after =
        db.inTransaction(
            em -> sweeper(em).schedule(tenantId, caps, Instant.now(), Duration.ofHours(24), 50));
    assertTrue(after.items().isEmpty());
  }

  @Test
  void administratorsCannotExceedTheCaps() {
    RetentionCaps caps = new RetentionCaps(60);
    assertEquals(new RetentionPolicy(7, 30, 60), caps.caps());
    assertEquals(new RetentionPolicy(1, 2, 3), caps.check(new RetentionPolicy(1, 2, 3)));
    assertEquals(
        ObjectType.AUDIO,
        assertThrows(
                RetentionAboveCapException.class, () -> caps.check(new RetentionPolicy(8, 1, 1)))
            .type());
    assertEquals(
        ObjectType.TRANSCRIPT,
        assertThrows(
                RetentionAboveCapException.class, () -> caps.check(new RetentionPolicy(1, 31, 1)))
            .type());
    assertEquals(
        ObjectType.DRAFT_VERSION,
        assertThrows(
                RetentionAboveCapException.class, () -> caps.check(new RetentionPolicy(1, 1, 61)))
            .type());
    // Settings saved under a higher note cap are shortened when the cap comes down.
    RetentionSettings saved = new RetentionSettings(null, new RetentionPolicy(7, 30, 60), "admin");
    assertEquals(new RetentionPolicy(7, 30, 20), new RetentionCaps(20).effective(saved));
    assertEquals(new RetentionPolicy(7, 30, 20), new RetentionCaps(20).effective(null));
  }

  @Test
  void schedulesHaveSixFields() {
    var every10 = Schedules.parse("0 */10 * * * *");
    assertEquals("*/10", every10.getMinute());
    assertEquals("0", every10.getSecond());
    assertEquals("Mon-Fri", Schedules.parse(" 0 30 2 * * Mon-Fri ").getDayOfWeek());
    assertThrows(IllegalStateException.class, () -> Schedules.parse("*/10 * * * *"));
    assertThrows(IllegalStateException.class, () -> Schedules.parse(null));
  }

  @Test
  void rotationRewrapsEveryLiveDataKeySoTheOldVersionCanBeDestroyed() {
    conversations(3, 1);
    // One conversation's content already destroyed: its keys are gone and need no re-wrap.
    sweep(RetentionRule.TRANSCRIPT_APPROVED, caps, Instant.now(), 50);
    assertEquals(2, kek.rotate(CVR));
    long[] counts = new long[1];
    db.run(em -> counts[0] = new KeyRotation(em, keys).stillUsing(tenantId, 1));
    assertEquals(3 + 3 + 2 + 3, counts[0], "conversations, audio, live transcripts, versions");

    int rewrapped;
    int total = 0;
    do {
      rewrapped = db.inTransaction(em -> new KeyRotation(em, keys).rewrapBatch(tenantId, CVR, 2));
      total += rewrapped;
    } while (rewrapped > 0);
    assertEquals(11, total);
    db.run(em -> assertEquals(0, new KeyRotation(em, keys).stillUsing(tenantId, 1)));

    // With version 1 destroyed, everything still held reads as before.
    kek.destroy(CVR, 1);
    db.run(
        em -> {
          var repo = new dk.samtalenotat.conversation.ConversationRepository(em, keys);
          for (Conversation c :
              em.createQuery("select c from Conversation c order by c.id", Conversation.class)
                  .getResultList()) {
            Conversation own = repo.find(c.getId()).orElseThrow();
            assertEquals("070385-XXXX", own.getCitizen().masked());
            assertEquals(NOTED, repo.draftOf(own).orElseThrow().current().getContent());
            repo.transcriptOf(own)
                .filter(t -> !t.isDestroyed())
                .ifPresent(t -> assertEquals(SAID, t.getSegments().get(0).getText()));
          }
        });
  }

  @Test
  void theCitizenStoppingTheRecordingDestroysWhatCameAfterOrEverything() throws Exception {
    conversations(2, 0);
    db.run(
        em -> {
          List<Conversation> cs =
              em.createQuery("select c from Conversation c order by c.id", Conversation.class)
                  .getResultList();
          Shredder shredder = new Shredder(em, audio());
          Actor mette = Actor.user("mette");
          Conversation first = cs.get(0);
          first.recordingStoppedFrom(10_000);
          assertTrue(
              shredder.dropSegmentsFrom(first, 10_000, RetentionRule.CITIZEN_OPT_OUT, mette));
          assertFalse(
              shredder.dropSegmentsFrom(first, 10_000, RetentionRule.CITIZEN_OPT_OUT, mette));
          assertEquals(
              1, shredder.destroyDraftVersionsOf(first, RetentionRule.CITIZEN_OPT_OUT, mette));
          Conversation second = cs.get(1);
          second.recordingWithdrawn();
          assertEquals(3, shredder.destroyAllOf(second, RetentionRule.CITIZEN_OPT_OUT, mette));
        });
    db.run(
        em -> {
          var repo = new dk.samtalenotat.conversation.ConversationRepository(em, keys);
          List<Conversation> cs =
              em.createQuery("select c from Conversation c order by c.id", Conversation.class)
                  .getResultList();
          Transcript kept =
              repo.transcriptOf(repo.find(cs.get(0).getId()).orElseThrow()).orElseThrow();
          assertEquals(1, kept.getSegments().size(), "only what was said before the stop");
          assertEquals(SAID, kept.getSegments().get(0).getText());
          assertEquals(ConversationState.DECLINED, cs.get(1).getState());
        });
    List<DeletionEvidence> proof = evidence();
    assertEquals(5, proof.size(), "late segments, first draft; audio, transcript, draft of second");
    assertTrue(proof.get(0).getObjectId().matches("transcript:[0-9a-f-]{36}@10000"));
    assertTrue(proof.stream().allMatch(e -> e.getRule() == RetentionRule.CITIZEN_OPT_OUT));
    assertTrue(proof.stream().allMatch(e -> "mette".equals(e.getExecutorUser())));
    assertFalse(db.dump().contains("privat"), "the late segment is gone from the database");
    assertEquals(1, audioFiles(), "the first conversation's audio waits for its draft");
    // The sweep does nothing for this rule: it is applied at once.
    assertEquals(0, sweep(RetentionRule.CITIZEN_OPT_OUT, caps, Instant.now(), 50));
  }

  @Test
  void aStandingRefusalIsFoundByTheKeyedHashUntilWithdrawn() {
    conversations(1, 0);
    var repo =
        new Object() {
          java.util.Optional<dk.samtalenotat.conversation.RecordingRefusal> find(
              EntityManager em, String cpr) {
            Tenant t = em.find(Tenant.class, tenantId);
            return new dk.samtalenotat.conversation.ConversationRepository(em, keys)
                .activeRefusal(t, kek.hasher().hash(CVR, cpr));
          }
        };
    db.run(
        em -> {
          assertTrue(repo.find(em, "0703851234").isEmpty());
          Conversation c =
              em.createQuery("select c from Conversation c", Conversation.class).getSingleResult();
          em.persist(
              new dk.samtalenotat.conversation.RecordingRefusal(
                  c.getTenant(), c.getCitizenCprHash(), "mette"));
        });
    db.run(
        em -> {
          assertTrue(repo.find(em, "070385-1234").isPresent(), "however the number is written");
          assertTrue(repo.find(em, "0703851235").isEmpty(), "another citizen");
          repo.find(em, "0703851234").orElseThrow().withdraw("mette");
        });
    db.run(em -> assertTrue(repo.find(em, "0703851234").isEmpty()));
  }
}
