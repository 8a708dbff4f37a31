package dk.samtalenotat.readiness;

import static dk.samtalenotat.testing.EngineFakes.draft;
import static dk.samtalenotat.testing.EngineFakes.speech;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.health.Outcome;
import dk.samtalenotat.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The case-system and engine probes, with the network answered by the test. */
class ProbesOfTheNodeTest {

  private static final Set<String> DOWN_HOSTS = Set.of("momentum.fjerde.dk", "llm.example.dk");

  private final Reachability reachability =
      new Reachability(
          Clock.systemUTC(),
          Duration.ZERO,
          Duration.ofSeconds(1),
          (address, timeout) -> {
            if (DOWN_HOSTS.contains(address.getHostString())) {
              throw new java.net.ConnectException("refused");
            }
          });

  @Test
  void oneUnreachableCaseSystemDegradesTheCheckAndNamesItsMunicipality() {
    Map<String, Optional<String>> endpoints =
        Map.of(
            "29189897", Optional.of("sbsys https://sbsys.demo.dk/api"),
            "44444445", Optional.of("momentum https://momentum.fjerde.dk/api"),
            "55555556", Optional.empty());
    CaseSystemsProbe probe =
        new CaseSystemsProbe(
            () -> List.of("29189897", "44444445", "55555556"),
            endpoints::get,
            endpoint -> false,
            reachability);

    Outcome outcome = probe.check();
    assertEquals(Outcome.Status.DEGRADED, outcome.status());
    assertTrue(outcome.ready());
    assertEquals(
        Map.of("29189897 sbsys", "reachable", "44444445 momentum", "unreachable"),
        outcome.data(),
        "a municipality without a case system is not a part");
  }

  @Test
  void anOpenBreakerOrWrongSettingsDegradeWithoutAConnection() {
    AtomicInteger connections = new AtomicInteger();
    Reachability counting =
        new Reachability(
            Clock.systemUTC(),
            Duration.ZERO,
            Duration.ofSeconds(1),
            (a, t) -> connections.incrementAndGet());
    CaseSystemsProbe probe =
        new CaseSystemsProbe(
            () -> List.of("29189897", "44444445"),
            cvr -> {
              if (cvr.equals("44444445")) {
                throw new IllegalArgumentException("samtalenotat.journal.tenant.44444445.url");
              }
              return Optional.of("sbsys https://sbsys.demo.dk/api");
            },
            endpoint -> true,
            counting);

    Outcome outcome = probe.check();
    assertEquals(Outcome.Status.DEGRADED, outcome.status());
    assertEquals(
        Map.of("29189897 sbsys", "circuit open", "44444445", "misconfigured"), outcome.data());
    assertEquals(0, connections.get());
  }

  @Test
  void noCaseSystemsAtAllIsUp() {
    CaseSystemsProbe probe =
        new CaseSystemsProbe(List::of, cvr -> Optional.empty(), e -> false, reachability);
    assertEquals(Outcome.Status.UP, probe.check().status());
  }

  @Test
  void enginesLocalOrNoneAreUpAndAnUnreachableRemoteOneIsDegraded() {
    Outcome local =
        new EnginesProbe(speech("none", false, null), draft("offline", null), reachability).check();
    assertEquals(Outcome.Status.UP, local.status());
    assertEquals(Map.of("speech none", "none configured", "draft offline", "local"), local.data());

    Outcome remote =
        new EnginesProbe(
                speech("openai-http", true, "https://speech.example.dk/v1"),
                draft("openai-chat", "https://llm.example.dk/v1"),
                reachability)
            .check();
    assertEquals(Outcome.Status.DEGRADED, remote.status());
    assertEquals(
        Map.of("speech openai-http", "reachable", "draft openai-chat", "unreachable"),
        remote.data());

    Outcome misconfigured =
        new EnginesProbe(speech("misconfigured", false, null), draft("offline", null), reachability)
            .check();
    assertEquals(Outcome.Status.DEGRADED, misconfigured.status());
    assertEquals("unavailable", misconfigured.data().get("speech misconfigured"));
  }

  @Test
  void theDatabaseIsUpWhenAConnectionIsValidAndDownWithItsSqlStateWhenNone() {
    org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
    h2.setURL("jdbc:h2:mem:readiness");
    Outcome up = new DatabaseProbe(h2).check();
    assertEquals(Outcome.Status.UP, up.status());
    assertEquals("H2", up.data().get("database"));

    javax.sql.DataSource away =
        (javax.sql.DataSource)
            java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {javax.sql.DataSource.class},
                (proxy, method, args) -> {
                  throw new java.sql.SQLTransientConnectionException(
                      "Connection refused: db.internal:5432", "08001");
                });
    Outcome down = new DatabaseProbe(away).check();
    assertEquals(Outcome.Status.DOWN, down.status());
    assertEquals(Map.of("reason", "no connection (SQL state 08001)"), down.data());
  }

  @Test
  void anOutcomeIsReusedForTheGivenTimeThenAskedAgain() {
    MutableClock clock = new MutableClock(Instant.parse("2026-12-04T08:00:00Z"));
    AtomicInteger asked = new AtomicInteger();
    Remembered remembered =
        new Remembered(
            () -> Outcome.up(Map.of("n", String.valueOf(asked.incrementAndGet()))),
            clock,
            Duration.ofSeconds(5));
    remembered.check();
    clock.advance(Duration.ofSeconds(4));
    assertEquals("1", remembered.check().data().get("n"));
    clock.advance(Duration.ofSeconds(2));
    assertEquals("2", remembered.check().data().get("n"));
  }
}
