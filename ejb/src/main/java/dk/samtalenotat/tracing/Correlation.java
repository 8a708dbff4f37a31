package dk.samtalenotat.tracing;

import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The correlation id of the work a thread does: taken from the HTTP request (header {@value
 * #HEADER}, or made new), carried on the pipeline's JMS messages (property {@value #PROPERTY}) and
 * the journal outbox, sent to the speech and draft engines and the case systems in the same header,
 * and written in every log line (MDC key {@value #MDC_KEY}, shown by the text and the JSON format).
 * One id follows a caseworker's action through every node and system it reaches, so operations can
 * find all of it in the logs of the nodes, the engines and the case system.
 *
 * <p>An id is never personal data: one made here is a random UUID, and one received is accepted
 * only when it is a short token of letters, digits and {@code -_.:} (anything else, which might
 * carry text a client typed, is replaced by a new one).
 */
public final class Correlation {

  public static final String HEADER = "X-Correlation-ID";
  public static final String PROPERTY = "samtalenotatCorrelationId";
  public static final String MDC_KEY = "correlationId";

  private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{8,64}");
  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private Correlation() {}

  /** The thread's id, or null outside any traced work. */
  public static String current() {
    return CURRENT.get();
  }

  /** A received id if it is acceptable, else a new one. */
  public static String acceptOrNew(String received) {
    return received != null && ACCEPTED.matcher(received).matches() ? received : newId();
  }

  public static String newId() {
    return UUID.randomUUID().toString();
  }

  /**
   * Runs {@code work} under {@code id} (a new id if null or unacceptable), and restores what the
   * thread had before: pooled threads never carry an id into the next work.
   */
  public static <T> T with(String id, Supplier<T> work) {
    try (Scope ignored = open(id)) {
      return work.get();
    }
  }

  /** Sets the thread's id until the scope is closed, then restores the one before. */
  public static Scope open(String id) {
    String before = CURRENT.get();
    String now = acceptOrNew(id);
    set(now);
    return new Scope(now, before);
  }

  private static void set(String id) {
    if (id == null) {
      CURRENT.remove();
      MDC.remove(MDC_KEY);
    } else {
      CURRENT.set(id);
      MDC.put(MDC_KEY, id);
    }
  }

  /** An id in force on this thread until closed. */
  public static final class Scope implements AutoCloseable {
    private final String id;
    private final String before;

    private Scope(String id, String before) {
      this.id = id;
      this.before = before;
    }

    public String id() {
      return id;
    }

    @Override
    public void close() {
      set(before);
    }
  }
}
