package dk.samtalenotat.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.conversation.Conversation;
import dk.samtalenotat.conversation.ConversationForm;
import dk.samtalenotat.conversation.ConversationRepository;
import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.conversation.Cpr;
import dk.samtalenotat.conversation.ParticipantRole;
import dk.samtalenotat.conversation.Problem;
import dk.samtalenotat.conversation.ProblemReport;
import dk.samtalenotat.conversation.SealedCpr;
import dk.samtalenotat.crypto.DataKeys;
import dk.samtalenotat.crypto.TestKeys;
import dk.samtalenotat.journal.Backoff;
import dk.samtalenotat.journal.CircuitBreaker;
import dk.samtalenotat.journal.Delivery;
import dk.samtalenotat.journal.InMemoryOutboxStore;
import dk.samtalenotat.journal.Journal;
import dk.samtalenotat.journal.JournalException;
import dk.samtalenotat.journal.JournalFailure;
import dk.samtalenotat.journal.JournalNote;
import dk.samtalenotat.journal.OutboxEntry;
import dk.samtalenotat.journal.OutboxProcessor;
import dk.samtalenotat.journal.PermanentJournalException;
import dk.samtalenotat.journal.TransientJournalException;
import dk.samtalenotat.persistence.TestDatabase;
import dk.samtalenotat.retention.ShreddingProofTest;
import dk.samtalenotat.tenant.AppUser;
import dk.samtalenotat.tenant.Tenant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The rule against the paths that broke it: an exception message holding a CPR number and a name
 * (as a case system's URL or answer may) reaches neither a log line ({@link PersonalDataGuard}
 * fails the test) nor a plain column (the whole database is read as a dump would be), while the
 * owner still sees the technical detail, decrypted.
 */
class PersonalDataRuleTest {

  private static final String CPR = "0703851234";
  private static final String NAME = "Jonas Kragh";
  private static final String LEAKY =
      "momentum answered 404 to /citizens/find?cpr=" + CPR + ": no citizen " + NAME;

  private final TestDatabase db = new TestDatabase();
  private final TestKeys kek = new TestKeys();
  private final DataKeys keys = kek.asDataKeys();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void storedProblemsHoldCodesAndDanishWhileTheDetailIsSealed() throws Exception {
    PersonalDataGuard.watch(NAME);
    long[] id = new long[1];
    db.run(
        em -> {
          Tenant t = new Tenant("11111111", "Demo Kommune");
          em.persist(t);
          AppUser u = new AppUser(t, "mette", "Mette Sørensen", null);
          em.persist(u);
          Conversation c =
              Conversation.register(
                  t,
                  u,
                  SealedCpr.seal(Cpr.parse(CPR), "11111111", keys, kek.hasher()),
                  null,
                  ConversationType.JOBSAMTALE,
                  ConversationForm.FREMMOEDE,
                  LocalDateTime.of(2026, 3, 12, 9, 30));
          c.addParticipant(NAME, ParticipantRole.BORGER);
          c.audioReceived();
          c.transcriptionStarted();
          c.transcriptionFailed(
              ProblemReport.of(Problem.TRANSCRIPTION_FAILED, "Talegenkendelsen svarede HTTP 500")
                  .withDetail(LEAKY));
          em.persist(c);
          em.persist(new OutboxEntry(c, "momentum", "M-1"));
          em.flush();
          id[0] = c.getId();
        });
    String dump = ShreddingProofTest.dump(db.dataSource());
    assertTrue(dump.contains("TRANSCRIPTION_FAILED"), "the control: the code is stored");
    assertTrue(dump.contains("Talegenkendelsen svarede HTTP 500"), "the Danish text is stored");
    assertFalse(dump.contains(CPR), "no CPR number in a plain column");
    assertFalse(PersonalData.mentions(dump, NAME), "no name in a plain column");
    assertFalse(PersonalData.mentions(dump, "citizens/find"), "no detail in a plain column");

    db.run(
        em -> {
          Conversation c = new ConversationRepository(em, keys).find(id[0]).orElseThrow();
          assertEquals(LEAKY, c.getProblemDetail(), "the owner still reads the detail");
          assertEquals(NAME, c.getParticipants().get(0).getName());
        });
  }

  @Test
  void anAdaptersMistakeReachesNeitherTheLogNorTheOutbox() {
    PersonalDataGuard.watch(NAME);
    Deque<JournalException> faults =
        new ArrayDeque<>(
            List.of(
                new TransientJournalException(LEAKY.replace(NAME, "")),
                new PermanentJournalException(
                    JournalFailure.CASE_NOT_FOUND, LEAKY.replace(NAME, ""))));
    Journal leaky =
        new Journal() {
          @Override
          public String system() {
            return "momentum";
          }

          @Override
          public String endpoint() {
            return "momentum test";
          }

          @Override
          public Delivery deliver(JournalNote note) throws JournalException {
            throw faults.pop();
          }

          @Override
          public Optional<Delivery> find(JournalNote note) {
            return Optional.empty();
          }
        };
    InMemoryOutboxStore store = new InMemoryOutboxStore();
    InMemoryOutboxStore.Entry e =
        store.add(dk.samtalenotat.journal.JournalNoteTest.sample(), Instant.now());
    OutboxProcessor p =
        new OutboxProcessor(
            store,
            cvr -> Optional.of(leaky),
            x -> new CircuitBreaker(10, Duration.ofSeconds(1), Clock.systemUTC()),
            new Backoff(Duration.ZERO, Duration.ZERO),
            5,
            Duration.ofMinutes(1),
            Clock.systemUTC());
    p.runOnce(10);
    p.runOnce(10);
    assertEquals(OutboxEntry.Status.FAILED, e.status);
    assertFalse(PersonalData.containsCpr(e.error), e.error);
    assertEquals(List.of(), PersonalDataGuard.violations(), "the log holds no CPR number");
  }
}
