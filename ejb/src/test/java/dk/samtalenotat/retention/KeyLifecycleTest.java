package dk.samtalenotat.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.samtalenotat.audio.AudioStore;
import dk.samtalenotat.conversation.Conversation;
import dk.samtalenotat.conversation.ConversationRepository;
import dk.samtalenotat.crypto.CryptoException;
import dk.samtalenotat.crypto.DataKeys;
import dk.samtalenotat.crypto.TestKeys;
import dk.samtalenotat.crypto.WrappedKey;
import dk.samtalenotat.persistence.TestDatabase;
import jakarta.ejb.ScheduleExpression;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Key rotation on its schedule: monthly by default; every data key re-wrapped; the old version
 * destroyed only once the backup retention has passed and nothing uses it; evidence for both; and a
 * backup taken before the rotation unreadable with the keys that exist afterwards.
 */
class KeyLifecycleTest {

  @TempDir Path dir;

  private final TestDatabase db = new TestDatabase();
  private final TestKeys kek = new TestKeys();
  private final DataKeys keys = kek.asDataKeys();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theScheduleIsMonthlyUnlessConfiguredAndTheBackupRetention35Days() {
    ScheduleExpression monthly =
        Schedules.parse(KeyRotationTimer.SCHEDULE_KEY, KeyRotationTimer.DEFAULT_SCHEDULE);
    assertEquals("1", monthly.getDayOfMonth(), "the first of the month");
    assertEquals("*", monthly.getMonth(), "every month");
    assertEquals("2", monthly.getHour());
    assertEquals("30", monthly.getMinute());
    IllegalStateException wrong =
        assertThrows(
            IllegalStateException.class,
            () -> Schedules.parse(KeyRotationTimer.SCHEDULE_KEY, "monthly"));
    assertEquals(true, wrong.getMessage().startsWith(KeyRotationTimer.SCHEDULE_KEY));
    assertEquals(Duration.ofDays(35), KeyRotationService.parseRetention("P35D"));
    assertEquals(Duration.ZERO, KeyRotationService.parseRetention("PT0S"));
    assertThrows(IllegalStateException.class, () -> KeyRotationService.parseRetention("35 days"));
    assertThrows(IllegalStateException.class, () -> KeyRotationService.parseRetention("-P1D"));
  }

