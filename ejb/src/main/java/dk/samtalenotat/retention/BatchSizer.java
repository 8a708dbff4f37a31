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
 * clock): the first batch takes {@link #FIRST} objects; a batch that ran over the budget shrinks
 * the next at once to what would have taken half the budget at the rate it went; a batch that took
 * at most half the budget lets the next grow to what would take half the budget at that rate, at
 * most doubling and never beyond {@code samtalenotat.retention.batch-size}; in between the size
 * stays. Aiming at half the budget leaves room for a batch twice as slow as the one before it.
 */
final class BatchSizer {

  /** The first batch's size: the code may not be compiled yet, nor the database's caches warm. */
  static final int FIRST = 5;

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
    long target = budgetNanos / 2;
    // What would have taken half the budget at this batch's rate.
    long fits = nanos <= 0 ? Long.MAX_VALUE : Math.max(1, (long) found * target / nanos);
    if (nanos > budgetNanos) {
      size = (int) Math.max(1, Math.min(fits, size - 1L));
    } else if (nanos <= target) {
      size = (int) Math.min(max, Math.max(size, Math.min(fits, 2L * size)));
    }
  }
}
