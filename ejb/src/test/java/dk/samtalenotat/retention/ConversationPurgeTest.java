package dk.samtalenotat.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.audio.AudioStore;
import dk.samtalenotat.audit.AccessLogEntry;
import dk.samtalenotat.conversation.Conversation;
import dk.samtalenotat.conversation.ConversationState;
import dk.samtalenotat.conversation.PurgedConversation;
import dk.samtalenotat.crypto.TestKeys;
import dk.samtalenotat.journal.JournalReceipt;
import dk.samtalenotat.persistence.TestDatabase;
import dk.samtalenotat.security.PersonalData;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The purge of conversation rows: when each finished conversation's row goes, that it goes with
 * everything personal, and what stays for the benefit figures and the deletion evidence.
 */
class ConversationPurgeTest {

  private static final String CPR = "0703851234";
  private static final String CITIZEN = "Ditte Brøndsted";

  @TempDir Path dir;

  private final TestDatabase db = new TestDatabase();
  private final TestKeys kek = new TestKeys();
  private final RetentionPolicy policy = new RetentionCaps(30).caps();
  private RetentionFixture life;

  @AfterEach
  void close() {
    db.close();
  }

  private RetentionFixture life() {
    if (life == null) {
      life = new RetentionFixture(db, kek, new AudioStore(dir.resolve("audio"), 1_000_000));
    }
    return life;
  }

  private long count(String jpql) {
    return db.inTransaction(em -> em.createQuery(jpql, Long.class).getSingleResult());
  }

  @Test
  void aJournalisedConversationGoesAfterItsGracePeriodAndWhatStaysIsNotPersonal() throws Exception {
    long id =
        db.inTransaction(
            em -> {
              Conversation c = life().live(em, CPR, RetentionFixture.Content.sample(true), CITIZEN);
              life().journalised(em, c, "17");
              c.measuredAtApproval(Duration.ofMinutes(25), null, 0.25);
              em.flush();
              return c.getId();
            });
    Instant now = Instant.now();
    assertEquals(
        Map.of(RetentionRule.NOTE_RECEIPT_STORED, 1),
        life().sweep(policy, now.plusSeconds(60), 50),
        "the note text goes with the receipt; the row stays for the grace period");
    assertEquals(1, count("select count(c) from Conversation c"));
    assertEquals(Map.of(), life().sweep(policy, now.plus(Duration.ofDays(29)), 50));
    assertEquals(
        Map.of(RetentionRule.CONVERSATION_PURGED, 1),
        life().sweep(policy, now.plus(Duration.ofDays(31)), 50));
    assertEquals(Map.of(), life().sweep(policy, now.plus(Duration.ofDays(32)), 50), "once");

    for (String entity :
        List.of(
            "Conversation",
            "Participant",
            "AudioRecording",
            "Transcript",
            "TranscriptSegment",
            "Draft",
            "DraftVersion",
            "OutboxEntry",
            "StoredReceipt")) {
      assertEquals(0, count("select count(x) from " + entity + " x"), entity);
    }
    PurgedConversation kept =
        db.inTransaction(
            em ->
                em.createQuery("select p from PurgedConversation p", PurgedConversation.class)
                    .getSingleResult());
    assertEquals(id, kept.getId());
    assertEquals(ConversationState.CLOSED, kept.getFinalState());
    assertNotNull(kept.getMetrics().getApprovedAt());
    assertNotNull(kept.getMetrics().getJournalisedAt());
    assertEquals(
        new JournalReceipt("sbsys", "17", "doc-17", null).caseId(), kept.receipt().caseId());
    assertEquals(64, kept.getCitizenCprHash().length(), "kept while the access log refers to it");

    // The benefit figures read the record as they read a conversation.
    List<Object[]> facts =
        db.inTransaction(
            em ->
                em.createQuery(
                        "select c.team, c.finalState, c.metrics.endedAt, c.metrics.draftChangedShare"
                            + " from PurgedConversation c",
                        Object[].class)
                    .getResultList());
    assertEquals(ConversationState.CLOSED, facts.get(0)[1]);
    assertNotNull(facts.get(0)[2]);
    assertEquals(0.25, facts.get(0)[3]);

    DeletionEvidence purge =
        db.inTransaction(
            em ->
                em.createQuery(
                        "select e from DeletionEvidence e where e.objectType = :t",
                        DeletionEvidence.class)
                    .setParameter("t", ObjectType.CONVERSATION)
                    .getSingleResult());
    assertEquals(RetentionRule.CONVERSATION_PURGED, purge.getRule());
    assertEquals(id, purge.getConversationId());
    assertEquals(64, purge.getCiphertextSha256().length());
    assertEquals(
        4,
        count("select count(e) from DeletionEvidence e where e.conversationId = " + id),
        "audio, transcript, note version, the row: the evidence outlives the row");
    assertEquals(
        1,
        count(
            "select count(a) from AccessLogEntry a where a.action ="
                + " dk.samtalenotat.audit.AccessAction.DELETE and a.objectType ="
                + " dk.samtalenotat.audit.AccessObject.CONVERSATION"));

    String dump = ShreddingProofTest.dump(db.dataSource());
    assertFalse(PersonalData.mentions(dump, "Brøndsted"));
    assertFalse(dump.contains(CPR));
    assertFalse(PersonalData.mentions(dump, "Vestas"));
  }