  @Test
  void theOldVersionGoesOnlyOnceTheBackupsAreGoneAndTheBackupNeverOpensAgain() {
    RetentionFixture life =
        new RetentionFixture(db, kek, new AudioStore(dir.resolve("audio"), 1_000_000));
    long id =
        db.inTransaction(
            em ->
                life.live(
                        em,
                        "0703851234",
                        new RetentionFixture.Content(
                            ShreddingProofTest.wav(),
                            List.of("Jeg har søgt tre stillinger hos Vestas i Hammel"),
                            "Borgeren har søgt tre stillinger hos Vestas.",
                            null,
                            true),
                        "Ditte Brøndsted")
                    .getId());
    List<WrappedKey> backup =
        db.inTransaction(
            em ->
                em
                    .createQuery("select c from Conversation c", Conversation.class)
                    .getResultList()
                    .stream()
                    .map(Conversation::getWrappedKey)
                    .toList());

    KeyLifecycle keyLife = life.keys(Duration.ofDays(35));
    Instant rotated = Instant.parse("2026-04-01T00:30:00Z");
    assertEquals(2, keyLife.rotate(life.tenantId(), RetentionFixture.CVR, Actor.TIMER, rotated));
    assertEquals(
        0, (long) db.inTransaction(em -> new KeyRotation(em, keys).stillUsing(life.tenantId(), 1)));
    assertEquals(
        List.of(),
        keyLife.destroyDue(
            life.tenantId(),
            RetentionFixture.CVR,
            Actor.TIMER,
            rotated.plus(Duration.ofDays(35)).minusSeconds(1)));
    // Until then the old backup still opens: that is what the backup retention promises.
    keys.open(RetentionFixture.CVR, backup.get(0));
    assertEquals(
        List.of(1),
        keyLife.destroyDue(
            life.tenantId(), RetentionFixture.CVR, Actor.TIMER, rotated.plus(Duration.ofDays(35))));
    assertThrows(CryptoException.class, () -> keys.open(RetentionFixture.CVR, backup.get(0)));

    // What is still held reads as before, under the new version.
    db.run(
        em -> {
          Conversation c = new ConversationRepository(em, keys).find(id).orElseThrow();
          assertEquals("070385-XXXX", c.getCitizen().masked());
          assertEquals("Ditte Brøndsted", c.getParticipants().get(0).getName());
          assertEquals(2, c.getWrappedKey().kekVersion());
        });

    List<KeyVersion> versions =
        db.inTransaction(em -> new KeyRotation(em, keys).versions(life.tenantId()));
    assertEquals(2, versions.get(0).getVersion());
    assertNull(versions.get(0).getRetiredAt());
    assertEquals(rotated, versions.get(1).getRetiredAt());
    assertEquals(rotated.plus(Duration.ofDays(35)), versions.get(1).getDestroyedAt());

    List<DeletionEvidence> evidence =
        db.inTransaction(
            em ->
                em.createQuery(
                        "select e from DeletionEvidence e where e.objectType = :t order by e.id",
                        DeletionEvidence.class)
                    .setParameter("t", ObjectType.KEY_VERSION)
                    .getResultList());
    assertEquals(
        List.of(RetentionRule.KEY_ROTATED, RetentionRule.BACKUP_RETENTION),
        evidence.stream().map(DeletionEvidence::getRule).toList());
    assertNull(evidence.get(1).getConversationId(), "a key version belongs to no conversation");
    assertEquals(rotated.plus(Duration.ofDays(35)), evidence.get(1).getScheduledAt());
    assertNotNull(evidence.get(1).getCiphertextSha256());
  }

  @Test
  void aVersionADataKeyStillUsesIsKeptUntilARotationReWrapsIt() {
    RetentionFixture life =
        new RetentionFixture(db, kek, new AudioStore(dir.resolve("audio"), 1_000_000));
    db.run(em -> life.declined(em, "0703851234", null)); // its CPR key is wrapped with version 1
    Instant at = Instant.parse("2026-04-01T00:30:00Z");
    // A rotation that stopped before re-wrapping: the key store has version 2, the row still 1.
    int next = kek.rotate(RetentionFixture.CVR);
    db.run(em -> new KeyRotation(em, keys).rotated(life.tenantId(), 1, next, at, Actor.TIMER));
    KeyLifecycle keyLife = life.keys(Duration.ZERO);
    assertEquals(
        List.of(), keyLife.destroyDue(life.tenantId(), RetentionFixture.CVR, Actor.TIMER, at));
    assertEquals(
        3, keyLife.rotate(life.tenantId(), RetentionFixture.CVR, Actor.TIMER, at.plusSeconds(1)));
    assertEquals(
        List.of(1, 2),
        keyLife.destroyDue(life.tenantId(), RetentionFixture.CVR, Actor.TIMER, at.plusSeconds(2)));
  }

  @Test
  void aRotationThatStoppedBeforeItWasRecordedLeavesNoVersionBehind() {
    RetentionFixture life =
        new RetentionFixture(db, kek, new AudioStore(dir.resolve("audio"), 1_000_000));
    db.run(em -> life.declined(em, "0703851234", null));
    // The key store has version 2, but the rotation failed before it re-wrapped or recorded
    // anything (a sweep changed the same rows at once, say).
    kek.rotate(RetentionFixture.CVR);
    Instant at = Instant.parse("2026-04-01T00:30:00Z");
    KeyLifecycle keyLife = life.keys(Duration.ofDays(35));
    assertEquals(3, keyLife.rotate(life.tenantId(), RetentionFixture.CVR, Actor.TIMER, at));
    assertEquals(
        List.of(1, 2),
        keyLife.destroyDue(
            life.tenantId(), RetentionFixture.CVR, Actor.TIMER, at.plus(Duration.ofDays(35))));
  }
}
