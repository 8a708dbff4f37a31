package dk.samtalenotat.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.crypto.CryptoException;
import dk.samtalenotat.crypto.DataKeys;
import dk.samtalenotat.crypto.TestKeys;
import dk.samtalenotat.draft.Draft;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.NoteSection;
import dk.samtalenotat.persistence.TestDatabase;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.Tenant;
import dk.samtalenotat.transcript.SegmentData;
import dk.samtalenotat.transcript.Transcript;
import dk.samtalenotat.transcript.TranscriptText;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The mapping against the real migrations (Hibernate validates the schema on start), and what the
 * database holds: no CPR number, transcript or draft text in clear, while the repository hands back
 * the plaintext.
 */
class EncryptedStorageTest {

  private static final String CPR = "0703851234";
  private static final String SAID = "Jeg har søgt tre stillinger hos Vestas i Hammel";
  private static final String NOTED = "Borgeren har søgt tre stillinger hos Vestas.";

  private final TestDatabase db = new TestDatabase();
  private final TestKeys kek = new TestKeys();
  private final DataKeys keys = kek.asDataKeys();

  @AfterEach
  void close() {
    db.close();
  }

  private long[] store() {
    return db.inTransaction(
        em -> {
          Tenant t = new Tenant("11111111", "Demo Kommune");
          em.persist(t);
          AppUser mette = new AppUser(t, "mette", "Mette Sørensen", "Team Job");
          em.persist(mette);
          Conversation c =
              Conversation.register(
                  t,
                  mette,
                  SealedCpr.seal(Cpr.parse(CPR), t.getCvr(), keys, kek.hasher()),
                  "27.12.04-G01-1-26",
                  ConversationType.JOBSAMTALE,
                  ConversationForm.FREMMOEDE,
                  LocalDateTime.of(2026, 3, 12, 9, 30));
          c.addParticipant("Mette Sørensen", ParticipantRole.SAGSBEHANDLER);
          em.persist(c);
          em.persist(
              new Transcript(
                  c,
                  Transcript.Source.IMPORT,
                  "samtale.vtt",
                  List.of(
                      new SegmentData(0, 4000, "Borger", "da", SAID),
                      new SegmentData(4000, 6000, "Sagsbehandler", "da", "Godt.")),
                  keys.create(t.getCvr())));
          c.transcribed();
          c.draftingStarted();
          Draft d = new Draft(c);
          em.persist(d);
          d.addGenerated(
              1,
              "offline",
              "Borgerens situation\n" + NOTED,
              List.of(new DraftSentence(NoteSection.BORGERENS_SITUATION, NOTED, List.of(1))),
              keys.create(t.getCvr()));
          c.draftReady();
          em.flush();
          return new long[] {c.getId(), mette.getId()};
        });
  }

  @Test
  void theDatabaseHoldsNoContentInClear() throws Exception {
    store();
    String dump = db.dump();
    assertFalse(dump.contains(CPR), "CPR number in clear");
    assertFalse(dump.contains("070385-1234"), "CPR number in clear");
    assertFalse(dump.contains("Vestas"), "transcript or draft text in clear");
    assertFalse(dump.contains("stillinger"), "transcript or draft text in clear");
  }

  @Test
  void theRepositoryDecryptsWhatItReturns() {
    long[] ids = store();
    db.run(
        em -> {
          ConversationRepository repo = new ConversationRepository(em, keys);
          AppUser mette = em.find(AppUser.class, ids[1]);
          Conversation c = repo.ownedBy(ids[0], mette);
          assertEquals(Cpr.parse(CPR), c.getCitizen());
          assertEquals("070385-XXXX", repo.ofOwner(mette, null).get(0).getCitizen().masked());
          assertEquals(kek.hasher().hash("11111111", CPR), c.getCitizenCprHash());
          Transcript t = repo.transcriptOf(c).orElseThrow();
          assertEquals(SAID, t.getSegments().get(0).getText());
          Draft d = repo.draftOf(c).orElseThrow();
          assertEquals("Borgerens situation\n" + NOTED, d.current().getContent());
          assertEquals(NOTED, d.current().getSentences().get(0).getText());
          assertNotNull(d.current().getWrappedKey());
        });
  }

