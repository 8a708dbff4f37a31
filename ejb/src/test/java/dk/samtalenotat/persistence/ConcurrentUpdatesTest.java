package dk.samtalenotat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConcurrentUpdatesTest {

  /** As the container reports a commit that lost its optimistic lock. */
  private static EJBException lostLock() {
    RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit");
    rollback.initCause(new OptimisticLockException("Row was updated by another transaction"));
    return new EJBTransactionRolledbackException("commit failed", rollback);
  }

  @Test
  void aLostLockIsTriedAgainUntilItGoesThrough() {
    AtomicInteger calls = new AtomicInteger();
    String result =
        ConcurrentUpdates.retry(
            "test",
            () -> {
              if (calls.incrementAndGet() < 3) {
                throw lostLock();
              }
              return "done";
            });
    assertEquals("done", result);
    assertEquals(3, calls.get());
  }

  @Test
  void aRowThatKeepsChangingEndsTheTriesWithTheError() {
    AtomicInteger calls = new AtomicInteger();
    EJBException last = lostLock();
    EJBException thrown =
        assertThrows(
            EJBException.class,
            () ->
                ConcurrentUpdates.retry(
                    "test",
                    () -> {
                      calls.incrementAndGet();
                      throw last;
                    }));
    assertSame(last, thrown);
    assertEquals(ConcurrentUpdates.MAX_ATTEMPTS, calls.get());
  }

  @Test
  void anyOtherFailureIsNotTriedAgain() {
    AtomicInteger calls = new AtomicInteger();
    assertThrows(
        EJBException.class,
        () ->
            ConcurrentUpdates.retry(
                "test",
                () -> {
                  calls.incrementAndGet();
                  throw new EJBException(new IllegalStateException("not a conflict"));
                }));
    assertEquals(1, calls.get());
  }
}
