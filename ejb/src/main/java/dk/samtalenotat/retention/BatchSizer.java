package dk.samtalenotat.retention;

import java.time.Duration;

/**
 * How many objects the next batch of a sweep takes, so that each batch's transaction stays within a
 * time budget ({@code samtalenotat.retention.batch-time}). A batch holds the rows it claimed until
 * its commit, and a caseworker saving one of those conversations waits that long; a fixed count
 * bounds that wait only as long as the machine stays as fast as it was measured, while a budget
 * bounds it on a cold JIT or a loaded machine too: the batches get shorter instead of longer.
 *
 * <p>The policy, from the duration of each batch as it is measured (so it can be tested without a
 * clock): the first batch takes one object, so that the slowest batch of a sweep (the first, before
 * the JIT has compiled the sweep and while the database's caches are cold) holds one conversation.
 * A batch that ran over the budget shrinks the next at once to what would have taken half the
 * budget at the rate it went. A batch that took at most half the budget lets the next grow to what
 * would take half the budget at that rate (at most doubling, at least one more); one that took at
 * most three quarters of it, by a quarter (at least one more), since a batch's fixed round trips
 * make the rate per object look slower than it is at small sizes; one closer to the budget keeps
 * the size. Never more than {@code samtalenotat.retention.batch-size}. The sizes settle where a
 * batch takes between three quarters of the budget and the budget, and a batch runs over it only
 * when the machine got slower than the batch before it showed.
 */
final class BatchSizer {

  /** The first batch's size: the code may not be compiled yet, nor the database's caches warm. */
  static final int FIRST = 1;

  private final long budgetNanos;
  private final int max;
  private int size;

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
    long nanos = took.toNanos();
    long half = budgetNanos / 2;
    // What would have taken half the budget at this batch's rate.
    long fits = nanos <= 0 ? Long.MAX_VALUE : Math.max(1, (long) found * half / nanos);
    long next = size;
    if (nanos > budgetNanos) {
      next = Math.min(fits, size - 1L);
    } else if (nanos <= half) {
      next = Math.max(size + 1L, Math.min(fits, 2L * size));
    } else if (nanos <= budgetNanos / 4 * 3) {
      next = size + Math.max(1, size / 4);
    }
    size = (int) Math.max(1, Math.min(max, next));
  }
}
