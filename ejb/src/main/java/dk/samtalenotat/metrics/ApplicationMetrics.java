package dk.samtalenotat.metrics;

import dk.samtalenotat.conversation.ConversationState;
import dk.samtalenotat.journal.OutboxEntry;
import dk.samtalenotat.recording.AudioUpload;
import dk.samtalenotat.retention.RetentionBatches;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's meters. Counters and timers are recorded where the work happens (sign-on
 * events, pipeline steps); the gauges of what waits (pipeline jobs and the age of the oldest, the
 * journal outbox per case system and status) are counted from the database every 15 seconds on each
 * node, so a scrape never queries the database and every node reports the cluster's backlog alike.
 * Without WildFly's Micrometer subsystem the meters go to a registry nobody reads.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ApplicationMetrics {

  /** The pipeline's steps, by the state a conversation waits in while its job runs. */
  static final Map<String, ConversationState> STEPS =
      Map.of(
          "transcription", ConversationState.TRANSCRIBING, "drafting", ConversationState.DRAFTING);

  private static final Logger LOG = Logger.getLogger(ApplicationMetrics.class.getName());

  /** The most objects per rule and municipality a count of overdue deletions reads. */
  static final int OVERDUE_LIMIT = 1000;

  @Inject private Instance<MeterRegistry> registries;
  @PersistenceContext private EntityManager em;
  @Inject private RetentionBatches retention;

  /**
   * How long after its due time an object still held counts as overdue: longer than the sweep's
   * interval and a batch's work, so that a healthy installation shows 0.
   */
  @Inject
  @ConfigProperty(name = "samtalenotat.metrics.retention-overdue-after", defaultValue = "PT1H")
  Duration overdueAfter;

  private static final Duration OVERDUE_INTERVAL = Duration.ofMinutes(5);

  private MeterRegistry registry;
  private volatile Instant nextOverdueCount = Instant.MIN;
  private final Map<String, AtomicLong> gauges = new ConcurrentHashMap<>();

  /** Meters that nobody reads: for code run outside the server (tests). */
  public static ApplicationMetrics unserved() {
    return on(new SimpleMeterRegistry());
  }

  /** Meters in the given registry, for code run outside the server that reads them (tests). */
  public static ApplicationMetrics on(MeterRegistry registry) {
    ApplicationMetrics metrics = new ApplicationMetrics();
    metrics.registry = registry;
    return metrics;
  }

  @PostConstruct
  void start() {
    registry = registries.isResolvable() ? registries.get() : new SimpleMeterRegistry();
    if (!registries.isResolvable()) {
      LOG.info("no Micrometer registry from the server: the application's metrics are not served");
    }
    for (String step : STEPS.keySet()) {
      // Conversations whose job waits or runs, and the seconds since the oldest entered its step.
      gauge("samtalenotat.pipeline.jobs", "step", step);
      gauge("samtalenotat.pipeline.oldest.job.age", "step", step);
    }
    gauge("samtalenotat.recording.live.uploads");
  }

  /** Counts the database's backlog again. */
  @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
  void refresh() {
    Instant now = Instant.now();
    if (!now.isBefore(nextOverdueCount)) {
      nextOverdueCount = now.plus(OVERDUE_INTERVAL);
      countOverdue();
    }
    for (Map.Entry<String, ConversationState> step : STEPS.entrySet()) {
      Object[] row =
          em.createQuery(
                  "select count(c), min(c.stateChangedAt) from Conversation c where c.state = :s",
                  Object[].class)
              .setParameter("s", step.getValue())
              .getSingleResult();
      set("samtalenotat.pipeline.jobs", ((Number) row[0]).longValue(), "step", step.getKey());
      Instant oldest = (Instant) row[1];
      set(
          "samtalenotat.pipeline.oldest.job.age",
          oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toSeconds()),
          "step",
          step.getKey());
    }
    set(
        "samtalenotat.recording.live.uploads",
        em.createQuery("select count(u) from AudioUpload u where u.state = :open", Long.class)
            .setParameter("open", AudioUpload.State.OPEN)
            .getSingleResult());
    List<Object[]> outbox =
        em.createQuery(
                "select o.caseSystem, o.status, count(o) from OutboxEntry o"
                    + " group by o.caseSystem, o.status",
                Object[].class)
            .getResultList();
    // A status that emptied counts 0, not its last value.
    gauges.forEach(
        (key, value) -> {
          if (key.startsWith("samtalenotat.journal.outbox|")) {
            value.set(0);
          }
        });
    for (Object[] row : outbox) {
      OutboxEntry.Status status = (OutboxEntry.Status) row[1];
      String system = String.valueOf(row[0]);
      gauge(
          "samtalenotat.journal.outbox",
          "case_system",
          system,
          "status",
          status.name().toLowerCase(java.util.Locale.ROOT));
      set(
          "samtalenotat.journal.outbox",
          ((Number) row[2]).longValue(),
          "case_system",
          system,
          "status",
          status.name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  /**
   * Counts what retention should have destroyed by now and still holds, per municipality, as {@code
   * samtalenotat.retention.overdue} (at most {@value #OVERDUE_LIMIT} per rule are read): a sweep
   * that fails or a timer that no longer runs shows here before anyone asks for the evidence. Every
   * 5 minutes, since it reads what the administrator's overview reads.
   */
  private void countOverdue() {
    Instant at = Instant.now().minus(overdueAfter);
    for (RetentionBatches.TenantPolicy tenant : retention.tenants()) {
      gauge("samtalenotat.retention.overdue", "municipality", tenant.cvr());
      set(
          "samtalenotat.retention.overdue",
          retention.schedule(tenant, at, Duration.ZERO, OVERDUE_LIMIT).overdueCount(),
          "municipality",
          tenant.cvr());
    }
  }

  /**
   * A call to a case system by the journal worker, as {@code samtalenotat.journal.calls} by case
   * system, call ({@code deliver}, {@code find}) and outcome.
   */
  public void journalCall(String caseSystem, String call, String outcome) {
    registry
        .counter(
            "samtalenotat.journal.calls",
            "case_system",
            caseSystem,
            "call",
            call,
            "outcome",
            outcome)
        .increment();
  }

  /**
   * A refused sign-on message or device token, by the check that refused it (its event id, for
   * example SAML-REJ-07), counted before the security log's throttle holds any back.
   */
  public void refused(String eventId) {
    registry.counter("samtalenotat.refusals", "event", eventId).increment();
  }

  /** An engine's call in a pipeline step that may fail. */
  @FunctionalInterface
  public interface EngineCall<T, E extends Exception> {
    T call() throws E;
  }

  /**
   * Times an engine's call in a pipeline step, as {@code samtalenotat.pipeline.step} by step,
   * engine and outcome ({@code ok} or {@code error}: a failure, transient or not).
   */
  public <T, E extends Exception> T timeStep(String step, String engine, EngineCall<T, E> call)
      throws E {
    // The system clock: WildFly's registry for applications does not give its configuration.
    Timer.Sample sample = Timer.start();
    String outcome = "error";
    try {
      T result = call.call();
      outcome = "ok";
      return result;
    } finally {
      sample.stop(
          registry.timer(
              "samtalenotat.pipeline.step", "step", step, "engine", engine, "outcome", outcome));
    }
  }

  /**
   * Registers a gauge through the registry's own methods, not a meter builder: WildFly 39's
   * registry for applications hands only those to the registry it exports; a builder's meter stays
   * in the application's registry and is never scraped.
   */
  private void gauge(String name, String... tags) {
    gauges.computeIfAbsent(
        key(name, tags),
        k -> registry.gauge(name, Tags.of(tags), new AtomicLong(), AtomicLong::doubleValue));
  }

  private void set(String name, long value, String... tags) {
    AtomicLong gauge = gauges.get(key(name, tags));
    if (gauge != null) {
      gauge.set(value);
    }
  }

  private static String key(String name, String... tags) {
    return name + "|" + String.join("|", tags);
  }
}
