package dk.samtalenotat.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The batch sizing policy, from durations given to it: no clock, no sleeps. */
class BatchSizerTest {

  private static final Duration BUDGET = Duration.ofMillis(50);

  private static Duration ms(double millis) {
    return Duration.ofNanos((long) (millis * 1_000_000));
  }

  @Test
  void theFirstBatchTakesOneObject() {
    assertEquals(1, new BatchSizer(BUDGET, 50).next());
  }

  @Test
  void fastBatchesGrowDoublingUpToTheBatchSize() {
    BatchSizer sizer = new BatchSizer(BUDGET, 50);
    List<Integer> sizes = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      int size = sizer.next();
      sizes.add(size);
      // 0.1 ms an object: 50 objects would take 5 ms, a tenth of the budget.
      sizer.took(size, ms(size * 0.1));
    }
    assertEquals(List.of(1, 2, 4, 8, 16, 32, 50, 50), sizes);
  }

  @Test
  void growthStopsPastThreeQuartersOfTheBudget() {
    BatchSizer sizer = new BatchSizer(BUDGET, 1000);
    List<Integer> sizes = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      int size = sizer.next();
      sizes.add(size);
      // 1 ms an object: 37 objects take three quarters of the budget.
      sizer.took(size, ms(size * 1.0));
    }
    assertEquals(List.of(1, 2, 4, 8, 16, 32, 37, 38, 38, 38, 38, 38), sizes);
  }

  @Test
  void theLineFindsTheRoomAFixedCostPerBatchLeaves() {
    BatchSizer sizer = new BatchSizer(BUDGET, 50);
    List<Integer> sizes = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      int size = sizer.next();
      sizes.add(size);
      // A loaded machine: 30 ms of round trips whatever the size, then 0.4 ms an object; 18
      // objects take three quarters of the budget, while a batch's own rate would say 2 at 2.
      sizer.took(size, ms(30 + 0.4 * size));
    }
    assertEquals(List.of(1, 2, 3, 6, 12, 18, 19, 19), sizes);
  }

  @Test
  void aFixedCostNearlyFillingTheBudgetLeavesSmallBatches() {
    BatchSizer sizer = new BatchSizer(BUDGET, 50);
    List<Integer> sizes = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      int size = sizer.next();
      sizes.add(size);
      // 27 ms whatever the size, then 3 ms an object.
      sizer.took(size, ms(27 + 3.0 * size));
    }
    assertEquals(List.of(1, 2, 3, 4, 4, 4, 4, 4), sizes, "4 take 39 ms, over three quarters");
  }

  @Test
  void aBatchOverTheBudgetShrinksTheNextAtOnceBelowWhatWouldFitAtItsRate() {
    BatchSizer sizer = grownTo(40);
    // The machine got slow: 40 objects took 200 ms, 5 ms an object; 10 would take the budget.
    sizer.took(40, ms(200));
    assertTrue(sizer.next() >= 1 && sizer.next() <= 7, "at most 37.5 ms at 5 ms: " + sizer.next());
  }

  @Test
  void aBatchJustOverTheBudgetStillShrinks() {
    BatchSizer sizer = grownTo(40);
    sizer.took(40, ms(51));
    assertTrue(sizer.next() < 40 && sizer.next() >= 20, "40 in 51 ms: 29 in 37.5: " + sizer.next());
  }

  @Test
  void aVerySlowBatchShrinksToOneNotToNothing() {
    BatchSizer sizer = grownTo(40);
    sizer.took(40, Duration.ofSeconds(30));
    assertEquals(1, sizer.next());
    sizer.took(1, Duration.ofSeconds(2));
    assertEquals(1, sizer.next());
  }

  @Test
  void closeToTheBudgetTheSizeStays() {
    BatchSizer sizer = grownTo(40);
    sizer.took(40, ms(38));
    assertEquals(40, sizer.next(), "over three quarters, within the budget");
    sizer.took(40, ms(50));
    assertEquals(40, sizer.next(), "exactly the budget is within it");
  }

  @Test
  void aColdFirstBatchIsFollowedByOneAsSmallAndTheSizerRecoversOnceWarm() {
    BatchSizer sizer = new BatchSizer(BUDGET, 50);
    // 1 object in 900 ms (the JIT has not compiled the sweep yet).
    sizer.took(1, ms(900));
    assertEquals(1, sizer.next());
    int size = 1;
    for (int i = 0; i < 10; i++) {
      size = sizer.next();
      sizer.took(size, ms(0.5 * size));
    }
    assertEquals(50, size);
  }

  @Test
  void aShortLastBatchDoesNotShrinkWhatWentWell() {
    BatchSizer sizer = grownTo(40);
    // 3 objects left, with the batch's fixed round trips: slow per object, fast in all.
    sizer.took(3, ms(40));
    assertEquals(40, sizer.next());
  }

  @Test
  void aBatchThatFoundNothingTeachesNothing() {
    BatchSizer sizer = grownTo(40);
    sizer.took(0, Duration.ofSeconds(5));
    assertEquals(40, sizer.next());
  }

  @Test
  void aBatchTooFastToMeasureGrowsAtMostDoubling() {
    BatchSizer sizer = new BatchSizer(BUDGET, 50);
    sizer.took(1, Duration.ZERO);
    assertEquals(2, sizer.next());
    sizer.took(2, Duration.ZERO);
    assertEquals(4, sizer.next());
  }

  @Test
  void settingsTheSweepCannotWorkWithAreRefusedNamingTheKey() {
    IllegalArgumentException zero =
        assertThrows(IllegalArgumentException.class, () -> new BatchSizer(Duration.ZERO, 50));
    assertTrue(zero.getMessage().contains("samtalenotat.retention.batch-time"), zero.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new BatchSizer(ms(-1), 50));
    IllegalArgumentException size =
        assertThrows(IllegalArgumentException.class, () -> new BatchSizer(BUDGET, 0));
    assertTrue(size.getMessage().contains("samtalenotat.retention.batch-size"), size.getMessage());
  }

  /** A sizer whose next batch takes {@code size} objects, grown by fast batches. */
  private static BatchSizer grownTo(int size) {
    BatchSizer sizer = new BatchSizer(BUDGET, size);
    while (sizer.next() < size) {
      sizer.took(sizer.next(), ms(0.5 * sizer.next()));
    }
    return sizer;
  }
}