  /**
   * What a read-only use case loads is decrypted as always but not managed for a flush: a change to
   * it is not written, a new row is, and the session is as before afterwards.
   */
  @Test
  void readingLoadsReadOnlyAndStillWritesNewRows() {
    long[] ids = store();
    db.run(
        em -> {
          ConversationRepository repo = new ConversationRepository(em, keys);
          Session session = em.unwrap(Session.class);
          String said =
              repo.reading(
                  () -> {
                    Conversation c = repo.ownedBy(ids[0], em.find(AppUser.class, ids[1]));
                    Transcript t = repo.transcriptOf(c).orElseThrow();
                    Draft d = repo.draftOf(c).orElseThrow();
                    assertTrue(session.isReadOnly(c));
                    assertTrue(session.isReadOnly(t));
                    assertTrue(session.isReadOnly(t.getSegments().get(1)));
                    assertTrue(session.isReadOnly(d.current()));
                    assertTrue(session.isReadOnly(d.current().getSentences().get(0)));
                    assertEquals(NOTED, d.current().getSentences().get(0).getText());
                    c.notePdfDownloaded(Instant.parse("2026-03-12T10:00:00Z"));
                    em.persist(new Tenant("22222222", "Anden Kommune"));
                    return t.getSegments().get(0).getText();
                  });
          assertEquals(SAID, said);
          assertFalse(session.isDefaultReadOnly());
          assertEquals(FlushMode.AUTO, session.getHibernateFlushMode());
        });
    db.run(
        em -> {
          Conversation c = em.find(Conversation.class, ids[0]);
          assertNull(c.getNotePdfAt(), "a change to a read-only entity was written");
          assertEquals(
              1L,
              em.createQuery("select count(t) from Tenant t where t.cvr = '22222222'", Long.class)
                  .getSingleResult());
        });
  }

  @Test
  void ciphertextMovedToAnotherRowDoesNotDecrypt() throws Exception {
    long[] ids = store();
    try (Connection conn = db.dataSource().getConnection();
        Statement s = conn.createStatement()) {
      s.executeUpdate(
          "UPDATE transcript_segment SET segment_text ="
              + " (SELECT segment_text FROM transcript_segment WHERE ordinal = 1)"
              + " WHERE ordinal = 2");
    }
    db.run(
        em -> {
          ConversationRepository repo = new ConversationRepository(em, keys);
          Conversation c = repo.ownedBy(ids[0], em.find(AppUser.class, ids[1]));
          assertThrows(CryptoException.class, () -> repo.transcriptOf(c));
        });
  }

  /**
   * The review page's projection: the same texts as the entities, in ordinal order whatever order
   * the rows were stored in, and nothing left managed in the persistence context.
   */
  @Test
  void theTranscriptTextIsReadAsDecryptedValuesInOrdinalOrder() throws Exception {
    long[] ids = store();
    // Store the rows again in reverse, so their ids run against their ordinals.
    try (Connection conn = db.dataSource().getConnection();
        Statement s = conn.createStatement()) {
      s.executeUpdate(
          "CREATE TABLE segment_copy AS SELECT * FROM transcript_segment ORDER BY ordinal DESC");
      s.executeUpdate("DELETE FROM transcript_segment");
      for (int ordinal : new int[] {2, 1}) {
        s.executeUpdate(
            "INSERT INTO transcript_segment"
                + " (transcript_id, ordinal, start_ms, end_ms, speaker, lang, segment_text)"
                + " SELECT transcript_id, ordinal, start_ms, end_ms, speaker, lang, segment_text"
                + " FROM segment_copy WHERE ordinal = "
                + ordinal);
      }
      s.executeUpdate("DROP TABLE segment_copy");
    }
    db.run(
        em -> {
          ConversationRepository repo = new ConversationRepository(em, keys);
          Conversation c = repo.ownedBy(ids[0], em.find(AppUser.class, ids[1]));
          TranscriptText text = loadingNothing(em, () -> repo.transcriptTextOf(c).orElseThrow());
          assertEquals("samtale.vtt", text.origin());
          assertEquals(
              List.of(
                  new TranscriptText.Line(1, 0, "Borger", "da", SAID),
                  new TranscriptText.Line(2, 4000, "Sagsbehandler", "da", "Godt.")),
              text.segments());
        });
  }

