package dk.samtalenotat.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The gate in front of the chunks' and the live rounds' database steps: never more steps inside
 * than its places, a step that cannot get in within the wait is not run, and a place is given back
 * however the step ends. Threads wait on latches, not on time.
 */
class StepGateTest {

  @Test
  void noMoreStepsRunAtOnceThanThePlaces() throws Exception {
    StepGate gate = new StepGate("test steps", 3, Duration.ofSeconds(30));
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch threeIn = new CountDownLatch(3);
    CountDownLatch letGo = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        int n = i;
        done.add(
            pool.submit(
                () ->
                    gate.through(
                        () -> {
                          most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                          threeIn.countDown();
                          try {
                            letGo.await();
                          } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                          }
                          inside.decrementAndGet();
                          return n;
                        })));
      }
      assertTrue(threeIn.await(30, TimeUnit.SECONDS), "three steps got in");
      assertEquals(3, gate.inside(), "the other seven wait at the gate");
      letGo.countDown();
      int sum = 0;
      for (Future<Integer> f : done) {
        sum += f.get(30, TimeUnit.SECONDS);
      }
      assertEquals(45, sum, "every step ran once and gave its own answer");
      assertEquals(3, most.get(), "never more than three inside");
      assertEquals(0, gate.inside());
    } finally {
      letGo.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void aStepThatDoesNotGetInWithinTheWaitIsNotRun() throws Exception {
    StepGate gate = new StepGate("chunks' database steps", 1, Duration.ofMillis(50));
    CountDownLatch in = new CountDownLatch(1);
    CountDownLatch letGo = new CountDownLatch(1);
    Thread holder =
        new Thread(
            () ->
                gate.through(
                    () -> {
                      in.countDown();
                      try {
                        letGo.await();
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      return null;
                    }));
    holder.start();
    try {
      assertTrue(in.await(30, TimeUnit.SECONDS));
      AtomicInteger ran = new AtomicInteger();
      StepGate.Busy busy =
          assertThrows(StepGate.Busy.class, () -> gate.through(ran::incrementAndGet));
      assertEquals(0, ran.get(), "the refused step never ran");
      assertTrue(busy.getMessage().startsWith("chunks' database steps: all 1 at once"));
    } finally {
      letGo.countDown();
      holder.join(30_000);
    }
    assertEquals(1, gate.through(() -> 1), "the place is free again once the holder is out");
  }

  @Test
  void aStepThatFailsGivesItsPlaceBack() {
    StepGate gate = new StepGate("test steps", 1, Duration.ZERO);
    assertThrows(
        IllegalStateException.class,
        () ->
            gate.through(
                () -> {
                  throw new IllegalStateException("rolled back");
                }));
    assertEquals(0, gate.inside());
    assertEquals("next", gate.through(() -> "next"), "the next step gets in at once");
  }

  @Test
  void aGateWithoutPlacesIsRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> new StepGate("test steps", 0, Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () -> new StepGate("test steps", 1, Duration.ofSeconds(-1)));
  }
}
