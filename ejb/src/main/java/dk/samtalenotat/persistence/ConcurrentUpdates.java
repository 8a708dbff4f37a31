package dk.samtalenotat.persistence;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Calls a transactional service method again when its transaction lost an optimistic lock to a
 * concurrent one on the same rows. Only for idempotent calls made outside a transaction (a view, an
 * endpoint): each try is a transaction of its own, and a conflict means the other writer won, not
 * that the request was wrong, so the person or system asking should not see an error for it.
 */
public final class ConcurrentUpdates {

  private static final Logger LOG = Logger.getLogger(ConcurrentUpdates.class.getName());

  /** Tries in all, so a request never loops on a row that keeps changing. */
  public static final int MAX_ATTEMPTS = 4;

  private ConcurrentUpdates() {}

  /**
   * Runs {@code call}, and again (up to {@link #MAX_ATTEMPTS} in all, with a short pause) while it
   * fails on a concurrent update.
   *
   * @param what what is done, for the log
   */
  public static <T> T retry(String what, Supplier<T> call) {
    for (int attempt = 1; ; attempt++) {
      try {
        return call.get();
      } catch (EJBException e) {
        if (attempt >= MAX_ATTEMPTS || !isConflict(e)) {
          throw e;
        }
        int tried = attempt;
        LOG.info(() -> what + " met a concurrent update (attempt " + tried + "); done again");
        try {
          Thread.sleep(50L * attempt);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  /** As {@link #retry(String, Supplier)} for a call without a result. */
  public static void retry(String what, Runnable call) {
    retry(
        what,
        () -> {
          call.run();
          return null;
        });
  }

  /** Whether the failure is a lost optimistic lock, however the container wrapped it. */
  static boolean isConflict(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException) {
        return true;
      }
      for (Throwable s : t.getSuppressed()) {
        if (s instanceof OptimisticLockException) {
          return true;
        }
      }
    }
    return false;
  }
}
