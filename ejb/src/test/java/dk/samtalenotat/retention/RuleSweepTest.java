package dk.samtalenotat.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A rule's batches as the sweep runs them, against batches that only count and a clock the batches
 * move: the sizes the loop asks for follow the time each batch took.
 */
class RuleSweepTest {

  /** Due objects, each costing {@code millisEach} of the fake clock, the first batch more. */
  private static final class Due implements RuleSweep.Batches {
    private int left;
    private final double millisEach;
    private final long coldMillis;
    private final AtomicLong clock;
    final List<Integer> asked = new ArrayList<>();

    Due(int count, double millisEach, long coldMillis, AtomicLong clock) {
      this.left = count;
      this.millisEach = millisEach;
      this.coldMillis = coldMillis;
      this.clock = clock;
    }

    @Override
    public RetentionSweeper.Batch run(int size, Collection<Long> skip) {
      asked.add(size);
      int found = Math.min(size, left);
      left -= found;
      long cold = asked.size() == 1 ? coldMillis : 0;
      clock.addAndGet(Duration.ofMillis(cold).toNanos() + (long) (found * millisEach * 1e6));
      return new RetentionSweeper.Batch(found, found);
    }
  }

  private static int sweep(Due due, AtomicLong clock, int maxBatches) {
    AtomicInteger destroyed = new AtomicInteger();
    RuleSweep.run(
        new BatchSizer(Duration.ofMillis(50), 50),
        maxBatches,
        clock::get,
        due,
        destroyed::addAndGet);
    return destroyed.get();
  }

  @Test
  void everyDueObjectGoesAndNoBatchAsksBeyondTheBatchSize() {
    AtomicLong clock = new AtomicLong();
    Due due = new Due(1000, 0.2, 0, clock);
    assertEquals(1000, sweep(due, clock, Integer.MAX_VALUE));
    assertEquals(List.of(1, 2, 4, 8, 16, 32, 50), due.asked.subList(0, 7));
    assertEquals(50, due.asked.stream().mapToInt(Integer::intValue).max().orElseThrow());
  }

  @Test
  void aColdFirstBatchHoldsOneObjectAndTheNextStaysSmall() {
    AtomicLong clock = new AtomicLong();
    // The first batch takes 900 ms more (the JIT, cold caches), then 1 ms an object.
    Due due = new Due(500, 1.0, 900, clock);
    assertEquals(500, sweep(due, clock, Integer.MAX_VALUE));
    assertEquals(List.of(1, 1, 2, 4, 8, 16, 32, 37, 38, 38, 38), due.asked.subList(0, 11));
  }

  @Test
  void onASlowMachineNoBatchRunsOverTheBudget() {
    AtomicLong clock = new AtomicLong();
    // 12 ms an object (a loaded machine): 4 take 48 ms, 5 would take 60.
    Due due = new Due(200, 12.0, 0, clock);
    assertEquals(200, sweep(due, clock, Integer.MAX_VALUE));
    assertEquals(List.of(1, 2, 3, 4, 4), due.asked.subList(0, 5));
    due.asked.subList(3, due.asked.size()).forEach(size -> assertEquals(4, size));
  }

  @Test
  void theLoopEndsAtABatchThatFindsFewerThanItAsked() {
    AtomicLong clock = new AtomicLong();
    Due due = new Due(10, 0.2, 0, clock);
    assertEquals(10, sweep(due, clock, Integer.MAX_VALUE));
    assertEquals(List.of(1, 2, 4, 8), due.asked);
  }

  @Test
  void theLoopEndsWhenABatchDestroysNothingAnotherSweepHoldsTheRest() {
    AtomicInteger calls = new AtomicInteger();
    RuleSweep.run(
        new BatchSizer(Duration.ofMillis(50), 50),
        Integer.MAX_VALUE,
        () -> 0,
        (size, skip) -> {
          calls.incrementAndGet();
          return new RetentionSweeper.Batch(size, 0);
        },
        n -> {});
    assertEquals(1, calls.get());
  }

  @Test
  void theSweepStopsAtItsBoundOfBatches() {
    AtomicLong clock = new AtomicLong();
    Due due = new Due(1000, 0.2, 0, clock);
    assertEquals(1 + 2 + 4, sweep(due, clock, 3));
  }

  @Test
  void aFailedObjectIsLeftOutOfTheLaterBatchesOfTheSweep() {
    List<List<Long>> skipped = new ArrayList<>();
    List<RetentionSweeper.Batch> batches =
        List.of(
            new RetentionSweeper.Batch(1, 1),
            new RetentionSweeper.Batch(2, 1, List.of(42L)),
            new RetentionSweeper.Batch(0, 0));
    RuleSweep.run(
        new BatchSizer(Duration.ofMillis(50), 50),
        Integer.MAX_VALUE,
        () -> 0,
        (size, skip) -> {
          skipped.add(List.copyOf(skip));
          return batches.get(skipped.size() - 1);
        },
        n -> {});
    assertEquals(List.of(List.of(), List.of(), List.of(42L)), skipped);
  }

  @Test
  void aBatchThatFailsEndsTheLoopAfterWhatWasDestroyedWasCounted() {
    AtomicInteger destroyed = new AtomicInteger();
    AtomicInteger batch = new AtomicInteger();
    assertThrows(
        IllegalStateException.class,
        () ->
            RuleSweep.run(
                new BatchSizer(Duration.ofMillis(50), 50),
                Integer.MAX_VALUE,
                () -> 0,
                (size, skip) -> {
                  if (batch.incrementAndGet() == 2) {
                    throw new IllegalStateException("the database went away");
                  }
                  return new RetentionSweeper.Batch(size, size);
                },
                destroyed::addAndGet));
    assertEquals(1, destroyed.get());
  }
}
