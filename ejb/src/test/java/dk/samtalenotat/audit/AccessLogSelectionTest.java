package dk.samtalenotat.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samtalenotat.persistence.TestDatabase;
import dk.samtalenotat.tenant.Tenant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The export's selection on a real (H2) database: one tenant, the period, the filters, in order.
 */
class AccessLogSelectionTest {

  private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");
  private static final String HASH_A = "a".repeat(64);
  private static final String HASH_B = "b".repeat(64);

  private final TestDatabase db = new TestDatabase();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void streamsOnlyTheTenantsEntriesOfThePeriodInTimeOrder() {
    Tenant[] tenants =
        db.inTransaction(
            em -> {
              Tenant mine = new Tenant("11111111", "Demo Kommune");
              Tenant other = new Tenant("22222222", "Anden Kommune");
              em.persist(mine);
              em.persist(other);
              // Inserted out of time order: the export still comes out oldest first.
              em.persist(entry(mine, JAN.plusSeconds(30), "mette", AccessAction.READ, HASH_A));
              em.persist(entry(mine, JAN.plusSeconds(10), "jonas", AccessAction.CREATE, HASH_B));
              em.persist(entry(mine, JAN.plusSeconds(20), "mette", AccessAction.CHANGE, HASH_A));
              em.persist(entry(other, JAN.plusSeconds(15), "karen", AccessAction.READ, HASH_A));
              em.persist(entry(mine, FEB, "mette", AccessAction.READ, HASH_A)); // after the period
              em.persist(entry(mine, JAN.minusSeconds(1), "mette", AccessAction.READ, HASH_A));
              return new Tenant[] {mine, other};
            });

    assertEquals(
        List.of("jonas CREATE", "mette CHANGE", "mette READ"),
        stream(tenants[0], new AccessLogQuery(JAN, FEB, null, null, null), null));
    assertEquals(
        List.of("karen READ"),
        stream(tenants[1], new AccessLogQuery(JAN, FEB, null, null, null), null));
    assertEquals(
        List.of("mette CHANGE", "mette READ"),
        stream(tenants[0], new AccessLogQuery(JAN, FEB, null, null, null), HASH_A));
    assertEquals(
        List.of("mette READ"),
        stream(tenants[0], new AccessLogQuery(JAN, FEB, null, "mette", AccessAction.READ), null));
  }

  @Test
  void theSearchPagesByIdAndTheStreamHoldsTheSameEntries() {
    Tenant tenant =
        db.inTransaction(
            em -> {
              Tenant t = new Tenant("11111111", "Demo Kommune");
              em.persist(t);
              for (int i = 0; i < 25; i++) {
                em.persist(entry(t, JAN.plusSeconds(i), "u" + i, AccessAction.READ, HASH_A));
              }
              return t;
            });
    AccessLogQuery query = new AccessLogQuery(JAN, FEB, null, null, null);
    List<Long> paged = new ArrayList<>();
    long after = 0;
    while (true) {
      long from = after;
      List<AccessRecord> page =
          db.inTransaction(
              em ->
                  AccessLogSelection.query(em, tenant, query, null, from)
                      .setMaxResults(10)
                      .getResultList());
      if (page.isEmpty()) {
        break;
      }
      page.forEach(r -> paged.add(r.id()));
      after = page.get(page.size() - 1).id();
    }
    List<Long> streamed = new ArrayList<>();
    long n =
        db.inTransaction(
            em -> AccessLogSelection.stream(em, tenant, query, null, r -> streamed.add(r.id())));
    assertEquals(25, n);
    assertEquals(paged, streamed);
  }

  private List<String> stream(Tenant tenant, AccessLogQuery query, String hash) {
    List<String> seen = new ArrayList<>();
    db.run(
        em ->
            AccessLogSelection.stream(
                em, tenant, query, hash, r -> seen.add(r.userKey() + " " + r.action())));
    return seen;
  }

  private static AccessLogEntry entry(
      Tenant t, Instant at, String user, AccessAction action, String hash) {
    return new AccessLogEntry(
        t,
        at,
        user,
        "sagsbehandler",
        action,
        AccessObject.CONVERSATION,
        1L,
        hash,
        "SAG-1",
        null,
        Purpose.CASE_DOCUMENTATION);
  }
}
