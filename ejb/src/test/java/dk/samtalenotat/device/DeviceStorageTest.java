package dk.samtalenotat.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.persistence.TestDatabase;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The device mapping against the real migrations, and what the database holds of a token: its hash,
 * never the token itself.
 */
class DeviceStorageTest {

  private final TestDatabase db = new TestDatabase();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theDatabaseHoldsTheHashAndTheDeviceIsFoundByIt() throws Exception {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    String token =
        db.inTransaction(
            em -> {
              Tenant t = new Tenant("11111111", "Demo Kommune");
              em.persist(t);
              AppUser mette = new AppUser(t, "mette", "Mette Sørensen", "Team Job");
              mette.caseworker(true);
              em.persist(mette);
              var issued = DeviceCredential.issue(mette, "Diktafon", Duration.ofDays(365), now);
              em.persist(issued.device());
              return issued.token();
            });

    String dump = db.dump();
    assertFalse(dump.contains(token), "the token is not stored");
    assertTrue(dump.contains(DeviceToken.hash(token)), "its hash is");

    db.run(
        em -> {
          DeviceCredential d =
              em.createQuery(
                      "select d from DeviceCredential d where d.tokenHash = :h",
                      DeviceCredential.class)
                  .setParameter("h", DeviceToken.hash(token))
                  .getSingleResult();
          assertEquals("Diktafon", d.getName());
          assertEquals("mette", d.getOwner().getUserKey());
          assertTrue(d.accepts(token, now.plusSeconds(1)));
          assertTrue(d.revoke(d.getOwner(), now.plusSeconds(2)));
        });
    db.run(
        em -> {
          DeviceCredential d =
              em.createQuery("select d from DeviceCredential d", DeviceCredential.class)
                  .getSingleResult();
          assertEquals(DeviceStatus.REVOKED, d.status(now.plusSeconds(3)));
          assertEquals("mette", d.getRevokedBy().getUserKey());
        });
  }
}
