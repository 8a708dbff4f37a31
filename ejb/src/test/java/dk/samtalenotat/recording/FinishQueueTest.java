package dk.samtalenotat.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.tracing.Correlation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The finishes' queue: how many run at once, a full queue, failures and the caller's context. */
class FinishQueueTest {

  private final List<FinishQueue> opened = new ArrayList<>();
  private final AtomicInteger wrapped = new AtomicInteger();

  private FinishQueue queue(int joins, int waiting) {
    FinishQueue q = new FinishQueue();
    q.joins = joins;
    q.queue = waiting;
    q.answerWithin = Duration.ofMinutes(2);
    q.open(
        Executors.defaultThreadFactory(),
        finish -> {
          // The container's context service: the caller's identity around the finish.
          wrapped.incrementAndGet();
          return finish;
        });
    opened.add(q);
    return q;
  }

  @AfterEach
  void close() {
    opened.forEach(FinishQueue::close);
  }

  @Test
  void noMoreThanTheGivenNumberRunAtOnceAndAllRunInTheEnd() throws Exception {
    FinishQueue q = queue(2, 100);
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<Integer>> finishes = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      int n = i;
      finishes.add(
          q.submit(
                  "finish " + n,
                  () -> {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    try {
                      go.await(10, TimeUnit.SECONDS);
                      Thread.sleep(5);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    } finally {
                      inside.decrementAndGet();
                    }
                    return n;
                  })
              .toCompletableFuture());
    }
    go.countDown();
    for (int i = 0; i < finishes.size(); i++) {
      assertEquals(i, finishes.get(i).get(10, TimeUnit.SECONDS));
    }
    assertEquals(2, most.get(), "two at once, never more");
    assertEquals(12, wrapped.get(), "every finish runs in the caller's context");
  }

  @Test
  void aFinishBeyondAFullQueueIsRefusedAsBusyAndNothingOfItRuns() throws Exception {
    FinishQueue q = queue(1, 1);
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch go = new CountDownLatch(1);
    AtomicInteger ran = new AtomicInteger();
    Supplier<String> blocking =
        () -> {
          running.countDown();
          try {
            go.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          ran.incrementAndGet();
          return "first";
        };
    CompletableFuture<String> first = q.submit("first", blocking).toCompletableFuture();
    assertTrue(running.await(10, TimeUnit.SECONDS));
    CompletableFuture<String> second =
        q.submit(
                "second",
                () -> {
                  ran.incrementAndGet();
                  return "second";
                })
            .toCompletableFuture();
    ChunkRejectedException busy =
        assertThrows(
            ChunkRejectedException.class,
            () ->
                q.submit(
                    "finish of upload u3",
                    () -> {
                      ran.incrementAndGet();
                      return "third";
                    }));
    assertEquals(ChunkRejectedException.Reason.BUSY, busy.reason());
    assertTrue(busy.getMessage().contains("finish of upload u3"), busy.getMessage());
    go.countDown();
    assertEquals("first", first.get(10, TimeUnit.SECONDS));
    assertEquals("second", second.get(10, TimeUnit.SECONDS));
    assertEquals(2, ran.get(), "the refused finish never ran");
  }

  @Test
  void aFinishsRefusalReachesTheCallerAsItWasThrown() {
    FinishQueue q = queue(1, 10);
    ChunkRejectedException gaps =
        new ChunkRejectedException(ChunkRejectedException.Reason.INCOMPLETE, "u", List.of(3));
    CompletableFuture<Object> failed =
        q.submit(
                "f",
                () -> {
                  throw gaps;
                })
            .toCompletableFuture();
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> failed.get(10, TimeUnit.SECONDS));
    assertSame(gaps, e.getCause());
  }

  @Test
  void aRefusalTheContainersProxyWrapsReachesTheCallerUnwrapped() {
    // The context service's proxy calls the finish by reflection: what it throws comes out as an
    // UndeclaredThrowableException around an InvocationTargetException.
    FinishQueue q = new FinishQueue();
    q.joins = 1;
    q.queue = 10;
    q.open(
        Executors.defaultThreadFactory(),
        finish ->
            () -> {
              try {
                return finish.get();
              } catch (RuntimeException e) {
                throw new java.lang.reflect.UndeclaredThrowableException(
                    new java.lang.reflect.InvocationTargetException(e));
              }
            });
    opened.add(q);
    UploadNotFoundException notOurs = new UploadNotFoundException("u");
    CompletableFuture<Object> failed =
        q.submit(
                "f",
                () -> {
                  throw notOurs;
                })
            .toCompletableFuture();
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> failed.get(10, TimeUnit.SECONDS));
    assertSame(notOurs, e.getCause());
  }

  @Test
  void theFinishRunsUnderTheRequestsCorrelationIdAndLeavesNoneOnTheThread() throws Exception {
    FinishQueue q = queue(1, 10);
    String id = "finish-correlation-1";
    String seen =
        Correlation.with(id, () -> q.submit("f", Correlation::current))
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
    assertEquals(id, seen);
    String after =
        q.submit("after", Correlation::current).toCompletableFuture().get(10, TimeUnit.SECONDS);
    assertTrue(
        after != null && !after.equals(id),
        "a finish asked outside any request gets an id of its own, not the earlier one's: "
            + after);
  }

  @Test
  void zeroJoinsMeansOnePerCore() {
    assertEquals(Runtime.getRuntime().availableProcessors(), queue(0, 10).running());
    assertEquals(3, queue(3, 10).running());
  }

  @Test
  void anEmptyQueueIsAConfigurationError() {
    FinishQueue q = new FinishQueue();
    q.joins = 1;
    q.queue = 0;
    assertThrows(
        IllegalArgumentException.class,
        () -> q.open(Executors.defaultThreadFactory(), finish -> finish));
  }
}