  @Test
  void aTranscriptWithoutSegmentsShowsNone() throws Exception {
    long[] ids = store();
    execute("DELETE FROM transcript_segment");
    withConversation(
        ids,
        (repo, c) -> {
          TranscriptText text = repo.transcriptTextOf(c).orElseThrow();
          assertEquals("samtale.vtt", text.origin());
          assertTrue(text.segments().isEmpty());
        });
  }

  @Test
  void aTranscriptClaimedForDestructionShowsNoSegment() throws Exception {
    long[] other = store();
    try (Connection conn = db.dataSource().getConnection();
        Statement s = conn.createStatement()) {
      s.executeUpdate("UPDATE transcript SET destroyed_at = CURRENT_TIMESTAMP");
    }
    db.run(
        em -> {
          ConversationRepository repo = new ConversationRepository(em, keys);
          Conversation c = repo.ownedBy(other[0], em.find(AppUser.class, other[1]));
          assertTrue(repo.transcriptTextOf(c).orElseThrow().segments().isEmpty());
        });
  }

  @Test
  void aConversationWithoutTranscriptHasNoTranscriptText() {
    long[] ids = store();
    db.run(
        em -> {
          ConversationRepository repo = new ConversationRepository(em, keys);
          AppUser mette = em.find(AppUser.class, ids[1]);
          Conversation bare =
              Conversation.register(
                  mette.getTenant(),
                  mette,
                  SealedCpr.seal(Cpr.parse(CPR), "11111111", keys, kek.hasher()),
                  null,
                  ConversationType.JOBSAMTALE,
                  ConversationForm.FREMMOEDE,
                  LocalDateTime.of(2026, 3, 13, 9, 30));
          em.persist(bare);
          em.flush();
          assertTrue(repo.transcriptTextOf(bare).isEmpty());
        });
  }

  /** What an approval measures for the benefit figures: read as columns, nothing decrypted. */
  @Test
  void theTranscriptsLengthIsReadWithoutLoadingOrDecryptingIt() throws Exception {
    long[] ids = store();
    db.run(
        em -> {
          ConversationRepository repo = new ConversationRepository(em, keys);
          Conversation c = repo.ownedBy(ids[0], em.find(AppUser.class, ids[1]));
          ConversationRepository.TranscriptLength length =
              loadingNothing(em, () -> repo.transcriptLengthOf(c).orElseThrow());
          assertEquals(6000, length.lastEndMillis(), "where the last segment ends");
          assertNotNull(length.createdAt());
        });
    execute("DELETE FROM transcript_segment");
    withConversation(
        ids,
        (repo, c) ->
            assertEquals(
                0, repo.transcriptLengthOf(c).orElseThrow().lastEndMillis(), "no segment"));
  }

  /** Runs a statement on the database itself, past the entities. */
  private void execute(String sql) throws java.sql.SQLException {
    try (Connection conn = db.dataSource().getConnection();
        Statement s = conn.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  /** Runs {@code check} in a transaction with the repository and the stored conversation. */
  private void withConversation(
      long[] ids, java.util.function.BiConsumer<ConversationRepository, Conversation> check) {
    db.run(
        em -> {
          ConversationRepository repo = new ConversationRepository(em, keys);
          check.accept(repo, repo.ownedBy(ids[0], em.find(AppUser.class, ids[1])));
        });
  }

  /** What {@code read} returns, checked to have loaded no entity into the persistence context. */
  private static <T> T loadingNothing(
      jakarta.persistence.EntityManager em, java.util.function.Supplier<T> read) {
    var context = em.unwrap(SessionImplementor.class).getPersistenceContextInternal();
    int managed = context.getNumberOfManagedEntities();
    T result = read.get();
    assertEquals(managed, context.getNumberOfManagedEntities(), "nothing loaded as entity");
    return result;
  }
}
