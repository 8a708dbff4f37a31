package dk.samtalenotat.installation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dk.samtalenotat.persistence.TestDatabase;
import dk.samtalenotat.tenant.Tenant;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The lock the first start takes so that two nodes starting at once on a new database do not both
 * create the tenants, on the real migrations: the second node's transaction waits at the lock while
 * the first holds it, and then finds what the first committed.
 */
class InstallationLockTest {

  private static final String CVR = "11111111";

  @Test
  void aSecondStartWaitsForTheFirstAndFindsItsTenantOnPostgresql() throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        TestDatabase db = new TestDatabase(pg.getPostgresDatabase())) {
      CountDownLatch firstHolds = new CountDownLatch(1);
      CountDownLatch firstMayCommit = new CountDownLatch(1);
      AtomicReference<Throwable> failed = new AtomicReference<>();
      Thread first =
          thread(
              failed,
              () ->
                  db.run(
                      em -> {
                        InstallationLock.take(em, InstallationLock.BOOTSTRAP, "node1");
                        tenantOf(em);
                        firstHolds.countDown();
                        await(firstMayCommit);
                      }));
      await(firstHolds);
      AtomicReference<Boolean> secondCreated = new AtomicReference<>();
      Thread second =
          thread(
              failed,
              () ->
                  db.run(
                      em -> {
                        InstallationLock.take(em, InstallationLock.BOOTSTRAP, "node2");
                        secondCreated.set(tenantOf(em));
                      }));
      // The second start is held at the lock, not anywhere else, while the first has not committed.
      awaitWaitingAtLock(db);
      assertTrue(second.isAlive(), "the second start went on while the first held the lock");
      firstMayCommit.countDown();
      first.join();
      second.join();
      assertNull(failed.get());
      assertEquals(Boolean.FALSE, secondCreated.get(), "the second start found the first's tenant");
      long tenants =
          db.inTransaction(
              em ->
                  em.createQuery("select count(t) from Tenant t where t.cvr = :c", Long.class)
                      .setParameter("c", CVR)
                      .getSingleResult());
      assertEquals(1L, tenants);
      Object holder =
          db.inTransaction(
              em ->
                  em.createNativeQuery(
                          "SELECT taken_by FROM installation_lock WHERE name = 'bootstrap'")
                      .getSingleResult());
      assertEquals("node2", holder);
    }
  }

  @Test
  void aLockWithoutItsRowIsAnErrorNotALockNobodyTakes() {
    try (TestDatabase db = new TestDatabase()) {
      db.run(em -> InstallationLock.take(em, InstallationLock.BOOTSTRAP, "node1"));
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () -> db.run(em -> InstallationLock.take(em, "no-such-lock", "node1")));
      assertTrue(e.getMessage().contains("V109"), e.getMessage());
    }
  }

  /** What TenantBootstrap does for a configured tenant: true when this call created it. */
  private static boolean tenantOf(EntityManager em) {
    boolean known =
        em.createQuery("select count(t) from Tenant t where t.cvr = :c", Long.class)
                .setParameter("c", CVR)
                .getSingleResult()
            > 0;
    if (!known) {
      em.persist(new Tenant(CVR, Tenant.placeholderName(CVR)));
      em.flush();
    }
    return !known;
  }

  /** Until PostgreSQL shows a session waiting for a lock in an update of installation_lock. */
  private static void awaitWaitingAtLock(TestDatabase db) throws Exception {
    Instant until = Instant.now().plus(Duration.ofMinutes(1));
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement()) {
      while (true) {
        try (ResultSet r =
            s.executeQuery(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                    + " AND query LIKE 'UPDATE installation_lock%'")) {
          r.next();
          if (r.getInt(1) == 1) {
            return;
          }
        }
        if (Instant.now().isAfter(until)) {
          fail("no session waited at the lock");
        }
        Thread.sleep(20);
      }
    }
  }

  private static Thread thread(AtomicReference<Throwable> failed, Runnable work) {
    Thread t =
        new Thread(
            () -> {
              try {
                work.run();
              } catch (Throwable e) {
                failed.compareAndSet(null, e);
              }
            });
    t.start();
    return t;
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(1, java.util.concurrent.TimeUnit.MINUTES)) {
        throw new IllegalStateException("waited a minute in vain");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
