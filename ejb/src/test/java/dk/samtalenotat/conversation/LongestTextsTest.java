package dk.samtalenotat.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.samtalenotat.crypto.DataKeys;
import dk.samtalenotat.crypto.TestKeys;
import dk.samtalenotat.draft.CitedSentence;
import dk.samtalenotat.draft.Draft;
import dk.samtalenotat.draft.DraftSentence;
import dk.samtalenotat.draft.DraftVersion;
import dk.samtalenotat.draft.NoteSection;
import dk.samtalenotat.draft.NoteTooLongException;
import dk.samtalenotat.draft.check.FactFlag;
import dk.samtalenotat.draft.check.FactKind;
import dk.samtalenotat.persistence.TestDatabase;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.Tenant;
import dk.samtalenotat.transcript.SegmentData;
import dk.samtalenotat.transcript.Transcript;
import dk.samtalenotat.transcript.TranscriptSegment;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The longest texts the application accepts are stored and read back, sealed, on H2 and on
 * PostgreSQL: a segment of {@link TranscriptSegment#MAX_TEXT} characters, a sentence of {@link
 * CitedSentence#MAX_TEXT}, a note of {@link DraftVersion#MAX_CONTENT}, a flag quoting a whole
 * sentence, each in characters of three UTF-8 bytes, the most a character takes in its sealed form.
 * One character more is refused before anything is sealed. (SQL Server holds them in NVARCHAR(MAX);
 * MigrationsTest checks the column sizes of all three dialects.)
 */
class LongestTextsTest {

  /** Three bytes in UTF-8; a character outside the BMP is four bytes for two chars. */
  private static final String WIDE = "€";

  private final TestKeys kek = new TestKeys();
  private final DataKeys keys = kek.asDataKeys();

  @Test
  void theLongestTextsFitOnH2() {
    try (TestDatabase db = new TestDatabase()) {
      storeAndReadBack(db);
    }
  }

  @Test
  void theLongestTextsFitOnPostgresql() throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      DataSource ds = pg.getPostgresDatabase();
      try (TestDatabase db = new TestDatabase(ds)) {
        storeAndReadBack(db);
      }
    }
  }

  @Test
  void oneCharacterMoreIsRefusedBeforeSealing() {
    DraftSentence tooLong =
        new DraftSentence(NoteSection.DROEFTET, WIDE.repeat(CitedSentence.MAX_TEXT + 1), List.of());
    assertEquals(
        NoteTooLongException.What.SENTENCE,
        assertThrows(
                NoteTooLongException.class,
                () -> DraftVersion.requireFits("kort", List.of(tooLong)))
            .what());
    assertEquals(
        NoteTooLongException.What.NOTE,
        assertThrows(
                NoteTooLongException.class,
                () ->
                    DraftVersion.requireFits(WIDE.repeat(DraftVersion.MAX_CONTENT + 1), List.of()))
            .what());
    List<Integer> many = java.util.stream.IntStream.range(1000, 1300).boxed().toList();
    assertEquals(
        NoteTooLongException.What.CITATIONS,
        assertThrows(
                NoteTooLongException.class,
                () ->
                    DraftVersion.requireFits(
                        "kort", List.of(new DraftSentence(NoteSection.DROEFTET, "Kort.", many))))
            .what());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Transcript(
                null,
                Transcript.Source.IMPORT,
                "a.txt",
                List.of(
                    new SegmentData(0, 1, null, "da", "x".repeat(TranscriptSegment.MAX_TEXT + 1))),
                keys.create("11111111")));
  }

  private void storeAndReadBack(TestDatabase db) {
    String segment = WIDE.repeat(TranscriptSegment.MAX_TEXT);
    // A character outside the Basic Multilingual Plane: two chars, four bytes.
    String emoji = "\uD83D\uDE00".repeat(TranscriptSegment.MAX_TEXT / 2);
    String sentence = WIDE.repeat(CitedSentence.MAX_TEXT);
    String content = WIDE.repeat(DraftVersion.MAX_CONTENT);
    long id =
        db.inTransaction(
            em -> {
              Tenant t = new Tenant("11111111", "Demo Kommune");
              em.persist(t);
              AppUser mette = new AppUser(t, "mette", "Mette Sørensen", "Team Job");
              em.persist(mette);
              Conversation c =
                  Conversation.register(
                      t,
                      mette,
                      SealedCpr.seal(Cpr.parse("0703851234"), t.getCvr(), keys, kek.hasher()),
                      null,
                      ConversationType.JOBSAMTALE,
                      ConversationForm.FREMMOEDE,
                      LocalDateTime.of(2026, 3, 12, 9, 30));
              em.persist(c);
              em.persist(
                  new Transcript(
                      c,
                      Transcript.Source.IMPORT,
                      "lang.txt",
                      List.of(
                          new SegmentData(0, 4000, "Borger", "da", segment),
                          new SegmentData(4000, 8000, "Borger", "da", emoji)),
                      keys.create(t.getCvr())));
              c.transcribed();
              c.draftingStarted();
              Draft d = new Draft(c);
              em.persist(d);
              DraftSentence s = new DraftSentence(NoteSection.DROEFTET, sentence, List.of(1, 2));
              var key = keys.create(t.getCvr());
              DraftVersion v = d.addGenerated(1, "offline", content, List.of(s), key).orElseThrow();
              d.checked(
                  v, List.of(new FactFlag(0, FactKind.NAME, sentence, "Navnet nævnes ikke.")), key);
              c.draftReady();
              em.flush();
              return c.getId();
            });
    db.run(
        em -> {
          ConversationRepository repo = new ConversationRepository(em, keys);
          Conversation c = em.find(Conversation.class, id);
          List<TranscriptSegment> segments = repo.transcriptOf(c).orElseThrow().getSegments();
          assertEquals(segment, segments.get(0).getText());
          assertEquals(emoji, segments.get(1).getText());
          DraftVersion v = repo.draftOf(c).orElseThrow().current();
          assertEquals(content, v.getContent());
          assertEquals(sentence, v.getSentences().get(0).getText());
        });
  }
}