  @Test
  void expiredAndDeclinedConversationsGoAfterTheGracePeriodAndLiveOnesNever() {
    db.run(
        em -> {
          life().drafted(em, "1206921357", RetentionFixture.Content.sample(false));
          life().declined(em, "2408771592", "Ønsker ikke optagelse", CITIZEN);
        });
    Instant now = Instant.now();
    RetentionPolicy longest = new RetentionCaps(30, "P90D").caps();
    assertEquals(
        Map.of(RetentionRule.EXPIRED_UNAPPROVED, 1),
        life().sweep(longest, now.plus(Duration.ofDays(31)), 50),
        "expired; both rows in their grace period, the longest an installation may set");
    assertEquals(Map.of(), life().sweep(longest, now.plus(Duration.ofDays(89)), 50));
    assertEquals(2, count("select count(c) from Conversation c"));
    assertEquals(
        Map.of(RetentionRule.CONVERSATION_PURGED, 2),
        life().sweep(longest, now.plus(Duration.ofDays(91)), 50));
    assertEquals(0, count("select count(c) from Conversation c"));
    assertThrows(IllegalStateException.class, () -> new RetentionCaps(30, "P91D"));
    assertThrows(IllegalStateException.class, () -> new RetentionCaps(30, "30 days"));
    assertEquals(
        List.of(ConversationState.EXPIRED, ConversationState.DECLINED),
        db.inTransaction(
            em ->
                em.createQuery(
                        "select p.finalState from PurgedConversation p order by p.id",
                        ConversationState.class)
                    .getResultList()));
  }

  @Test
  void anApprovedNoteNeverJournalisedGoesOnceItsTextIsGoneAndTheGracePeriodPassed() {
    db.run(em -> life().live(em, CPR, RetentionFixture.Content.sample(true)));
    Instant now = Instant.now();
    assertEquals(
        Map.of(RetentionRule.NOTE_CAP, 1), life().sweep(policy, now.plus(Duration.ofDays(31)), 50));
    assertEquals(Map.of(), life().sweep(policy, now.plus(Duration.ofDays(59)), 50));
    assertEquals(
        Map.of(RetentionRule.CONVERSATION_PURGED, 1),
        life().sweep(policy, now.plus(Duration.ofDays(61)), 50));
  }

  @Test
  void aConversationStillHoldingContentIsNotPurgedAndAPurgeHappensOnce() {
    long id =
        db.inTransaction(
            em ->
                life()
                    .drafted(em, CPR, RetentionFixture.Content.sample(false))
                    .getConversation()
                    .getId());
    int version =
        db.inTransaction(
            em ->
                em.find(Conversation.class, id).getState() == ConversationState.DRAFT_READY
                    ? 0
                    : 1);
    Instant now = Instant.now();
    int versionRead =
        db.inTransaction(
            em ->
                em.createQuery("select c.version from Conversation c", Integer.class)
                    .getSingleResult());
    assertEquals(0, version);
    assertEquals(
        0,
        (int)
            db.inTransaction(
                em ->
                    new Shredder(em, null)
                        .purge(
                            List.of(new Shredder.Purge(id, versionRead, now)), Actor.TIMER, now)),
        "it still holds its audio, transcript and draft");
    assertEquals(1, count("select count(c) from Conversation c"));
  }

  @Test
  void theCitizensHashIsForgottenWithTheAccessLogThatReferredToIt() {
    db.run(em -> life().declined(em, CPR, null));
    Instant purged = Instant.now().plus(Duration.ofDays(31));
    life().sweep(policy, purged, 50);
    assertEquals(
        0,
        (int)
            db.inTransaction(
                em -> PurgedConversation.forgetCitizensPurgedBefore(em, purged.minusSeconds(60))));
    assertEquals(
        1,
        (int)
            db.inTransaction(
                em -> PurgedConversation.forgetCitizensPurgedBefore(em, purged.plusSeconds(60))));
    assertNull(
        db.inTransaction(
            em ->
                em.createQuery("select p.citizenCprHash from PurgedConversation p", String.class)
                    .getSingleResult()));
    assertTrue(count("select count(a) from AccessLogEntry a") > 0);
    assertEquals(
        0,
        db
            .inTransaction(
                em ->
                    em.createQuery("select a from AccessLogEntry a", AccessLogEntry.class)
                        .getResultList())
            .stream()
            .filter(a -> a.getCitizenCprHash() == null)
            .count(),
        "the access log keeps its own references until its retention deletes them");
  }
}
