package dk.samtalenotat.it;

import static dk.samtalenotat.it.Ui.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import dk.samtalenotat.journal.fake.FakeCaseSystem.Fault;
import dk.samtalenotat.journal.fake.FakeMomentum;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * From the approval button to a Momentum-shaped citizen journal on loopback ({@link FakeMomentum}:
 * OAuth2 client credentials plus the {@code apikey} header, {@code citizens/find}, {@code
 * journals/note}), on the journal server where the second demo municipality (Karen's) journalises
 * into Momentum: the citizen found at registration, the note journalised once, a citizen Momentum
 * does not know, and a 429 followed by a 500 after storing that still leaves exactly one note.
 */
// Only the journal server's execution names the port; the condition keeps the other executions
// (which -Dit.test also reaches) from starting a server for nothing.
@EnabledIfSystemProperty(named = "samtalenotat.it.fake-momentum-port", matches = "\\d+")
@ExtendWith({WildFlyExtension.class, BrowserExtension.class})
class MomentumJournalIT {

  private static final String CPR = "250790-1237";
  private static final String CITIZEN_ID = "M-4711";
  private static final String UNKNOWN_CPR = "010203-4567";
  private static FakeMomentum momentum;

  @BeforeAll
  static void startMomentum() throws IOException {
    momentum = new FakeMomentum(Integer.getInteger("samtalenotat.it.fake-momentum-port"));
    momentum.addCitizen(CPR.replace("-", ""), CITIZEN_ID);
  }

  @AfterAll
  static void stopMomentum() {
    if (momentum != null) {
      momentum.close();
    }
  }

  @Test
  void citizenFoundAtRegistrationAndTheNoteJournalisedOnce(
      BrowserExtension.BrowserSession browser, FakeOtlpCollector collector, @TempDir Path dir)
      throws Exception {
    Page page = browser.page();
    Ui.signIn(page, "karen");
    Ui.openRegistration(page, CPR, "");
    byId(page, "register:findCases").click();
    page.locator("[id='register:openCases'] tbody tr").first().waitFor();
    String found = page.locator("[id='register:openCases']").innerText();
    assertTrue(found.contains(CITIZEN_ID) && found.contains("Momentum"), found);
    page.locator("[id='register:openCases'] tbody tr").first().locator(".pick-case").click();
    page.waitForCondition(
        () -> byId(page, "register:caseReference").inputValue().equals(CITIZEN_ID));
    page.locator("label[for='register:consent:0']").click();
    Ui.submit(page, "register:save");
    java.nio.file.Files.writeString(
        dir.resolve("samtale.txt"),
        "Sagsbehandler: Hvordan går jobsøgningen?\nBorger: Jeg har søgt to stillinger.\n");
    Ui.importTranscript(page, dir.resolve("samtale.txt"));
    Ui.awaitState(page, "DRAFT_READY");
    int before = momentum.notes().size();
    Ui.submitConfirmed(page, "draftForm:approve");

    Ui.awaitState(page, "JOURNALISED");
    assertEquals(CITIZEN_ID, page.locator("#receiptCase").innerText().strip());
    assertEquals("momentum", page.locator("#receiptSystem").getAttribute("data-system"));
    assertEquals(before + 1, momentum.notes().size(), "exactly one note in Momentum");
    FakeMomentum.Note note = momentum.notes().get(before);
    assertEquals(note.id(), page.locator("#receiptDocument").innerText().strip());
    assertEquals(CITIZEN_ID, note.citizenId());
    assertEquals(CPR.replace("-", ""), note.cpr());
    assertTrue(note.body().contains("godkendt af Karen Bech"), note.body());
    assertEquals(1, momentum.notesWithKey(note.key()), "one note with its idempotency key");

    // Traced (the journal-its execution exports to a fake collector): the calls to Momentum are
    // client spans under the work's correlation id, the note went with a W3C traceparent of its
    // span's trace, and the CPR number of the citizen search is in no span (only "?cpr").
    String traceparent =
        momentum.createTraceparents().get(momentum.createTraceparents().size() - 1);
    assertTrue(traceparent.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"), traceparent);
    String approval =
        momentum.createCorrelationIds().get(momentum.createCorrelationIds().size() - 1);
    FakeOtlpCollector.ReceivedSpan delivery =
        collector
            .await(
                s ->
                    s.kind() == 3
                        && traceparent.substring(3, 35).equals(s.traceId())
                        && s.attributes().getOrDefault("url.full", "").endsWith("/journals/note"),
                java.time.Duration.ofSeconds(60))
            .orElseThrow(
                () -> new AssertionError("no client span of the note: " + collector.spans()));
    assertEquals(
        approval, delivery.attributes().get("samtalenotat.correlation_id"), delivery.toString());
    assertEquals("samtalenotat", delivery.resource().get("service.name"), delivery.toString());
    FakeOtlpCollector.ReceivedSpan search =
        collector
            .await(
                s ->
                    s.kind() == 3
                        && s.attributes().getOrDefault("url.full", "").contains("/citizens/find"),
                java.time.Duration.ofSeconds(30))
            .orElseThrow(
                () -> new AssertionError("no client span of the search: " + collector.spans()));
    assertTrue(
        search.attributes().get("url.full").endsWith("/citizens/find?cpr"), search.toString());
    for (String body : collector.bodies()) {
      assertTrue(
          !body.contains(CPR.replace("-", "")) && !body.contains(CPR),
          "no CPR number in an export");
    }
  }

  @Test
  void citizenUnknownToMomentumGetsAClearMessage(BrowserExtension.BrowserSession browser) {
    Page page = browser.page();
    Ui.signIn(page, "karen");
    Ui.openRegistration(page, UNKNOWN_CPR, "");
    byId(page, "register:findCases").click();
    page.waitForCondition(() -> Ui.messages(page).contains("ingen åbne sager"));
    assertEquals(0, page.locator("[id='register:openCases'] tbody tr").count());
  }

  @Test
  void rateLimitedThenFailedAfterStoringLeavesExactlyOneNote(
      BrowserExtension.BrowserSession browser, @TempDir Path dir) {
    Page page = browser.page();
    Ui.signIn(page, "karen");
    int before = momentum.notes().size();
    int creates = momentum.createRequests();
    momentum.fail(Fault.TOO_MANY_429, Fault.STORE_THEN_500);
    Ui.approvedNote(page, dir, CPR, CITIZEN_ID);
    Ui.awaitState(page, "JOURNALISED");
    assertEquals(before + 1, momentum.notes().size(), "the note stored before the 500 is the one");
    assertEquals(
        creates + 2, momentum.createRequests(), "429, then one create; found, not sent again");
  }
}
