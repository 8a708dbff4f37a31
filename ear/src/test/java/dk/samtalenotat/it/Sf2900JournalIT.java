package dk.samtalenotat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import dk.samtalenotat.journal.fake.FakeCaseSystem.Fault;
import dk.samtalenotat.journal.fake.FakeDistribution;
import dk.samtalenotat.journal.sf2900.ws.FordelingsobjektAfsendRequest;
import dk.samtalenotat.journal.sf2900.ws.ForretningsKvittering;
import dk.samtalenotat.journal.sf2900.ws.TransportKvittering;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * From the approval button through a distribution service after SF2900 ({@link FakeDistribution}, a
 * SOAP service speaking the project's WSDL on loopback) on the journal server, where the third demo
 * municipality (Ole's) journalises by SF2900. The fake calls the application's receipt endpoint
 * back as the distributor would, over the receipt listener (HTTPS) with the distributor's client
 * certificate ({@link ReceiptTls}): MODTAGET then ACCEPTERET journalises the note, a duplicate
 * receipt changes nothing, AFVIST fails it with a Danish explanation, a receipt for an unknown
 * transaction is refused and logged (without its id), a slow answer after the post was stored is
 * asked about rather than sent again, and a receipt that arrives after a server restart still
 * counts. A receipt without the certificate (plain HTTP, no or an untrusted certificate) is
 * refused, and so is one from a trusted distributor of another municipality.
 */
// Only the journal server's execution names the port; the condition keeps the other executions
// (which -Dit.test also reaches) from starting a server for nothing.
@EnabledIfSystemProperty(named = "samtalenotat.it.fake-distribution-port", matches = "\\d+")
@ExtendWith({WildFlyExtension.class, BrowserExtension.class})
class Sf2900JournalIT {

  private static final String CPR = "030482-1238";
  private static final String CASE = "32.30.00-G01-7-26";
  private static FakeDistribution distribution;

  @BeforeAll
  static void startDistribution() throws IOException {
    distribution =
        new FakeDistribution(Integer.getInteger("samtalenotat.it.fake-distribution-port"));
  }

  @AfterAll
  static void stopDistribution() {
    if (distribution != null) {
      distribution.close();
    }
  }

  private static final String RECEIPT_PATH =
      "samtalenotat-integration/FordelingskvitteringService/FordelingskvitteringEndpoint";

  /** The receipt endpoint on the receipt listener (HTTPS, client certificate required). */
  private static URI receiptEndpoint(WildFlyServer server) {
    return server.receiptUri().resolve(RECEIPT_PATH);
  }

  /** Tredje Kommune's distributor, as the server's configuration knows it. */
  private static SSLContext third() {
    return tls().client(ReceiptTls.THIRD);
  }

  private static ReceiptTls tls() {
    return ReceiptTls.configured().orElseThrow();
  }

  /** An approved conversation and the transaction id of its post. */
  private record Posted(long conversationId, String tx) {}

  /** Approves a note into {@link #CASE} and waits for its post to arrive. */
  private static Posted approvedAndPosted(Page page, Path dir) {
    Set<String> known = new HashSet<>(distribution.posts().keySet());
    long id = Ui.approvedNote(page, dir, CPR, CASE);
    assertTrue(distribution.awaitPosts(known.size() + 1, Duration.ofSeconds(60)), "no post");
    Set<String> added = new HashSet<>(distribution.posts().keySet());
    added.removeAll(known);
    assertEquals(1, added.size(), "one post per approval: " + added);
    return new Posted(id, added.iterator().next());
  }

  private static long accepted() {
    return distribution.posts().values().stream()
        .filter(p -> p.receipt == ForretningsKvittering.ACCEPTERET)
        .count();
  }

  @Test
  void modtagetThenAccepteretJournalisesOnceAndADuplicateChangesNothing(
      WildFlyServer server, BrowserExtension.BrowserSession browser, @TempDir Path dir)
      throws IOException {
    Page page = browser.page();
    Ui.signIn(page, "ole");
    Posted posted = approvedAndPosted(page, dir);
    String tx = posted.tx();
    FordelingsobjektAfsendRequest post = distribution.posts().get(tx).request;
    assertEquals("33333333", post.getAfsendendeMyndighedCVR());
    assertEquals("32.30", post.getRouting().getKLEEmne());
    assertEquals(CASE, post.getJournalpost().getForeslaaetSag());
    assertEquals(CPR.replace("-", ""), post.getJournalpost().getPart().getPersonCPR());
    assertEquals("Ole Lund", post.getJournalpost().getGodkendtAf());
    assertTrue(post.getJournalpost().getNotatTekst().contains("sygemeld"), "the note's text");

    URI endpoint = receiptEndpoint(server);
    assertEquals(
        "MODTAGET",
        distribution.sendReceipt(
            third(),
            endpoint,
            tx,
            TransportKvittering.OK,
            ForretningsKvittering.MODTAGET,
            null,
            null,
            null));
    page.navigate("samtale.xhtml?id=" + posted.conversationId());
    assertEquals("JOURNALISING", Ui.state(page), "received is not yet journalised");

    long acceptedBefore = accepted();
    assertEquals(
        "MODTAGET",
        distribution.sendReceipt(
            third(),
            endpoint,
            tx,
            TransportKvittering.OK,
            ForretningsKvittering.ACCEPTERET,
            "SAG-7",
            "DOK-" + tx.substring(0, 8),
            null));
    Ui.awaitState(page, "JOURNALISED");
    assertEquals("sf2900", page.locator("#receiptSystem").getAttribute("data-system"));
    assertEquals("SAG-7", page.locator("#receiptCase").innerText().strip());
    assertEquals("DOK-" + tx.substring(0, 8), page.locator("#receiptDocument").innerText().strip());

    assertEquals(
        "DUBLET",
        distribution.sendReceipt(
            third(),
            endpoint,
            tx,
            TransportKvittering.OK,
            ForretningsKvittering.ACCEPTERET,
            "SAG-8",
            "DOK-other",
            null));
    page.navigate("samtale.xhtml?id=" + posted.conversationId());
    assertEquals("JOURNALISED", Ui.state(page));
    assertEquals("SAG-7", page.locator("#receiptCase").innerText().strip(), "first receipt kept");
    assertEquals(acceptedBefore + 1, accepted(), "still one accepted post for the approval");
  }

  @Test
  void rejectedReceiptFailsWithADanishExplanationAndTheNoteCanBeResent(
      WildFlyServer server, BrowserExtension.BrowserSession browser, @TempDir Path dir)
      throws IOException {
    Page page = browser.page();
    Ui.signIn(page, "ole");
    String tx = approvedAndPosted(page, dir).tx();
    assertEquals(
        "MODTAGET",
        distribution.sendReceipt(
            third(),
            receiptEndpoint(server),
            tx,
            TransportKvittering.OK,
            ForretningsKvittering.AFVIST,
            null,
            null,
            "Sagen er afsluttet"));
    Ui.awaitState(page, "JOURNAL_FAILED");
    String failure = page.locator("#journalFailure").innerText();
    assertTrue(failure.contains("Modtageren afviste notatet"), failure);

    Set<String> known = new HashSet<>(distribution.posts().keySet());
    Ui.byId(page, "resendForm:resendCase").fill("32.30.00-G01-9-26");
    Ui.submit(page, "resendForm:resend");
    assertTrue(distribution.awaitPosts(known.size() + 1, Duration.ofSeconds(60)), "no new post");
    Set<String> added = new HashSet<>(distribution.posts().keySet());
    added.removeAll(known);
    String second = added.iterator().next();
    assertEquals(
        "32.30.00-G01-9-26",
        distribution.posts().get(second).request.getJournalpost().getForeslaaetSag());
    distribution.sendReceipt(
        third(),
        receiptEndpoint(server),
        second,
        TransportKvittering.OK,
        ForretningsKvittering.ACCEPTERET,
        "SAG-9",
        "DOK-9",
        null);
    Ui.awaitState(page, "JOURNALISED");
    assertEquals("SAG-9", page.locator("#receiptCase").innerText().strip());
  }

  @Test
  void receiptThatDoesNotComeIsAskedForAndShownToTheOwner(
      WildFlyServer server, BrowserExtension.BrowserSession browser, @TempDir Path dir)
      throws IOException {
    Page page = browser.page();
    Ui.signIn(page, "ole");
    int creates = distribution.createRequests();
    Posted posted = approvedAndPosted(page, dir);
    // The journal server asks after 3 s and raises attention after 2 questions in vain.
    String shown = "";
    for (int i = 0; i < 90 && !shown.contains("endnu ikke bekræftet"); i++) {
      page.waitForTimeout(1000);
      page.navigate("samtale.xhtml?id=" + posted.conversationId());
      shown = page.locator("#problem").count() == 0 ? "" : page.locator("#problem").innerText();
    }
    assertTrue(shown.contains("endnu ikke bekræftet"), "the owner is told: " + shown);
    assertEquals("JOURNALISING", Ui.state(page), "still waiting, not failed");
    assertEquals(creates + 1, distribution.createRequests(), "asked about, not sent again");

    distribution.sendReceipt(
        third(),
        receiptEndpoint(server),
        posted.tx(),
        TransportKvittering.OK,
        ForretningsKvittering.ACCEPTERET,
        "SAG-7",
        "DOK-late",
        null);
    Ui.awaitState(page, "JOURNALISED");
    assertEquals(0, page.locator("#problem").count(), "the attention mark is gone");
    assertEquals("DOK-late", page.locator("#receiptDocument").innerText().strip());
  }

  @Test
  void receiptForAnUnknownTransactionIsRefusedAndLogged(WildFlyServer server) throws IOException {
    String stranger = UUID.randomUUID().toString();
    assertEquals(
        "UKENDT",
        distribution.sendReceipt(
            third(),
            receiptEndpoint(server),
            stranger,
            TransportKvittering.OK,
            ForretningsKvittering.ACCEPTERET,
            "SAG-1",
            "DOK-1",
            null));
    String log = Files.readString(server.serverLog());
    assertTrue(
        log.contains("receipt for an unknown transaction from certificate CN=Fordeling Tredje"),
        "logged, with the sender");
    assertFalse(log.contains(stranger), "the transaction id is not logged");
  }

  @Test
  void aReceiptWithoutTheDistributorsClientCertificateIsRefused(
      WildFlyServer server, BrowserExtension.BrowserSession browser, @TempDir Path dir)
      throws IOException {
    Page page = browser.page();
    Ui.signIn(page, "ole");
    Posted posted = approvedAndPosted(page, dir);
    String tx = posted.tx();
    // Over the application's own listener (plain HTTP): the server answers 403 before the
    // endpoint; the endpoint would refuse it as well.
    IOException plain =
        assertThrows(
            IOException.class,
            () ->
                distribution.sendReceipt(
                    server.baseUri().resolve(RECEIPT_PATH),
                    tx,
                    TransportKvittering.OK,
                    ForretningsKvittering.ACCEPTERET,
                    "SAG-7",
                    "DOK-forged",
                    null));
    assertTrue(plain.getMessage().contains("403"), plain.getMessage());
    // Over the receipt listener without a client certificate, and with one it does not trust:
    // no TLS connection at all.
    for (SSLContext client :
        new SSLContext[] {
          tls().client(ReceiptTls.THIRD, false), tls().client(ReceiptTls.STRANGER)
        }) {
      assertThrows(
          IOException.class,
          () ->
              distribution.sendReceipt(
                  client,
                  receiptEndpoint(server),
                  tx,
                  TransportKvittering.OK,
                  ForretningsKvittering.ACCEPTERET,
                  "SAG-7",
                  "DOK-forged",
                  null));
    }
    page.navigate("samtale.xhtml?id=" + posted.conversationId());
    assertEquals("JOURNALISING", Ui.state(page), "nothing was taken");

    assertEquals(
        "MODTAGET",
        distribution.sendReceipt(
            third(),
            receiptEndpoint(server),
            tx,
            TransportKvittering.OK,
            ForretningsKvittering.ACCEPTERET,
            "SAG-7",
            "DOK-real",
            null));
    Ui.awaitState(page, "JOURNALISED");
    assertEquals("DOK-real", page.locator("#receiptDocument").innerText().strip());
  }

  @Test
  void aReceiptFromAnotherMunicipalitysDistributorIsRefused(
      WildFlyServer server, BrowserExtension.BrowserSession browser, @TempDir Path dir)
      throws IOException {
    Page page = browser.page();
    Ui.signIn(page, "ole");
    Posted posted = approvedAndPosted(page, dir);
    String tx = posted.tx();
    // A distributor the server trusts, but configured for Anden Kommune only: the note is Tredje
    // Kommune's, so the receipt is answered as unknown and changes nothing.
    assertEquals(
        "UKENDT",
        distribution.sendReceipt(
            tls().client(ReceiptTls.OTHER),
            receiptEndpoint(server),
            tx,
            TransportKvittering.OK,
            ForretningsKvittering.ACCEPTERET,
            "SAG-7",
            "DOK-forged",
            null));
    page.navigate("samtale.xhtml?id=" + posted.conversationId());
    assertEquals("JOURNALISING", Ui.state(page), "not journalised by another's distributor");
    String log = Files.readString(server.serverLog());
    assertTrue(log.contains("RECEIPT-REJ-01"), "the refusal is in the security log");
    assertFalse(log.contains(tx), "the transaction id is not logged");

    assertEquals(
        "MODTAGET",
        distribution.sendReceipt(
            third(),
            receiptEndpoint(server),
            tx,
            TransportKvittering.OK,
            ForretningsKvittering.ACCEPTERET,
            "SAG-7",
            "DOK-own",
            null));
    Ui.awaitState(page, "JOURNALISED");
    assertEquals("DOK-own", page.locator("#receiptDocument").innerText().strip());
  }

  @Test
  void slowAnswerAfterThePostWasStoredIsAskedAboutNotSentAgain(
      WildFlyServer server, BrowserExtension.BrowserSession browser, @TempDir Path dir)
      throws IOException {
    Page page = browser.page();
    Ui.signIn(page, "ole");
    int creates = distribution.createRequests();
    distribution.slowAnswer(Duration.ofSeconds(5));
    distribution.fail(Fault.STORE_THEN_SLOW);
    String tx = approvedAndPosted(page, dir).tx();
    // The read timeout is 2 s, the back-off 1 s: by now the status was asked for, and answered.
    page.waitForTimeout(8000);
    assertEquals(creates + 1, distribution.createRequests(), "the post was not sent again");
    distribution.sendReceipt(
        third(),
        receiptEndpoint(server),
        tx,
        TransportKvittering.OK,
        ForretningsKvittering.ACCEPTERET,
        "SAG-7",
        "DOK-slow",
        null);
    Ui.awaitState(page, "JOURNALISED");
    assertEquals(creates + 1, distribution.createRequests(), "one post for the approval");
  }

  @Test
  void receiptArrivingAfterAServerRestartStillJournalises(
      WildFlyServer server, BrowserExtension.BrowserSession browser, @TempDir Path dir)
      throws IOException {
    Page page = browser.page();
    Ui.signIn(page, "ole");
    Posted posted = approvedAndPosted(page, dir);
    String tx = posted.tx();
    long id = posted.conversationId();
    server.stop();
    server.start();
    assertEquals(
        "MODTAGET",
        distribution.sendReceipt(
            third(),
            receiptEndpoint(server),
            tx,
            TransportKvittering.OK,
            ForretningsKvittering.ACCEPTERET,
            "SAG-7",
            "DOK-restart",
            null));
    Page after = browser.newPage();
    Ui.signIn(after, "ole");
    after.navigate("samtale.xhtml?id=" + id);
    Ui.awaitState(after, "JOURNALISED");
    assertEquals("DOK-restart", after.locator("#receiptDocument").innerText().strip());
    assertNotNull(distribution.posts().get(tx));
  }
}
