package dk.samtalenotat.users;

import dk.samtalenotat.tenant.AppUser;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule of the inactivity sweep, as plain code over an {@link EntityManager}: a user is
 * deactivated when they are active and have neither signed on nor been reactivated since the cutoff
 * ({@link AppUser#inactiveSince}), except a municipality's last active administrator, who is kept
 * (and logged) so that someone can still reactivate the others. Works in batches in id order, each
 * continuing after the last id of the one before, so that kept users do not fill every batch.
 */
public final class InactivitySweep {

  private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

  /**
   * What one batch did.
   *
   * @param lastId the highest user id looked at; the next batch starts after it
   * @param looked how many users the batch looked at (0 when the sweep is done)
   */
  public record Step(
      List<AppUser> deactivated, List<AppUser> keptAsLastAdministrator, long lastId, int looked) {}

  private InactivitySweep() {}

  /**
   * The cutoff for a period such as {@code P90D} before now, counted in Danish calendar days.
   *
   * @throws IllegalStateException naming the key when the period is not a positive ISO-8601 period
   */
  static Instant cutoff(Instant now, String inactiveAfter) {
    Period period;
    try {
      period = Period.parse(inactiveAfter.strip());
    } catch (DateTimeParseException | NullPointerException e) {
      throw new IllegalStateException(
          "samtalenotat.users.inactive-after must be a period such as P90D, is: " + inactiveAfter);
    }
    if (period.isZero() || period.isNegative()) {
      throw new IllegalStateException(
          "samtalenotat.users.inactive-after must be positive, is: " + inactiveAfter);
    }
    return ZonedDateTime.ofInstant(now, DENMARK).minus(period).toInstant();
  }

  /**
   * Deactivates the next batch of users away since before {@code cutoff}, after {@code afterId}.
   */
  static Step step(EntityManager em, Instant now, Instant cutoff, long afterId, int batch) {
    List<AppUser> candidates =
        em.createQuery(
                "select u from AppUser u join fetch u.tenant where u.active = true"
                    + " and u.lastSeenAt < :cutoff"
                    + " and (u.reactivatedAt is null or u.reactivatedAt < :cutoff)"
                    + " and u.id > :after order by u.id",
                AppUser.class)
            .setParameter("cutoff", cutoff)
            .setParameter("after", afterId)
            .setMaxResults(batch)
            .getResultList();
    List<AppUser> deactivated = new ArrayList<>();
    List<AppUser> kept = new ArrayList<>();
    long last = afterId;
    for (AppUser u : candidates) {
      last = u.getId();
      if (!u.inactiveSince(cutoff)) {
        continue;
      }
      if (u.isAdministrator() && otherActiveAdministrators(em, u) == 0) {
        kept.add(u);
        continue;
      }
      u.deactivate(now, "system", AppUser.Deactivation.INACTIVITY);
      // Seen by the count of the next administrator in this batch.
      em.flush();
      deactivated.add(u);
    }
    return new Step(deactivated, kept, last, candidates.size());
  }

  private static long otherActiveAdministrators(EntityManager em, AppUser u) {
    return em.createQuery(
            "select count(o) from AppUser o where o.tenant = :tenant and o.active = true"
                + " and o.administrator = true and o.id <> :id",
            Long.class)
        .setParameter("tenant", u.getTenant())
        .setParameter("id", u.getId())
        .getSingleResult();
  }
}
