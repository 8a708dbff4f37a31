package dk.samtalenotat.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.conversation.Conversation;
import dk.samtalenotat.conversation.ConversationForm;
import dk.samtalenotat.conversation.ConversationState;
import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.conversation.Cpr;
import dk.samtalenotat.conversation.SealedCpr;
import dk.samtalenotat.crypto.DataKeys;
import dk.samtalenotat.crypto.TestKeys;
import dk.samtalenotat.persistence.TestDatabase;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.Tenant;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's claims and its recovery on the real migrations, each call in a transaction of its
 * own as in the server, the two "nodes" being two callers with their own names: of two claims at
 * once one wins; a claim ends with the step's commit; the recovery takes back a job whose lease ran
 * out or whose message was lost, and leaves a job being worked on alone.
 */
class JobLeasesTest {

  private static final String CVR = "11111111";
  private static final Duration LEASE = Duration.ofMinutes(2);
  private static final Duration UNCLAIMED = Duration.ofMinutes(10);

  private final JobLeases leases = new JobLeases(LEASE, UNCLAIMED);
  private final TestKeys kek = new TestKeys();
  private final DataKeys keys = kek.asDataKeys();
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
  private TestDatabase db = new TestDatabase();
  private long tenantId;

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void ofTwoNodesClaimingTheSameJobAtOnceOneWins() throws Exception {
    assertOneWinsEachTime();
  }

