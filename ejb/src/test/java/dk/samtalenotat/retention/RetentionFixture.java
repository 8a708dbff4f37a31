package dk.samtalenotat.retention;

import dk.samtalenotat.audio.AudioRecording;
import dk.samtalenotat.audio.AudioStore;
import dk.samtalenotat.conversation.Conversation;
import dk.samtalenotat.conversation.ConversationForm;
import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.conversation.Cpr;
import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.conversation.SealedCpr;
import dk.samtalenotat.crypto.DataKey;
import dk.samtalenotat.crypto.TestKeys;
import dk.samtalenotat.draft.Draft;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.NoteSection;
import dk.samtalenotat.journal.JournalReceipt;
import dk.samtalenotat.journal.OutboxEntry;
import dk.samtalenotat.journal.StoredReceipt;
import dk.samtalenotat.persistence.TestDatabase;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.Tenant;
import dk.samtalenotat.transcript.SegmentData;
import dk.samtalenotat.transcript.Transcript;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Conversations through their life outside the server, on the entities, the encryption and the
 * {@link Shredder} as the services use them, and sweeps as {@link RetentionService} runs them (each
 * batch its own transaction). Shared by the shredding proof and the retention benchmark.
 */
public final class RetentionFixture {

  /** What one conversation holds; each piece is encrypted before it reaches storage. */
  public record Content(
      byte[] audio, List<String> said, String generated, String edited, boolean approve) {

    /** A short recording, one sentence said, a draft about it; approved or not. */
    public static Content sample(boolean approve) {
      return new Content(
          ShreddingProofTest.wav(),
          List.of("Jeg har søgt tre stillinger hos Vestas i Hammel"),
          "Borgeren har søgt tre stillinger hos Vestas.",
          null,
          approve);
    }
  }

  public static final String CVR = "11111111";

  private final TestDatabase db;
  private final TestKeys kek;
  private final String cvr;
  private final AudioStore audio;
  private long tenantId;
  private AppUser owner;

  public RetentionFixture(TestDatabase db, TestKeys kek, AudioStore audio) {
    this(db, kek, audio, CVR, "Demo Kommune");
  }

  /** Another municipality beside the first, with a caseworker of its own. */
  public RetentionFixture(
      TestDatabase db, TestKeys kek, AudioStore audio, String cvr, String name) {
    this.db = db;
    this.kek = kek;
    this.audio = audio;
    this.cvr = cvr;
    db.run(
        em -> {
          Tenant t = new Tenant(cvr, name);
          em.persist(t);
          owner =
              new AppUser(t, CVR.equals(cvr) ? "mette" : "mette." + cvr, "Mette Sørensen", null);
          em.persist(owner);
          tenantId = t.getId();
        });
  }

  /**
   * The longest batch transaction of the sweeps so far, from its start to its commit: the longest
   * any row a batch locked stayed locked, so the longest a caseworker's request could wait for it.
   */
  public Duration longestBatch() {
    return Duration.ofNanos(longestBatchNanos);
  }

  private long longestBatchNanos;

  public long tenantId() {
    return tenantId;
  }

  /**
   * Registers a conversation and takes it as far as its content says, with the events the services
   * fire: audio destroyed once the draft exists (as the pipeline does), an edited version if any,
   * and approval, which destroys the transcript (as the service does).
   */
  public Conversation live(EntityManager em, String cpr, Content content, String... citizens) {
    Draft d = drafted(em, cpr, content, citizens);
    Conversation c = d.getConversation();
    Shredder shredder = new Shredder(em, audio);
    em.flush();
    shredder.destroyAudioOf(c, RetentionRule.AUDIO_DRAFT_EXISTS, Actor.PIPELINE);
    if (content.edited() != null) {
      d.addEdited(
          "mette",
          "Mette Sørensen",
          content.edited(),
          List.of(new DraftSentence(NoteSection.BORGERENS_SITUATION, content.edited(), List.of(1))),
          kek.asDataKeys().create(cvr));
    }
    if (content.approve()) {
      d.approve("Mette Sørensen", Instant.now());
      c.approve();
      em.flush();
      shredder.destroyTranscriptOf(c, RetentionRule.TRANSCRIPT_APPROVED, Actor.user("mette"));
    }
    return c;
  }

  /** The case system's receipt for an approved conversation: it is JOURNALISED. */
  public void journalised(EntityManager em, Conversation c, String caseId) {
    c.journalisingStarted(null);
    OutboxEntry entry = new OutboxEntry(c, "sbsys", caseId);
    em.persist(entry);
    em.persist(
        new StoredReceipt(
            entry, new JournalReceipt("sbsys", caseId, "doc-" + caseId, Instant.now())));
    c.journalised();
  }

  /** A conversation the citizen declined to have recorded, with their words on it. */
  public Conversation declined(EntityManager em, String cpr, String reason, String... citizens) {
    Conversation c =
        Conversation.registerDeclined(
            em.find(Tenant.class, tenantId),
            em.find(AppUser.class, owner.getId()),
            SealedCpr.seal(Cpr.parse(cpr), cvr, kek.asDataKeys(), kek.hasher()),
            "SAG-2",
            ConversationType.JOBSAMTALE,
            ConversationForm.TELEFON,
            LocalDateTime.of(2026, 3, 13, 10, 0),
            reason);
    for (String name : citizens) {
      c.addParticipant(name, ParticipantRole.BORGER);
    }
    em.persist(c);
    return c;
  }

