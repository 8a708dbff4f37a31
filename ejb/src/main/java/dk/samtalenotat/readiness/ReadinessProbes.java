package dk.samtalenotat.readiness;

import dk.samtalenotat.crypto.KeyEncryptionKeys;
import dk.samtalenotat.draft.DraftGenerator;
import dk.samtalenotat.health.Outcome;
import dk.samtalenotat.health.Probe;
import dk.samtalenotat.health.Probes;
import dk.samtalenotat.journal.CaseSystems;
import dk.samtalenotat.journal.CircuitBreaker;
import dk.samtalenotat.journal.CircuitBreakers;
import dk.samtalenotat.journal.Journal;
import dk.samtalenotat.tenant.Tenant;
import dk.samtalenotat.transcript.SpeechToText;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Registers the node's readiness probes when the application has started and takes them away when
 * it stops, so that a node is ready only while the application runs. Each probe answers from what
 * it saw in the last few seconds at most ({@link Remembered}); remote systems are asked by a TCP
 * connection at most every 30 seconds ({@link Reachability}).
 */
@Singleton
@Startup
public class ReadinessProbes {

  /** How long an outcome is reused: the balancer's polling costs one check per interval. */
  static final Duration REMEMBER = Duration.ofSeconds(5);

  /** How long a remote system's connection may take. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

  /**
   * How long a remote system's answer to a connection is reused: how often each node connects to
   * each case system and engine at most.
   */
  @Inject
  @ConfigProperty(name = "samtalenotat.health.remote-interval", defaultValue = "PT30S")
  private Duration remoteInterval;

  @Inject private Probes probes;

  @Resource(lookup = "java:jboss/datasources/SamtalenotatDS")
  private DataSource dataSource;

  /** The broker's plain (not transactional) factory: a check sends nothing. */
  @Resource(lookup = "java:/ConnectionFactory")
  private ConnectionFactory connectionFactory;

  @Resource(lookup = "java:/jms/queue/samtalenotat/Transcription")
  private Queue transcription;

  @PersistenceContext private EntityManager em;

  @Inject private KeyEncryptionKeys keys;
  @Inject private CaseSystems caseSystems;
  @Inject private CircuitBreakers breakers;
  @Inject private SpeechToText speech;
  @Inject private DraftGenerator draft;

  @PostConstruct
  void register() {
    Clock clock = Clock.systemUTC();
    Reachability reachability = new Reachability(clock, remoteInterval, CONNECT_TIMEOUT);
    register(Probes.DATABASE, new DatabaseProbe(dataSource), clock);
    register(Probes.MESSAGING, this::messaging, clock);
    register(Probes.KEY_STORE, this::keyStore, clock);
    register(Probes.ENGINES, new EnginesProbe(speech, draft, reachability), clock);
    register(
        Probes.CASE_SYSTEMS,
        new CaseSystemsProbe(
            this::activeMunicipalities,
            cvr -> caseSystems.journal(cvr).map(Journal::endpoint),
            endpoint -> breakers.of(endpoint).state() == CircuitBreaker.State.OPEN,
            reachability),
        clock);
  }

  @PreDestroy
  void unregister() {
    for (String name : Probes.ALL) {
      probes.unregister(name);
    }
  }

  private void register(String name, Probe probe, Clock clock) {
    probes.register(name, new Remembered(probe, clock, REMEMBER));
  }

  /** A connection to the broker, and a look at the pipeline's first queue. */
  private Outcome messaging() {
    try (JMSContext context = connectionFactory.createContext();
        QueueBrowser browser = context.createBrowser(transcription)) {
      boolean waiting = browser.getEnumeration().hasMoreElements();
      return Outcome.up(Map.of("transcription-jobs-waiting", String.valueOf(waiting)));
    } catch (jakarta.jms.JMSException | jakarta.jms.JMSRuntimeException e) {
      return Outcome.down(Map.of("reason", "broker not available"));
    }
  }

  private Outcome keyStore() {
    try {
      keys.checkReadable();
      return Outcome.up(Map.of());
    } catch (RuntimeException e) {
      return Outcome.down(Map.of("reason", "key store cannot be opened"));
    }
  }

  /** The municipalities that are served now (not suspended or offboarded). */
  private List<String> activeMunicipalities() {
    return em.createQuery(
            "select t.cvr from Tenant t where t.status = :status and t.kind = :kind order by t.cvr",
            String.class)
        .setParameter("status", Tenant.Status.ACTIVE)
        .setParameter("kind", Tenant.Kind.MUNICIPALITY)
        .getResultList();
  }
}