  @Test
  void claimsAndRecoveryOnPostgresql() throws Exception {
    db.close();
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      db = new TestDatabase(pg.getPostgresDatabase());
      recoveryTakesBackExpiredAndLostJobsOnly();
      assertOneWinsEachTime();
    }
  }

  private void assertOneWinsEachTime() throws Exception {
    List<Long> jobs = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      jobs.add(transcribing(now));
    }
    for (long id : jobs) {
      ConcurrentLinkedQueue<JobLeases.Claim> won = new ConcurrentLinkedQueue<>();
      atOnce(
          List.of("node-a", "node-b"),
          node -> claim(id, ConversationState.TRANSCRIBING, 0, node, now).ifPresent(won::add));
      assertEquals(1, won.size(), "exactly one node holds job " + id + ": " + won);
      assertEquals(1, won.peek().attempt());
    }
  }

  @Test
  void aHeldClaimKeepsOthersOutUntilItsLeaseRunsOut() {
    long id = transcribing(now);
    JobLeases.Claim a = claim(id, ConversationState.TRANSCRIBING, 0, "node-a", now).orElseThrow();
    assertTrue(a.holder().startsWith("node-a/"), a.holder());

    assertTrue(
        claim(id, ConversationState.TRANSCRIBING, 0, "node-b", now.plusSeconds(60)).isEmpty());
    // Renewed while the engine runs: still held past the first lease's end.
    assertTrue(renew(id, a.holder(), now.plusSeconds(90)));
    assertTrue(
        claim(id, ConversationState.TRANSCRIBING, 0, "node-b", now.plus(LEASE).plusSeconds(1))
            .isEmpty());

    // Node a died: its last renewal runs out and node b takes the job, as its second attempt.
    Instant later = now.plusSeconds(90).plus(LEASE).plusSeconds(1);
    JobLeases.Claim b = claim(id, ConversationState.TRANSCRIBING, 0, "node-b", later).orElseThrow();
    assertEquals(2, b.attempt());
    assertFalse(
        renew(id, a.holder(), later), "node a, were it only slow, learns that it lost the claim");
  }

  @Test
  void aDraftClaimIsForItsGenerationOnly() {
    long id = transcribing(now);
    int generation =
        db.inTransaction(
            em -> {
              Conversation c = em.find(Conversation.class, id);
              c.transcribed();
              return c.draftingStarted();
            });
    db.run(em -> JobLeases.requested(em, id, now));

    assertTrue(claim(id, ConversationState.TRANSCRIBING, 0, "node-a", now).isEmpty());
    assertTrue(claim(id, ConversationState.DRAFTING, generation - 1, "node-a", now).isEmpty());
    assertTrue(claim(id, ConversationState.DRAFTING, generation, "node-a", now).isPresent());
  }

  @Test
  void theLeaseEndsWithTheStepsCommit() {
    long id = transcribing(now);
    claim(id, ConversationState.TRANSCRIBING, 0, "node-a", now).orElseThrow();

    // The transcript stored: its transaction asks for the draft (PipelineQueue.startDrafting).
    db.run(
        em -> {
          Conversation c = em.find(Conversation.class, id);
          c.transcribed();
          c.draftingStarted();
          JobLeases.requested(em, id, now.plusSeconds(5));
        });
    assertNull(column(id, "job_holder"), "the transcription's claim ended with its commit");
    assertEquals(0, ((Number) column(id, "job_attempts")).intValue());
    int generation = db.inTransaction(em -> em.find(Conversation.class, id).getDraftGeneration());
    assertTrue(
        claim(id, ConversationState.DRAFTING, generation, "node-b", now.plusSeconds(6)).isPresent(),
        "the draft is free for any node at once, not after the lease");

    // The draft stored (PipelineSteps.storeDraft).
    db.run(
        em -> {
          em.find(Conversation.class, id).draftReady();
          JobLeases.finished(em, id);
        });
    assertNull(column(id, "job_holder"));
    assertNull(column(id, "job_until"));
    assertTrue(due(now.plus(UNCLAIMED).plus(LEASE).plusSeconds(60)).isEmpty());
  }

  @Test
  void recoveryTakesBackExpiredAndLostJobsOnly() {
    long expired = transcribing(now);
    long lost = transcribing(now.minus(UNCLAIMED).minusSeconds(1));
    long working = transcribing(now);
    // Asked for half a minute ago: its message is on its way.
    transcribing(now.minusSeconds(30));
    long retrying = transcribing(now);
    claim(expired, ConversationState.TRANSCRIBING, 0, "node-dead", now.minus(LEASE).minusSeconds(1))
        .orElseThrow();
    JobLeases.Claim alive =
        claim(working, ConversationState.TRANSCRIBING, 0, "node-a", now.minusSeconds(100))
            .orElseThrow();
    assertTrue(renew(working, alive.holder(), now.minusSeconds(10)));
    JobLeases.Claim failed =
        claim(retrying, ConversationState.TRANSCRIBING, 0, "node-a", now.minusSeconds(60))
            .orElseThrow();
    // A transient failure: the claim is given up for the broker's redelivery.
    db.run(em -> JobLeases.released(em, retrying, failed.holder(), now.minusSeconds(60)));

    assertEquals(List.of(expired, lost), ids(due(now)));

    // Two recovery runs at once send each wake-up once.
    ConcurrentLinkedQueue<Long> sent = new ConcurrentLinkedQueue<>();
    atOnce(
        List.of("node-a", "node-b"),
        node -> {
          for (JobLeases.Due d : due(now)) {
            Boolean taken = db.inTransaction(em -> leases.takeBack(em, d.conversationId(), now));
            if (taken) {
              sent.add(d.conversationId());
            }
          }
        });
    assertEquals(List.of(expired, lost), sent.stream().sorted().toList());
    assertTrue(due(now).isEmpty(), "a job sent again waits for its wake-up");
    assertTrue(
        ids(due(now.plus(UNCLAIMED).plusSeconds(1))).containsAll(List.of(expired, lost)),
        "until it waited unclaimed too long again");

    // The wake-up arrives: the job is claimed again, and its attempts went on counting.
    assertEquals(
        2,
        claim(expired, ConversationState.TRANSCRIBING, 0, "node-b", now.plusSeconds(1))
            .orElseThrow()
            .attempt());
    assertTrue(ids(due(now.plusSeconds(2))).isEmpty(), "the one being worked on is left alone");
  }

  @Test
  void aRestartedNodeEndsItsOwnLeasesAtOnceAndNoOtherNodes() {
    long own = transcribing(now);
    long other = transcribing(now);
    claim(own, ConversationState.TRANSCRIBING, 0, "node-a", now).orElseThrow();
    claim(other, ConversationState.TRANSCRIBING, 0, "node-ab", now).orElseThrow();
    assertTrue(due(now.plusSeconds(1)).isEmpty());

    Integer ended = db.inTransaction(em -> leases.endLeasesOf(em, "node-a", now.plusSeconds(1)));
    assertEquals(1, ended);
    assertEquals(List.of(own), ids(due(now.plusSeconds(1))));
  }

  @Test
  void aSuspendedMunicipalitysJobsAreLeftForItsResume() {
    long id = transcribing(now.minus(UNCLAIMED).minusSeconds(1));
    db.run(em -> em.find(Tenant.class, tenantId).suspend(now, "operator"));
    assertTrue(due(now).isEmpty());
    db.run(em -> em.find(Tenant.class, tenantId).resume(now, "operator"));
    assertEquals(List.of(id), ids(due(now)));
  }

  private Optional<JobLeases.Claim> claim(
      long id, ConversationState step, int generation, String node, Instant at) {
    return db.inTransaction(em -> leases.claim(em, id, step, generation, node, at));
  }

  private boolean renew(long id, String holder, Instant at) {
    Boolean renewed = db.inTransaction(em -> leases.renew(em, id, holder, at));
    return renewed;
  }

  private List<JobLeases.Due> due(Instant at) {
    return db.inTransaction(em -> leases.due(em, at, 100));
  }

  private static List<Long> ids(List<JobLeases.Due> due) {
    return due.stream().map(JobLeases.Due::conversationId).toList();
  }

  private Object column(long id, String name) {
    return db.inTransaction(
        em ->
            em.createNativeQuery("select " + name + " from conversation where id = ?1")
                .setParameter(1, id)
                .getSingleResult());
  }

  /** A conversation whose transcription was asked for at {@code requested}. */
  private long transcribing(Instant requested) {
    long id =
        db.inTransaction(
            em -> {
              Tenant t =
                  em.createQuery("select t from Tenant t where t.cvr = :cvr", Tenant.class)
                      .setParameter("cvr", CVR)
                      .getResultStream()
                      .findFirst()
                      .orElseGet(
                          () -> {
                            Tenant created = new Tenant(CVR, "Demo Kommune");
                            em.persist(created);
                            em.persist(new AppUser(created, "mette", "Mette Sørensen", null));
                            return created;
                          });
              tenantId = t.getId();
              AppUser u =
                  em.createQuery("select u from AppUser u where u.tenant = :t", AppUser.class)
                      .setParameter("t", t)
                      .getSingleResult();
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
              c.audioReceived();
              c.transcriptionStarted();
              em.flush();
              return c.getId();
            });
    db.run(em -> JobLeases.requested(em, id, requested));
    return id;
  }

  private interface NodeWork {
    void run(String node) throws Exception;
  }

  /** Runs the work as each node at the same moment and waits for all. */
  private static void atOnce(List<String> nodes, NodeWork work) {
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (String node : nodes) {
      Thread t =
          new Thread(
              () -> {
                try {
                  start.await();
                  work.run(node);
                } catch (Throwable e) {
                  failures.add(e);
                }
              });
      t.start();
      threads.add(t);
    }
    start.countDown();
    for (Thread t : threads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    assertTrue(failures.isEmpty(), () -> "a node failed: " + failures);
  }
}
