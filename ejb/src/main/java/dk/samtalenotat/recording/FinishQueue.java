package dk.samtalenotat.recording;

import dk.samtalenotat.tracing.Correlation;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the recordings' finishes (the join of the chunks, its encryption and the ffmpeg probe, then
 * the conversation taking the recording) a few at a time on threads of their own, in the order they
 * came, while the request that asked waits without holding a thread of the web server.
 *
 * <p>Why: in the capacity benchmark the hundred recordings of a step stop within a few seconds of
 * each other, and each finish joined and probed its recording on the request's thread: up to 32 at
 * once (the web server's worker threads on two cores), the load average went from 2.6 to 12, every
 * other request waited for a worker or for the processor, and the chunks of the recordings still
 * running waited 16 s in all at their gate in those seconds (JFR, README "Capacity benchmark"). A
 * finish is not urgent the way a chunk is (the caseworker has stopped and waits for the draft,
 * which takes far longer), so the finishes queue here and the cores stay with the chunks and pages.
 *
 * <p>{@code samtalenotat.recording.finish-joins} finishes run at once (0, the default: one per core
 * the JVM sees); up to {@code samtalenotat.recording.finish-queue} (1000) wait, and a finish beyond
 * that is refused as {@link ChunkRejectedException.Reason#BUSY} (nothing done; the sender asks
 * again). Each runs under the identity of the caller who asked (the container's context service, so
 * the service's role and ownership checks are the caller's, as on the request's thread) and under
 * the request's correlation id. The request waits at most {@link #answerWithin()} ({@code
 * samtalenotat.recording.finish-wait}, 2 minutes) and is then answered that the server is busy; a
 * finish still queued runs when its turn comes, and the sender's repeat is answered as a repeat of
 * a finished upload is.
 */
@ApplicationScoped
public class FinishQueue {

  @Inject
  @ConfigProperty(name = "samtalenotat.recording.finish-joins", defaultValue = "0")
  int joins;

  @Inject
  @ConfigProperty(name = "samtalenotat.recording.finish-queue", defaultValue = "1000")
  int queue;

  @Inject
  @ConfigProperty(name = "samtalenotat.recording.finish-wait", defaultValue = "PT2M")
  Duration answerWithin;

  @Resource private ContextService context;
  @Resource private ManagedThreadFactory threads;

  private ThreadPoolExecutor executor;
  private UnaryOperator<Supplier<Object>> asCaller;

  @PostConstruct
  void open() {
    open(threads, context::contextualSupplier);
  }

  /** Opens the queue on the given threads, each finish wrapped by {@code asCaller} when asked. */
  void open(ThreadFactory factory, UnaryOperator<Supplier<Object>> asCaller) {
    int running = joins > 0 ? joins : Runtime.getRuntime().availableProcessors();
    if (queue < 1) {
      throw new IllegalArgumentException(
          "samtalenotat.recording.finish-queue: at least 1, not " + queue);
    }
    this.asCaller = asCaller;
    this.executor =
        new ThreadPoolExecutor(
            running,
            running,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(queue, true),
            factory,
            new ThreadPoolExecutor.AbortPolicy());
  }

  @PreDestroy
  void close() {
    executor.shutdown();
  }

  /**
   * Queues a finish; its result (or its exception) completes the stage on a finish thread.
   *
   * @param what the finish, for the refusal's message
   * @throws ChunkRejectedException {@link ChunkRejectedException.Reason#BUSY} when the queue is
   *     full or the server is stopping
   */
  @SuppressWarnings("unchecked")
  public <T> CompletionStage<T> submit(String what, Supplier<T> finish) {
    String correlation = Correlation.current();
    Supplier<Object> traced = () -> Correlation.with(correlation, finish);
    Supplier<Object> contextual = asCaller.apply(traced);
    Supplier<T> run =
        () -> {
          try {
            return (T) contextual.get();
          } catch (UndeclaredThrowableException e) {
            throw thrownBy(e);
          }
        };
    try {
      return CompletableFuture.supplyAsync(run, executor);
    } catch (RejectedExecutionException e) {
      throw new ChunkRejectedException(
          ChunkRejectedException.Reason.BUSY,
          what + ": " + executor.getQueue().size() + " finishes already waiting");
    }
  }

  /**
   * What the finish threw: the container's contextual proxy hands it on wrapped (the proxy's
   * handler calls the finish by reflection), and the caller answers a refusal ("no upload of the
   * caller") by what it is.
   */
  static RuntimeException thrownBy(UndeclaredThrowableException wrapped) {
    Throwable t = wrapped;
    while ((t instanceof UndeclaredThrowableException || t instanceof InvocationTargetException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof RuntimeException r) {
      return r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return wrapped;
  }

  /** How long the request waits for its finish before it is answered that the server is busy. */
  public Duration answerWithin() {
    return answerWithin;
  }

  /** How many finishes run at once. */
  int running() {
    return executor.getMaximumPoolSize();
  }
}
