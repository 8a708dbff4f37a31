package dk.samtalenotat.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.conversation.Conversation;
import dk.samtalenotat.conversation.ConversationForm;
import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.conversation.Cpr;
import dk.samtalenotat.conversation.SealedCpr;
import dk.samtalenotat.crypto.DataKeys;
import dk.samtalenotat.crypto.TestKeys;
import dk.samtalenotat.persistence.TestDatabase;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One node at a time transcribes an upload while it is recorded, on the real migrations: two nodes
 * claiming at once, one wins; the holder renews; a survivor takes over once the lease ran out.
 */
class LiveLeasesTest {

  private static final String CVR = "11111111";
  private static final Duration LEASE = Duration.ofMinutes(2);

  private final TestKeys kek = new TestKeys();
  private final LiveLeases leases = new LiveLeases(LEASE);
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
  private TestDatabase db;
  private long uploadId;

  @BeforeEach
  void upload() {
    db = new TestDatabase();
    DataKeys keys = kek.asDataKeys();
    uploadId =
        db.inTransaction(
            em -> {
              Tenant t = new Tenant(CVR, "Demo Kommune");
              em.persist(t);
              AppUser owner = new AppUser(t, "mette", "Mette Sørensen", null);
              em.persist(owner);
              Conversation c =
                  Conversation.register(
                      t,
                      owner,
                      SealedCpr.seal(Cpr.parse("1411790987"), CVR, keys, kek.hasher()),
                      "SAG-1",
                      ConversationType.JOBSAMTALE,
                      ConversationForm.FREMMOEDE,
                      LocalDateTime.of(2026, 3, 12, 9, 30));
              em.persist(c);
              AudioUpload u =
                  new AudioUpload(c, "audio/webm;codecs=opus", keys.create(CVR).wrapped());
              em.persist(u);
              em.flush();
              return u.getId();
            });
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void ofTwoNodesClaimingAnUploadAtOnceOneWins() throws Exception {
    ConcurrentLinkedQueue<String> won = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (String node : List.of("node-a/1", "node-b/2")) {
      Thread t =
          new Thread(
              () -> {
                try {
                  start.await();
                  if (hold(node, now)) {
                    won.add(node);
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
      t.start();
      threads.add(t);
    }
    start.countDown();
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(1, won.size(), won.toString());
  }

  @Test
  void theHolderRenewsAndASurvivorTakesOverOnceTheLeaseRanOut() {
    assertTrue(hold("node-a/1", now));
    assertFalse(hold("node-b/2", now.plusSeconds(60)), "node b leaves the upload to node a");
    assertTrue(hold("node-a/1", now.plusSeconds(100)), "node a's next round renews");
    assertFalse(hold("node-b/2", now.plus(LEASE).plusSeconds(1)));

    // Node a died after that round: its lease runs out and node b's next chunk takes the upload.
    Instant later = now.plusSeconds(100).plus(LEASE).plusMillis(1);
    assertTrue(hold("node-b/2", later));
    assertFalse(hold("node-a/1", later), "node a, were it only slow, stops at its next round");
  }

  /**
   * A holder renews only once a third of its lease has passed since it last did (not every round):
   * at any moment before that it still has two thirds left, so no other node's claim succeeds.
   */
  @Test
  void aHolderThatRenewsAfterAThirdOfItsLeaseIsNeverOvertaken() {
    Instant renewed = now;
    assertTrue(hold("node-a/1", renewed));
    for (int round = 1; round <= 12; round++) {
      Instant due = renewed.plus(leases.renewAfter());
      assertFalse(
          hold("node-b/2", due.minusMillis(1)), "node b meets a's lease before a's next renewal");
      assertTrue(hold("node-a/1", due), "node a renews a third of its lease on");
      renewed = due;
    }
    assertEquals(LEASE.dividedBy(3), leases.renewAfter());
  }

  @Test
  void aReleasedUploadIsFreeAtOnce() {
    assertTrue(hold("node-a/1", now));
    db.run(em -> LiveLeases.release(em, uploadId, "node-b/2"));
    assertFalse(hold("node-b/2", now), "only the holder releases");
    db.run(em -> LiveLeases.release(em, uploadId, "node-a/1"));
    assertTrue(hold("node-b/2", now));
  }

  private boolean hold(String holder, Instant at) {
    Boolean held = db.inTransaction(em -> leases.hold(em, uploadId, holder, at));
    return held;
  }
}
