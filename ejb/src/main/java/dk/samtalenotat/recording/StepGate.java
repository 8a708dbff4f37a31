package dk.samtalenotat.recording;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Lets at most a given number of one kind of short database step run at once on this server, in the
 * order they came, so that a crowd of them cannot take all the pool's connections and the pages
 * queue behind them. A step that waits longer than the gate's wait is not run: {@link #through}
 * throws {@link Busy}, and the caller answers that the server is busy (a chunk is kept by its
 * sender and sent again) or leaves the work for later.
 *
 * <p>Why: with 100 recordings at once on one node, the chunks' two short transactions each came in
 * up to 32 at once (one per pooled bean instance) against the pool's 20 connections, and the list,
 * review and save requests waited behind them for a connection (capacity benchmark, README).
 */
final class StepGate {

  /** The step was not run: the gate stayed full for the whole wait. */
  static final class Busy extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Busy(String what, int permits, Duration wait) {
      super(what + ": all " + permits + " at once still busy after " + wait);
    }
  }

  private final String what;
  private final int permits;
  private final Duration wait;
  private final Semaphore semaphore;

  /**
   * @param what the kind of step, for the message
   * @param permits how many run at once, at least 1
   * @param wait how long a step waits for its turn before {@link Busy}
   */
  StepGate(String what, int permits, Duration wait) {
    if (permits < 1) {
      throw new IllegalArgumentException(what + ": at least one step at once, not " + permits);
    }
    if (wait.isNegative()) {
      throw new IllegalArgumentException(what + ": a negative wait " + wait);
    }
    this.what = what;
    this.permits = permits;
    this.wait = wait;
    this.semaphore = new Semaphore(permits, true);
  }

  /** Runs the step once its turn comes, and lets the next in as it ends, however it ends. */
  <T> T through(Supplier<T> step) {
    boolean entered;
    try {
      entered = semaphore.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Busy(what, permits, wait);
    }
    if (!entered) {
      throw new Busy(what, permits, wait);
    }
    try {
      return step.get();
    } finally {
      semaphore.release();
    }
  }

  /** How many steps are in now (for the tests). */
  int inside() {
    return permits - semaphore.availablePermits();
  }
}