  /**
   * The key life cycle as the server runs it, each step a transaction of its own, with the given
   * backup retention.
   */
  public KeyLifecycle keys(Duration backupRetention) {
    var dataKeys = kek.asDataKeys();
    KeyLifecycle.Steps steps =
        new KeyLifecycle.Steps() {
          @Override
          public int rewrapBatch(long tenant, String cvr, int size) {
            return db.inTransaction(
                em -> new KeyRotation(em, dataKeys).rewrapBatch(tenant, cvr, size));
          }

          @Override
          public long stillUsing(long tenant, int version) {
            return db.inTransaction(
                em -> new KeyRotation(em, dataKeys).stillUsing(tenant, version));
          }

          @Override
          public void rotated(long tenant, int old, int next, Instant now, Actor actor) {
            db.run(em -> new KeyRotation(em, dataKeys).rotated(tenant, old, next, now, actor));
          }

          @Override
          public List<Integer> outlivedBackups(long tenant, Instant now, Duration retention) {
            return db.inTransaction(
                em -> new KeyRotation(em, dataKeys).outlivedBackups(tenant, now, retention));
          }

          @Override
          public void destroyed(
              long tenant, int version, Duration retention, Instant now, Actor actor) {
            db.run(
                em ->
                    new KeyRotation(em, dataKeys)
                        .destroyed(tenant, version, retention, now, actor));
          }
        };
    return new KeyLifecycle(kek, steps, backupRetention);
  }

  /**
   * Registers a conversation holding audio, transcript and a generated draft, all still there (no
   * events ran): what the expiry rule finds when nobody approves it.
   */
  public Draft drafted(EntityManager em, String cpr, Content content, String... citizens) {
    var keys = kek.asDataKeys();
    Conversation c =
        Conversation.register(
            em.find(Tenant.class, tenantId),
            em.find(AppUser.class, owner.getId()),
            SealedCpr.seal(Cpr.parse(cpr), cvr, keys, kek.hasher()),
            "SAG-1",
            ConversationType.JOBSAMTALE,
            ConversationForm.FREMMOEDE,
            LocalDateTime.of(2026, 3, 12, 9, 30));
    for (String name : citizens) {
      c.addParticipant(name, ParticipantRole.BORGER);
    }
    em.persist(c);
    DataKey audioKey = keys.create(cvr);
    AudioStore.Stored stored;
    try {
      stored = audio.store("samtale.wav", new ByteArrayInputStream(content.audio()), audioKey);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    em.persist(new AudioRecording(c, "samtale.wav", "audio/wav", stored, audioKey.wrapped()));
    c.audioReceived();
    c.transcriptionStarted();
    List<SegmentData> segments =
        IntStream.range(0, content.said().size())
            .mapToObj(
                i ->
                    new SegmentData(
                        i * 10_000L,
                        i * 10_000L + 8_000,
                        i % 2 == 0 ? "Borger" : "Sagsbehandler",
                        "da",
                        content.said().get(i)))
            .toList();
    em.persist(new Transcript(c, Transcript.Source.IMPORT, "test", segments, keys.create(cvr)));
    c.transcribed();
    c.draftingStarted();
    Draft d = new Draft(c);
    em.persist(d);
    d.addGenerated(
        1,
        "offline",
        content.generated(),
        List.of(
            new DraftSentence(NoteSection.BORGERENS_SITUATION, content.generated(), List.of(1))),
        keys.create(cvr));
    c.draftReady();
    return d;
  }

  /**
   * One sweep of every rule at {@code now}, batch by batch, as {@link RetentionService} runs it:
   * each batch sized within the time budget ({@link #batchTime}) and at most {@code batchSize}.
   */
  public Map<RetentionRule, Integer> sweep(RetentionPolicy policy, Instant now, int batchSize) {
    Map<RetentionRule, Integer> destroyed = new EnumMap<>(RetentionRule.class);
    for (RetentionRule rule : RetentionRule.values()) {
      RuleSweep.run(
          new BatchSizer(batchTime, batchSize),
          Integer.MAX_VALUE,
          System::nanoTime,
          (size, skip) -> {
            long started = System.nanoTime();
            RetentionSweeper.Batch b =
                db.inTransaction(
                    em ->
                        new RetentionSweeper(em, new Shredder(em, audio))
                            .run(rule, tenantId, policy, now, size, skip));
            long took = System.nanoTime() - started;
            longestBatchNanos = Math.max(longestBatchNanos, took);
            if (b.found() > 0) {
              batches.add(new Timed(rule, size, b.found(), took));
            }
            return b;
          },
          n -> destroyed.merge(rule, n, Integer::sum));
    }
    destroyed.values().removeIf(n -> n == 0);
    return destroyed;
  }

  /** The time budget of a batch, {@code samtalenotat.retention.batch-time}; as the server's. */
  public void batchTime(Duration budget) {
    this.batchTime = budget;
  }

  private Duration batchTime = Duration.ofMillis(50);

  /** A batch that found something: its rule, the size asked, the objects found, its duration. */
  public record Timed(RetentionRule rule, int asked, int found, long nanos) {}

  private final List<Timed> batches = new ArrayList<>();

  /** The batches that found something, in order, since the last {@link #forgetBatches}. */
  public List<Timed> batches() {
    return List.copyOf(batches);
  }

  public void forgetBatches() {
    batches.clear();
    longestBatchNanos = 0;
  }
}
