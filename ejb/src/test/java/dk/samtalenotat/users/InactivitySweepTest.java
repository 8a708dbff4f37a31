package dk.samtalenotat.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.persistence.TestDatabase;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.Tenant;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The inactivity rule: who is deactivated after the configured period without sign-on, in batches,
 * against the real migrations.
 */
class InactivitySweepTest {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
  private static final Instant CUTOFF = InactivitySweep.cutoff(NOW, "P90D");

  private final TestDatabase db = new TestDatabase();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theCutoffIsThePeriodBeforeNowInDanishDays() {
    Instant now = Instant.parse("2026-06-30T10:00:00Z");
    assertEquals(Instant.parse("2026-04-01T10:00:00Z"), InactivitySweep.cutoff(now, "P90D"));
    assertEquals(Instant.parse("2026-05-30T10:00:00Z"), InactivitySweep.cutoff(now, " P1M "));
    for (String bad : new String[] {"90", "P0D", "-P1D", "PT24H", null}) {
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> InactivitySweep.cutoff(now, bad));
      assertTrue(e.getMessage().contains("samtalenotat.users.inactive-after"), e.getMessage());
    }
  }

  @Test
  void aUserAwaySinceBeforeTheCutoffIsInactiveUnlessReactivatedSince() {
    Tenant t = new Tenant("11111111", "Demo Kommune");
    AppUser u = new AppUser(t, "u", "U", null);
    Instant later = Instant.now().plus(Duration.ofDays(100));
    assertFalse(u.inactiveSince(Instant.now().minusSeconds(60)), "just seen");
    assertTrue(u.inactiveSince(later), "not seen since");
    u.deactivate(Instant.now(), "admin", AppUser.Deactivation.ADMINISTRATOR);
    assertFalse(u.inactiveSince(later), "already deactivated: nothing to do");
    u.reactivate(later.plusSeconds(1));
    assertFalse(u.inactiveSince(later), "reactivated after the cutoff: the period starts again");
    assertTrue(u.inactiveSince(later.plusSeconds(2)));
  }

  @Test
  void theSweepDeactivatesTheAbsentAndKeepsEachMunicipalitysLastAdministrator() {
    Map<String, Long> ids = new HashMap<>();
    db.run(
        em -> {
          Tenant a = new Tenant("11111111", "Demo Kommune");
          Tenant b = new Tenant("22222222", "Anden Kommune");
          em.persist(a);
          em.persist(b);
          user(em, ids, a, "away", false, 100);
          user(em, ids, a, "recent", false, 10);
          user(em, ids, a, "adminAway1", true, 120);
          user(em, ids, a, "adminAway2", true, 200);
          user(em, ids, b, "adminAway", true, 95);
          user(em, ids, b, "adminHere", true, 1);
          AppUser back = user(em, ids, b, "back", false, 150);
          back.deactivate(
              NOW.minus(Duration.ofDays(30)), "admin", AppUser.Deactivation.ADMINISTRATOR);
          back.reactivate(NOW.minus(Duration.ofDays(5)));
          AppUser gone = user(em, ids, b, "gone", false, 300);
          gone.deactivate(
              NOW.minus(Duration.ofDays(200)), "admin", AppUser.Deactivation.ADMINISTRATOR);
        });

    List<String> deactivated = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    long after = 0;
    int batches = 0;
    while (true) {
      long from = after;
      InactivitySweep.Step step =
          db.inTransaction(em -> InactivitySweep.step(em, NOW, CUTOFF, from, 2));
      if (step.looked() == 0) {
        break;
      }
      batches++;
      step.deactivated().forEach(u -> deactivated.add(u.getUserKey()));
      step.keptAsLastAdministrator().forEach(u -> kept.add(u.getUserKey()));
      after = step.lastId();
    }
    assertEquals(List.of("away", "adminAway1", "adminAway"), deactivated);
    assertEquals(List.of("adminAway2"), kept, "the municipality's last active administrator");
    assertEquals(2, batches, "four candidates in batches of two");

    Map<String, Boolean> active =
        db.inTransaction(
            em ->
                em.createQuery("select u from AppUser u", AppUser.class)
                    .getResultStream()
                    .collect(Collectors.toMap(AppUser::getUserKey, AppUser::isActive)));
    assertEquals(
        Map.of(
            "away", false,
            "recent", true,
            "adminAway1", false,
            "adminAway2", true,
            "adminAway", false,
            "adminHere", true,
            "back", true,
            "gone", false),
        active);
    db.run(
        em -> {
          AppUser away =
              em.createQuery("select u from AppUser u where u.userKey = 'away'", AppUser.class)
                  .getSingleResult();
          assertEquals(AppUser.Deactivation.INACTIVITY, away.getDeactivationReason());
          assertEquals("system", away.getDeactivatedBy());
          assertEquals(NOW, away.getDeactivatedAt());
        });

    // Run again: nobody left to do.
    InactivitySweep.Step again =
        db.inTransaction(em -> InactivitySweep.step(em, NOW, CUTOFF, 0, 50));
    assertTrue(again.deactivated().isEmpty());
  }

  private static AppUser user(
      EntityManager em, Map<String, Long> ids, Tenant t, String key, boolean admin, int daysAway) {
    AppUser u = new AppUser(t, key, key, null);
    u.administrator(admin);
    em.persist(u);
    em.flush();
    em.createQuery("update AppUser u set u.lastSeenAt = :t where u.id = :id")
        .setParameter("t", NOW.minus(Duration.ofDays(daysAway)))
        .setParameter("id", u.getId())
        .executeUpdate();
    ids.put(key, u.getId());
    return u;
  }
}
