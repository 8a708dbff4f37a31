package dk.samtalenotat.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.journal.config.ConfiguredCaseSystems;
import dk.samtalenotat.journal.fake.FakeCaseSystem.Fault;
import dk.samtalenotat.journal.fake.FakeMomentum;
import dk.samtalenotat.journal.fake.FakeSbsys;
import dk.samtalenotat.security.PersonalData;
import dk.samtalenotat.tracing.Correlation;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The SBSYS and Momentum adapters over HTTP against fakes that speak their shapes, driven by the
 * real outbox rules: whatever fault the case system shows, every approved note ends up there
 * exactly once, or fails visibly with the reason.
 */
class RestAdaptersTest {

  static final String CVR = "29189897";
  static final String CPR = "0101901234";

  private FakeSbsys sbsys;
  private FakeMomentum momentum;

  @AfterEach
  void stop() {
    if (sbsys != null) {
      sbsys.close();
    }
    if (momentum != null) {
      momentum.close();
    }
  }

  static Map<String, String> sbsysConfig(String url) {
    Map<String, String> c = new HashMap<>();
    String p = "samtalenotat.journal.tenant." + CVR + ".";
    c.put(p + "system", "sbsys");
    c.put(p + "url", url);
    c.put(p + "client-id", FakeSbsys.CLIENT);
    c.put(p + "client-secret", FakeSbsys.SECRET);
    c.put(p + "username", FakeSbsys.USER);
    c.put(p + "password", FakeSbsys.PASSWORD);
    c.put(p + "connect-timeout", "PT1S");
    c.put(p + "read-timeout", "PT0.5S");
    return c;
  }

  static Map<String, String> momentumConfig(String url) {
    Map<String, String> c = new HashMap<>();
    String p = "samtalenotat.journal.tenant." + CVR + ".";
    c.put(p + "system", "momentum");
    c.put(p + "url", url);
    c.put(p + "client-id", FakeMomentum.CLIENT);
    c.put(p + "client-secret", FakeMomentum.SECRET);
    c.put(p + "api-key", FakeMomentum.API_KEY);
    c.put(p + "read-timeout", "PT0.5S");
    return c;
  }

  static JournalNote note(String caseRef, String key) {
    String text = "Jobsamtale 12.03.2026\n\nBorgeren <Åse> & co. aftalte: \"ansøgninger\".";
    return new JournalNote(
        CVR,
        CPR,
        caseRef,
        "Jobsamtale 12.03.2026",
        text,
        JournalNote.toHtml(text),
        LocalDateTime.of(2026, 3, 12, 9, 30),
        OffsetDateTime.parse("2026-03-12T11:00:00+01:00"),
        new JournalNote.Author("u1", "JO", "Jonas Olsen"),
        "Jobsamtale",
        "Fremmøde",
        List.of(),
        null,
        null,
        null,
        key);
  }

