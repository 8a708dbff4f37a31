package dk.samtalenotat.saml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.persistence.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The IDs used once, on the real migrations (H2), as two nodes of a cluster would use them. */
class UsedIdsTest {

  private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");
  private static final String ASSERTIONS = "accepted-assertions";

  private final TestDatabase db = new TestDatabase();

  @AfterEach
  void close() {
    db.close();
  }

  private boolean firstUse(Instant now, String store, String id, Instant keepUntil) {
    return db.inTransaction(
        em -> new UsedIds(em, Clock.fixed(now, ZoneOffset.UTC)).firstUse(store, id, keepUntil));
  }

  @Test
  void anIdIsFirstOnceWhileKeptAndAgainAfter() {
    Instant until = NOW.plusSeconds(600);
    assertTrue(firstUse(NOW, ASSERTIONS, "_a75adf55-01d7-40cc-929f-dbd8372ebdfc", until));
    assertFalse(
        firstUse(NOW.plusSeconds(599), ASSERTIONS, "_a75adf55-01d7-40cc-929f-dbd8372ebdfc", until),
        "a replay while kept");
    assertTrue(
        firstUse(
            NOW.plusSeconds(600),
            ASSERTIONS,
            "_a75adf55-01d7-40cc-929f-dbd8372ebdfc",
            NOW.plusSeconds(1200)),
        "kept no longer than asked: no message carrying it is accepted any more anyway");
  }

  @Test
  void storesDoNotShareIdsAndALongIdFitsItsKey() {
    String id = "_" + "x".repeat(5000);
    assertTrue(firstUse(NOW, ASSERTIONS, id, NOW.plusSeconds(60)));
    assertTrue(firstUse(NOW, "answered-requests", id, NOW.plusSeconds(60)));
    assertFalse(firstUse(NOW, "answered-requests", id, NOW.plusSeconds(60)));
  }

  @Test
  void theSweepDeletesOnlyWhatExpired() {
    firstUse(NOW, ASSERTIONS, "_old", NOW.plusSeconds(60));
    firstUse(NOW, ASSERTIONS, "_new", NOW.plusSeconds(600));
    int gone =
        db.inTransaction(
            em -> new UsedIds(em, Clock.fixed(NOW.plusSeconds(61), ZoneOffset.UTC)).sweep());
    assertEquals(1, gone);
    assertFalse(firstUse(NOW.plusSeconds(62), ASSERTIONS, "_new", NOW.plusSeconds(600)));
  }

  @Test
  void twoNodesOfferingTheSameIdAtOnceGetOneFirstUse() throws Exception {
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      Future<Boolean> a = nodes.submit(() -> offerAfter(start));
      Future<Boolean> b = nodes.submit(() -> offerAfter(start));
      start.countDown();
      int first =
          (Boolean.TRUE.equals(outcome(a)) ? 1 : 0) + (Boolean.TRUE.equals(outcome(b)) ? 1 : 0);
      assertEquals(1, first, "exactly one node takes the ID");
    } finally {
      nodes.shutdownNow();
    }
  }

  private Boolean offerAfter(CountDownLatch start) throws InterruptedException {
    start.await();
    try {
      return firstUse(NOW, ASSERTIONS, "_raced", NOW.plusSeconds(60));
    } catch (RuntimeException e) {
      // The insert that lost the race: the caller asks again and is told it is a replay.
      return firstUse(NOW, ASSERTIONS, "_raced", NOW.plusSeconds(60));
    }
  }

  private static Boolean outcome(Future<Boolean> f) throws Exception {
    return f.get();
  }

  @Test
  void theKeyIsTheStoreAndTheIdsDigest() {
    String key = UsedIds.key(ASSERTIONS, "_abc");
    assertTrue(key.startsWith(ASSERTIONS + ":"));
    assertEquals(ASSERTIONS.length() + 1 + 64, key.length());
    assertThrows(NullPointerException.class, () -> UsedIds.key(ASSERTIONS, null));
  }
}
