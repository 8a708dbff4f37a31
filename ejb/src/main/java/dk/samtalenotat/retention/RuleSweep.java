package dk.samtalenotat.retention;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * One rule's batches within one sweep, as {@link RetentionService} runs them (and the tests and the
 * benchmark, through the same loop): each batch sized by a {@link BatchSizer} from how long the
 * batches before it took, until one finds fewer objects than it asked for (done) or destroys none
 * (another sweep holds the rest).
 */
final class RuleSweep {

  /** One batch of the rule in a transaction of its own, leaving out {@code skip}. */
  @FunctionalInterface
  interface Batches {
    RetentionSweeper.Batch run(int size, Collection<Long> skip);
  }

  private RuleSweep() {}

  /**
   * Runs the batches. An exception from a batch ends the loop; what earlier batches destroyed was
   * reported to {@code destroyed} already.
   *
   * @param maxBatches a bound on this sweep's work for the rule; the next sweep continues
   * @param nanoTime the clock the batches are timed with ({@link System#nanoTime} in the server)
   * @param destroyed told each batch's count as it commits
   */
  static void run(
      BatchSizer sizer,
      int maxBatches,
      LongSupplier nanoTime,
      Batches batches,
      IntConsumer destroyed) {
    // What failed on its own in this sweep is left for the next, not tried in every batch.
    Set<Long> failed = new HashSet<>();
    for (int i = 0; i < maxBatches; i++) {
      int size = sizer.next();
      long started = nanoTime.getAsLong();
      RetentionSweeper.Batch batch = batches.run(size, failed);
      sizer.took(batch.found(), Duration.ofNanos(nanoTime.getAsLong() - started));
      destroyed.accept(batch.destroyed());
      failed.addAll(batch.failed());
      if (batch.found() < size || batch.destroyed() == 0) {
        return;
      }
    }
  }
}