  /**
   * Works the outbox until nothing is pending, at most thirty seconds (the first SOAP call warms up
   * JAXB and CXF, which takes long on a busy build machine).
   */
  static void drain(InMemoryOutboxStore store, CaseSystems systems) {
    Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    OutboxProcessor p =
        new OutboxProcessor(
            store,
            systems::journal,
            e ->
                breakers.computeIfAbsent(
                    e, x -> new CircuitBreaker(50, Duration.ofMillis(50), Clock.systemUTC())),
            new Backoff(Duration.ofMillis(10), Duration.ofMillis(40)),
            8,
            Duration.ofSeconds(2),
            Clock.systemUTC());
    Instant end = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(end)
        && store.entries.values().stream().anyMatch(e -> e.status == OutboxEntry.Status.PENDING)) {
      p.runOnce(10);
      try {
        Thread.sleep(15);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void sbsysGetsExactlyOneNoteWhateverTheFault(Fault fault) throws IOException {
    sbsys =
        new FakeSbsys().addCase(17, "27.00.00-P20-1-24", "Jobafklaring", "Aktiv", "010190-1234");
    sbsys.slowAnswer(Duration.ofMillis(1500));
    sbsys.fail(fault, fault);
    CaseSystems systems = ConfiguredCaseSystems.fromValues(sbsysConfig(sbsys.url().toString()));
    InMemoryOutboxStore store = new InMemoryOutboxStore();
    InMemoryOutboxStore.Entry e =
        store.add(note("27.00.00-P20-1-24", "key-" + fault), Instant.now());
    drain(store, systems);
    assertEquals(OutboxEntry.Status.DELIVERED, e.status, () -> "last error: " + e.error);
    assertEquals(1, sbsys.notesWithKey("key-" + fault), "exactly one note in SBSYS");
    assertEquals(0, sbsys.notesContaining("key-" + fault), "the key itself is not in the note");
    assertEquals("17", e.receipt.caseId());
    dk.samtalenotat.demosbsys.SbsysCaseSystem.Note stored = sbsys.notes().get(0);
    assertTrue(stored.html().contains("&lt;Åse&gt; &amp; co."), stored.html());
    assertEquals("2026-03-12T09:30+01:00", stored.contactTime());
  }

  @Test
  void theDeliveryCarriesTheCorrelationIdOfTheApprovalToTheCaseSystem() throws IOException {
    sbsys =
        new FakeSbsys().addCase(17, "27.00.00-P20-1-24", "Jobafklaring", "Aktiv", "010190-1234");
    momentum = new FakeMomentum().addCitizen(CPR, "C-1");
    InMemoryOutboxStore store = new InMemoryOutboxStore();
    // The caseworker's approval queues the note under its request's id ...
    try (Correlation.Scope approval = Correlation.open("approval-0000-0001")) {
      store.add(note("27.00.00-P20-1-24", "key-corr"), Instant.now());
    }
    // ... and the worker, on any node and later, delivers under it, even through a retry.
    sbsys.fail(Fault.UNAVAILABLE_503);
    drain(store, ConfiguredCaseSystems.fromValues(sbsysConfig(sbsys.url().toString())));
    assertEquals(List.of("approval-0000-0001", "approval-0000-0001"), sbsys.createCorrelationIds());

    try (Correlation.Scope approval = Correlation.open("approval-0000-0002")) {
      store.add(note("C-1", "key-corr-m"), Instant.now());
    }
    drain(store, ConfiguredCaseSystems.fromValues(momentumConfig(momentum.url().toString())));
    assertEquals(List.of("approval-0000-0002"), momentum.createCorrelationIds());
    assertNull(Correlation.current());
  }

  @Test
  void sbsysClosedCaseFailsWithoutRetry() throws Exception {
    sbsys = new FakeSbsys().addCase(18, "27.00.00-P20-2-24", "Gammel sag", "Aktiv", "010190-1234");
    sbsys.addCase(18, "27.00.00-P20-2-24", "Gammel sag", "Afsluttet", "010190-1234");
    CaseSystems systems = ConfiguredCaseSystems.fromValues(sbsysConfig(sbsys.url().toString()));
    Journal journal = systems.journal(CVR).orElseThrow();
    PermanentJournalException e =
        assertThrows(PermanentJournalException.class, () -> journal.deliver(note("18", "k409")));
    assertEquals(JournalFailure.CASE_CLOSED, e.failure());
    assertEquals(0, sbsys.createRequests(), "the case check finds it closed: nothing is sent");
    PermanentJournalException byNumber =
        assertThrows(
            PermanentJournalException.class,
            () -> journal.deliver(note("27.00.00-P20-2-24", "k409b")));
    assertEquals(JournalFailure.CASE_CLOSED, byNumber.failure(), "closed, found by its number");
  }

  @Test
  void sbsysLooksUpOnlyOpenCases() throws Exception {
    sbsys =
        new FakeSbsys()
            .addCase(1, "A-1", "Sygedagpenge", "Aktiv", "010190-1234")
            .addCase(2, "A-2", "Gammel", "Afsluttet", "010190-1234")
            .addCase(3, "A-3", "Andens", "Aktiv", "020202-2222");
    CaseLookup lookup =
        ConfiguredCaseSystems.fromValues(sbsysConfig(sbsys.url().toString()))
            .caseLookup(CVR)
            .orElseThrow();
    List<OpenCase> open = lookup.openCases(CVR, CPR);
    assertEquals(List.of(new OpenCase("1", "A-1", "Sygedagpenge", "Aktiv")), open);
    assertEquals(List.of(), lookup.openCases(CVR, "1111111118"));
    assertEquals("3", lookup.byNumber(CVR, "A-3").orElseThrow().reference());
  }

  @Test
  void sbsysWithoutChosenCaseUsesTheOnlyOpenOne() throws Exception {
    sbsys = new FakeSbsys().addCase(5, "B-5", "Eneste", "Aktiv", "010190-1234");
    Journal journal =
        ConfiguredCaseSystems.fromValues(sbsysConfig(sbsys.url().toString()))
            .journal(CVR)
            .orElseThrow();
    Delivery d = journal.deliver(note(null, "k-only"));
    assertEquals("5", assertInstanceOf(Delivery.Stored.class, d).receipt().caseId());
  }

  @Test
  void downCaseSystemIsTransientAndNothingIsSent() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Journal journal =
        ConfiguredCaseSystems.fromValues(sbsysConfig("http://127.0.0.1:" + port + "/"))
            .journal(CVR)
            .orElseThrow();
    assertThrows(TransientJournalException.class, () -> journal.deliver(note("1", "k-down")));
  }

  @Test
  void wrongPasswordIsNotAuthorisedForGood() throws Exception {
    sbsys = new FakeSbsys().addCase(1, "A-1", "x", "Aktiv", "010190-1234");
    Map<String, String> c = sbsysConfig(sbsys.url().toString());
    c.put("samtalenotat.journal.tenant." + CVR + ".password", "wrong");
    Journal journal = ConfiguredCaseSystems.fromValues(c).journal(CVR).orElseThrow();
    PermanentJournalException e =
        assertThrows(PermanentJournalException.class, () -> journal.deliver(note("1", "k")));
    assertEquals(JournalFailure.NOT_AUTHORISED, e.failure());
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void momentumGetsExactlyOneNoteWhateverTheFault(Fault fault) throws IOException {
    momentum = new FakeMomentum().addCitizen(CPR, "C-77");
    momentum.slowAnswer(Duration.ofMillis(1500));
    momentum.fail(fault, fault);
    CaseSystems systems =
        ConfiguredCaseSystems.fromValues(momentumConfig(momentum.url().toString()));
    InMemoryOutboxStore store = new InMemoryOutboxStore();
    InMemoryOutboxStore.Entry e = store.add(note(null, "m-" + fault), Instant.now());
    drain(store, systems);
    assertEquals(OutboxEntry.Status.DELIVERED, e.status, () -> "last error: " + e.error);
    assertEquals(1, momentum.notesWithKey("m-" + fault));
    assertEquals("C-77", e.receipt.caseId());
    assertEquals(CPR, momentum.notes().get(0).cpr());
  }

  @Test
  void momentumCitizenWithoutJournalHasNoOpenCase() throws Exception {
    momentum = new FakeMomentum().addCitizen(CPR, "C-1");
    CaseLookup lookup =
        ConfiguredCaseSystems.fromValues(momentumConfig(momentum.url().toString()))
            .caseLookup(CVR)
            .orElseThrow();
    assertEquals(1, lookup.openCases(CVR, CPR).size());
    assertEquals(0, lookup.openCases(CVR, "0202022222").size());
  }

  /** The citizen of the notes (CPR) and another citizen, each with cases of their own. */
  static final String OTHER_CPR = "0202022222";

  @Test
  void sbsysSendsNothingIntoAnotherCitizensCase() throws Exception {
    sbsys =
        new FakeSbsys()
            .addCase(1, "A-1", "Jobafklaring", "Aktiv", "010190-1234")
            .addCase(2, "A-2", "Gammel", "Afsluttet", "010190-1234")
            .addCase(3, "B-3", "Andens sygedagpenge", "Aktiv", "020202-2222");
    CaseSystems systems = ConfiguredCaseSystems.fromValues(sbsysConfig(sbsys.url().toString()));
    Journal journal = systems.journal(CVR).orElseThrow();
    CaseLookup lookup = systems.caseLookup(CVR).orElseThrow();
    for (String othersCase : List.of("B-3", "3", "Z-99", "99")) {
      PermanentJournalException e =
          assertThrows(
              PermanentJournalException.class,
              () -> journal.deliver(note(othersCase, "k-" + othersCase)),
              othersCase);
      assertEquals(JournalFailure.CASE_NOT_CITIZENS, e.failure(), othersCase);
      assertEquals(CaseCheck.NOT_CITIZENS, lookup.check(CVR, CPR, othersCase), othersCase);
    }
    assertEquals(0, sbsys.createRequests(), "nothing sent into another citizen's case");
    assertEquals(CaseCheck.CITIZENS_OPEN_CASE, lookup.check(CVR, CPR, "A-1"));
    assertEquals(CaseCheck.CITIZENS_OPEN_CASE, lookup.check(CVR, CPR, "1"));
    assertEquals(CaseCheck.CLOSED, lookup.check(CVR, CPR, "A-2"));
    assertEquals(CaseCheck.CITIZENS_OPEN_CASE, lookup.check(CVR, OTHER_CPR, "B-3"));
    Delivery d = journal.deliver(note("A-1", "k-own"));
    assertEquals("1", assertInstanceOf(Delivery.Stored.class, d).receipt().caseId());
    assertEquals(1, sbsys.createRequests());
  }

  @Test
  void momentumSendsNothingIntoAnotherCitizensJournal() throws Exception {
    momentum = new FakeMomentum().addCitizen(CPR, "C-1").addCitizen(OTHER_CPR, "C-2");
    CaseSystems systems =
        ConfiguredCaseSystems.fromValues(momentumConfig(momentum.url().toString()));
    Journal journal = systems.journal(CVR).orElseThrow();
    CaseLookup lookup = systems.caseLookup(CVR).orElseThrow();
    PermanentJournalException e =
        assertThrows(PermanentJournalException.class, () -> journal.deliver(note("C-2", "m-x")));
    assertEquals(JournalFailure.CASE_NOT_CITIZENS, e.failure());
    assertEquals(0, momentum.createRequests(), "nothing sent into another citizen's journal");
    assertEquals(CaseCheck.NOT_CITIZENS, lookup.check(CVR, CPR, "C-2"));
    assertEquals(CaseCheck.CITIZENS_OPEN_CASE, lookup.check(CVR, CPR, "C-1"));
    assertEquals(CaseCheck.NOT_CITIZENS, lookup.check(CVR, "1111111118", "C-1"), "unknown citizen");
    Delivery d = journal.deliver(note("C-1", "m-own"));
    assertEquals("C-1", assertInstanceOf(Delivery.Stored.class, d).receipt().caseId());
  }

  /**
   * Momentum's citizen look-up carries the CPR number in its URL, and the fake's errors echo it
   * (and the note's CPR number): whatever fails, neither a log line ({@code PersonalDataGuard}
   * fails the test) nor a stored error holds it, nor the URL.
   */
  @Test
  void noCprNumberReachesALogOrAStoredErrorWhateverFails() throws Exception {
    momentum = new FakeMomentum().addCitizen(CPR, "C-77");
    momentum.fail(Fault.ERROR_500, Fault.DROP, Fault.ERROR_500);
    CaseSystems systems =
        ConfiguredCaseSystems.fromValues(momentumConfig(momentum.url().toString()));
    InMemoryOutboxStore store = new InMemoryOutboxStore();
    InMemoryOutboxStore.Entry failing = store.add(note(null, "m-faults"), Instant.now());
    JournalNote unknown =
        new JournalNote(
            CVR,
            OTHER_CPR,
            null,
            "Jobsamtale",
            "tekst",
            null,
            LocalDateTime.of(2026, 3, 12, 9, 30),
            OffsetDateTime.parse("2026-03-12T11:00:00+01:00"),
            new JournalNote.Author("u1", "JO", "Jonas Olsen"),
            "Jobsamtale",
            "Fremmøde",
            List.of(),
            null,
            null,
            null,
            "m-unknown");
    InMemoryOutboxStore.Entry refused = store.add(unknown, Instant.now());
    drain(store, systems);
    assertEquals(OutboxEntry.Status.DELIVERED, failing.status, () -> "error: " + failing.error);
    assertEquals(OutboxEntry.Status.FAILED, refused.status);
    assertEquals(JournalFailure.NO_CASE, refused.failure);
    for (InMemoryOutboxStore.Entry e : List.of(failing, refused)) {
      assertFalse(PersonalData.containsCpr(e.error), e.error);
      assertFalse(String.valueOf(e.error).contains("cpr="), e.error);
    }
    JournalException down =
        assertThrows(
            JournalException.class,
            () ->
                ConfiguredCaseSystems.fromValues(momentumConfig("http://127.0.0.1:1/"))
                    .caseLookup(CVR)
                    .orElseThrow()
                    .openCases(CVR, CPR));
    assertFalse(PersonalData.containsCpr(down.getMessage()), down.getMessage());
    assertTrue(down.getMessage().startsWith("Momentum "), down.getMessage());
  }

  @Test
  void tenantWithoutCaseSystemHasNone() {
    CaseSystems systems = ConfiguredCaseSystems.fromValues(Map.of());
    assertTrue(systems.journal(CVR).isEmpty());
    Map<String, String> wrong = Map.of("samtalenotat.journal.tenant." + CVR + ".system", "acadre");
    assertTrue(ConfiguredCaseSystems.fromValues(wrong).journal(CVR).isEmpty());
  }
}
