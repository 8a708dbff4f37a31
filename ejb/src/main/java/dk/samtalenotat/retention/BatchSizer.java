package dk.samtalenotat.retention;

import java.time.Duration;

/**
 * How many objects the next batch of a sweep takes, so that each batch's transaction stays within a
 * time budget ({@code samtalenotat.retention.batch-time}). A batch holds the rows it claimed until
 * its commit, and a caseworker saving one of those conversations waits that long; a fixed count
 * bounds that wait only as long as the machine stays as fast as it was measured, while a budget
 * bounds it on a cold JIT or a loaded machine too: the batches get shorter instead of longer.
 *
 * <p>A batch costs a fixed time (its round trips: on a loaded machine most of it) and a time per
 * object. The sizer fits that line to the last {@link #WINDOW} batches but the first (least squares
 * on their sizes and durations, as measured: it is tested without a clock) and sizes the next batch
 * to take three quarters of the budget, leaving the last quarter for a batch slower than the ones
 * before it:
 *
 * <ul>
 *   <li>the first batch takes one object, so that the slowest batch of a sweep (the first, before
 *       the JIT has compiled the sweep and while the database's caches are cold) holds one
 *       conversation;
 *   <li>a batch over the budget shrinks the next at once (at least by one), to the smaller of what
 *       the line predicts and what the batch's own rate predicts (the line lags when the machine
 *       suddenly gets slower);
 *   <li>a batch within three quarters of the budget lets the next grow to what the line predicts,
 *       at most doubling and at least by one (which also gives the line sizes to fit);
 *   <li>in between the size stays; never more than {@code samtalenotat.retention.batch-size}.
 * </ul>
 */
final class BatchSizer {

  /** The first batch's size: the code may not be compiled yet, nor the database's caches warm. */
  static final int FIRST = 1;

  /** How many recent batches the line is fitted to: enough to average noise, few to follow load. */
  static final int WINDOW = 8;

  private final long budgetNanos;
  private final long targetNanos;
  private final int max;
  private int size;
  private final long[] sizes = new long[WINDOW];
  private final long[] nanos = new long[WINDOW];
  private int measured;
  private boolean first = true;

  /**
   * @param budget how long a batch's transaction may take
   * @param max the most objects in one batch
   * @throws IllegalArgumentException when the budget is not positive or {@code max} below 1
   */
  BatchSizer(Duration budget, int max) {
    if (budget == null || budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException(
          "samtalenotat.retention.batch-time must be a positive duration such as PT0.05S, is "
              + budget);
    }
    if (max < 1) {
      throw new IllegalArgumentException(
          "samtalenotat.retention.batch-size must be at least 1, is " + max);
    }
    this.budgetNanos = budget.toNanos();
    this.targetNanos = budgetNanos / 4 * 3;
    this.max = max;
    this.size = Math.min(FIRST, max);
  }

  /** How many objects the next batch takes. */
  int next() {
    return size;
  }

  /**
   * Takes what a batch measured into the next batch's size.
   *
   * @param found the objects the batch found and worked on (0: nothing learnt)
   * @param took from the batch's start to its commit
   */
  void took(int found, Duration took) {
    if (found <= 0) {
      return;
    }
    long t = Math.max(0, took.toNanos());
    if (first) {
      // Cold: its time says little about the batches after it, so the line leaves it out.
      first = false;
    } else {
      sizes[measured % WINDOW] = found;
      nanos[measured % WINDOW] = t;
      measured++;
    }
    // What this batch's own rate says fits in the target (as if it had no fixed cost).
    long ownRate = t == 0 ? Long.MAX_VALUE : Math.max(1, found * targetNanos / t);
    long next = size;
    if (t > budgetNanos) {
      next = Math.min(size - 1L, Math.min(ownRate, line(ownRate)));
    } else if (t <= targetNanos) {
      next = Math.max(size + 1L, Math.min(2L * size, line(ownRate)));
    }
    size = (int) Math.max(1, Math.min(max, next));
  }

  /**
   * The most objects the fitted line says take the target, or {@code otherwise} while the window
   * cannot tell a fixed cost from a cost per object (all its batches of one size, or noise that
   * makes the cost per object come out not positive).
   */
  private long line(long otherwise) {
    int n = Math.min(measured, WINDOW);
    if (n < 2) {
      return otherwise;
    }
    double meanSize = 0;
    double meanNanos = 0;
    for (int i = 0; i < n; i++) {
      meanSize += sizes[i];
      meanNanos += nanos[i];
    }
    meanSize /= n;
    meanNanos /= n;
    double covariance = 0;
    double variance = 0;
    for (int i = 0; i < n; i++) {
      covariance += (sizes[i] - meanSize) * (nanos[i] - meanNanos);
      variance += (sizes[i] - meanSize) * (sizes[i] - meanSize);
    }
    if (variance == 0 || covariance <= 0) {
      return otherwise;
    }
    double perObject = covariance / variance;
    double fixed = Math.max(0, meanNanos - perObject * meanSize);
    return Math.max(1, (long) Math.floor((targetNanos - fixed) / perObject));
  }
}
