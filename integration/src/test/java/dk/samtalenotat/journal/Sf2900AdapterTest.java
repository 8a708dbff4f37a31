package dk.samtalenotat.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.journal.config.ConfiguredCaseSystems;
import dk.samtalenotat.journal.fake.FakeCaseSystem.Fault;
import dk.samtalenotat.journal.fake.FakeDistribution;
import dk.samtalenotat.tracing.Correlation;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The SF2900-style adapter on a JAX-WS client (CXF, as in WildFly) against a SOAP service hosted
 * from the project's WSDL: one post per transaction whatever the fault, refusals with their reason,
 * and an unknown outcome resolved by asking for the transaction's status.
 */
class Sf2900AdapterTest {

  private FakeDistribution distribution;

  @AfterEach
  void stop() {
    if (distribution != null) {
      distribution.close();
    }
  }

  private CaseSystems systems() {
    Map<String, String> c = new HashMap<>();
    String p = "samtalenotat.journal.tenant." + RestAdaptersTest.CVR + ".";
    c.put(p + "system", "sf2900");
    c.put(p + "url", distribution.address().toString());
    c.put(p + "kle", "32.30");
    c.put(p + "read-timeout", "PT0.5S");
    return ConfiguredCaseSystems.fromValues(c);
  }

  private static JournalNote note() {
    return RestAdaptersTest.note("SAG-1", UUID.randomUUID().toString());
  }

  @Test
  void theDistributionCallCarriesTheCorrelationId() throws Exception {
    distribution = new FakeDistribution();
    Journal journal = systems().journal(RestAdaptersTest.CVR).orElseThrow();
    try (Correlation.Scope approval = Correlation.open("approval-0000-0003")) {
      journal.deliver(note());
    }
    assertEquals(List.of("approval-0000-0003"), distribution.createCorrelationIds());
  }

  @Test
  void sendsTheJournalPostAndWaitsForTheReceipt() throws Exception {
    distribution = new FakeDistribution();
    Journal journal = systems().journal(RestAdaptersTest.CVR).orElseThrow();
    JournalNote note = note();
    Delivery d = journal.deliver(note);
    assertEquals(
        note.idempotencyKey(), assertInstanceOf(Delivery.Accepted.class, d).transactionId());
    var post = distribution.posts().get(note.idempotencyKey()).request;
    assertEquals("29189897", post.getAfsendendeMyndighedCVR());
    assertEquals("32.30", post.getRouting().getKLEEmne());
    assertEquals(RestAdaptersTest.CPR, post.getJournalpost().getPart().getPersonCPR());
    assertTrue(post.getJournalpost().getNotatTekst().contains("<Åse> & co."));
    assertTrue(systems().caseLookup(RestAdaptersTest.CVR).isEmpty(), "no case lookup in SF2900");

    assertInstanceOf(Delivery.Accepted.class, journal.find(note).orElseThrow());
    distribution.accept(note.idempotencyKey(), "DOK-9");
    Delivery.Stored stored =
        assertInstanceOf(Delivery.Stored.class, journal.find(note).orElseThrow());
    assertEquals("DOK-9", stored.receipt().remoteDocumentId());
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void onePostPerTransactionWhateverTheFault(Fault fault) throws IOException {
    distribution = new FakeDistribution();
    distribution.slowAnswer(Duration.ofMillis(1500));
    distribution.fail(fault, fault);
    InMemoryOutboxStore store = new InMemoryOutboxStore();
    InMemoryOutboxStore.Entry e = store.add(note(), Instant.now());
    RestAdaptersTest.drain(store, systems());
    assertEquals(OutboxEntry.Status.AWAITING_RECEIPT, e.status, () -> "last error: " + e.error);
    assertEquals(1, distribution.posts().size());
  }

  @Test
  void closedCaseIsRefusedWithItsReason() throws Exception {
    distribution = new FakeDistribution();
    distribution.closedCase(true);
    Journal journal = systems().journal(RestAdaptersTest.CVR).orElseThrow();
    PermanentJournalException e =
        assertThrows(PermanentJournalException.class, () -> journal.deliver(note()));
    assertEquals(JournalFailure.CASE_CLOSED, e.failure());
  }

  @Test
  void unknownTransactionIsNotThere() throws Exception {
    distribution = new FakeDistribution();
    assertTrue(systems().journal(RestAdaptersTest.CVR).orElseThrow().find(note()).isEmpty());
  }
}
