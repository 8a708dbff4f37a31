package dk.samtalenotat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.RequestOptions;
import dk.samtalenotat.conversation.ConversationType;
import dk.samtalenotat.demosbsys.SbsysCaseSystem;
import dk.samtalenotat.journal.fake.FakeSbsys;
import dk.samtalenotat.journal.fake.SelfSignedCertificate;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installation's operator (driftsansvarlig) runs the municipalities and sees nothing of their
 * citizens: a fourth municipality's caseworker is refused until the operator onboards it with SBSYS
 * as its case system (a fake SBSYS the test starts on loopback, its address, credentials and
 * timeouts typed into the onboarding form), signs on once it is onboarded, is refused with the
 * Danish suspension page (and loses the open session) while it is suspended, and signs on again
 * when it is resumed; she documents a conversation whose note is journalised into that fake SBSYS,
 * once, in her municipality's case. Then, suspended again, the municipality is offboarded: its
 * conversation destroyed, its state OFFBOARDED with a report in PDF, its sign-on still refused, and
 * the shredding proof finds nothing of it; the other municipalities' conversations, settings
 * versions, retention, templates and keys are as before. The operator reaches no conversation,
 * access log, document or user list of any municipality, by page or by the REST API; a
 * municipality's administrator reaches none of the operator's screens.
 */
@ExtendWith({WildFlyExtension.class, BrowserExtension.class})
class OperatorIT {

  private static final String FOURTH = "44444445";
  private static final String OTHERS_CVR = "(11111111|22222222|33333333)";
  private static final String CPR = "210688-1234";
  private static final String CASE = "SAG-FJERDE-1";
  private static final String KEY_STORE_PASSWORD =
      "Adgangskode til nøglelageret (klientcertifikat)";
  private static final String KEY_STORE_SECRET = "test-only-keystore-password";

  /** Phrases of the fourth municipality's conversation that nothing may hold after offboarding. */
  private static final List<String> FRAGMENTS =
      List.of("Skovlunde Savværk", "rygskaden fra Tølløse", "2106881234", CPR);

  private static final String TRANSCRIPT =
      """
      Sagsbehandler: Velkommen. I dag taler vi om din jobsøgning.
      Borger: Jeg har søgt en stilling som truckfører hos Skovlunde Savværk.
      Borger: Jeg kan ikke løfte tungt på grund af rygskaden fra Tølløse.
      Sagsbehandler: Vi aftaler, at du søger tre stillinger om ugen.
      Borger: Det er fint.
      """;

  @Test
  void theOperatorOnboardsSuspendsResumesAndOffboardsAMunicipality(
      WildFlyServer server, BrowserExtension.BrowserSession browser, @TempDir Path dir)
      throws Exception {
    try (FakeSbsys sbsys = new FakeSbsys(0)) {
      sbsys.addCase(41, CASE, "Jobafklaring", "Aktiv", CPR);
      onboardJournaliseAndOffboard(server, browser, dir, sbsys);
    } finally {
      // The shared server is expected up after each test.
      if (!server.isRunning()) {
        server.start();
      }
    }
  }

  private void onboardJournaliseAndOffboard(
      WildFlyServer server, BrowserExtension.BrowserSession browser, Path dir, FakeSbsys sbsys)
      throws Exception {
    // Not served yet: refused as not a tenant.
    Page fie = browser.page();
    fie.navigate("saml/login");
    fie.locator("#user-fie").click();
    fie.locator("#sign-in-error").waitFor();
    assertEquals("SAML-REJ-19", fie.locator("#sign-in-error-code").innerText().strip());

    Page drift = browser.newPage();
    Ui.signIn(drift, "drift");
    assertTrue(
        drift.url().contains("drift.xhtml"), "the start page leads to the operator's screen");
    assertTrue(drift.content().contains("Demo Kommune"), "the municipalities are listed");
    // The installation's health, as the load balancer reads it: the demo's five checks in order.
    assertEquals(
        List.of("database", "messaging", "key-store", "engines", "case-systems"),
        drift.locator("#installation-health .health-check").all().stream()
            .map(c -> c.getAttribute("data-check"))
            .toList());
    assertEquals(
        "I orden",
        drift
            .locator("#installation-health .health-check[data-check='database']")
            .locator("xpath=ancestor::tr")
            .locator(".health-state")
            .innerText()
            .strip());
    // What the test can read of the other municipalities, to compare after the offboarding: their
    // rows in the operator's list (state, settings version, case system), and the demo
    // administrator's retention, templates and key versions.
    List<String> othersBefore = others(drift);
    assertEquals(3, othersBefore.size(), othersBefore.toString());
    Page admin = browser.newPage();
    Ui.signIn(admin, "admin");
    Map<String, String> demoBefore = demoAdministration(admin);

    // A mistyped CVR is caught by its check digits, and a key store that does not open with the
    // password typed is refused before anything is stored.
    Path keyStore = clientKeyStore(dir);
    Ui.byId(drift, "onboard:cvr").fill("44444444");
    Ui.byId(drift, "onboard:name").fill("Fjerde Kommune");
    Ui.byId(drift, "onboard:administrators").fill("6f1c2a10-0000-4000-8000-000000000040");
    drift.locator("[id='onboard'] input[type=file]").first().setInputFiles(keyStore);
    setting(drift, KEY_STORE_PASSWORD).fill("not-the-password");
    Ui.submit(drift, "onboard:onboardButton");
    assertTrue(Ui.messages(drift).contains("CVR-nummeret er ikke gyldigt"), Ui.messages(drift));
    assertTrue(Ui.messages(drift).contains("Nøglelageret kan ikke åbnes"), Ui.messages(drift));
    assertEquals("", setting(drift, KEY_STORE_PASSWORD).inputValue(), "a secret is not shown");

    Ui.byId(drift, "onboard:cvr").fill(FOURTH);
    Ui.byId(drift, "onboard:name").fill("Fjerde Kommune");
    Ui.byId(drift, "onboard:administrators").fill("6f1c2a10-0000-4000-8000-000000000040");
    drift.locator("input[id$=':contact']").first().fill("Fjerde Kommune");
    // The case system: SBSYS at the fake's address, with its credentials and timeouts in seconds.
    Ui.choose(drift, "onboard:caseSystem", "SBSYS");
    setting(drift, "Adresse (URL)").fill(sbsys.url().toString());
    setting(drift, "Tid til forbindelse (sekunder, standard 5)").fill("5");
    setting(drift, "Tid til svar (sekunder, standard 30)").fill("10");
    setting(drift, "Klient-id").fill(FakeSbsys.CLIENT);
    setting(drift, "Klienthemmelighed").fill(FakeSbsys.SECRET);
    setting(drift, "Brugernavn").fill(FakeSbsys.USER);
    setting(drift, "Adgangskode").fill(FakeSbsys.PASSWORD);
    // Its client certificate for mutual TLS, uploaded with its password (stored sealed; the fake
    // SBSYS here speaks plain HTTP, so the journalising below does not use it).
    drift.locator("[id='onboard'] input[type=file]").first().setInputFiles(keyStore);
    setting(drift, KEY_STORE_PASSWORD).fill(KEY_STORE_SECRET);
    Ui.submit(drift, "onboard:onboardButton");
    assertTrue(Ui.messages(drift).contains("er tilsluttet"), Ui.messages(drift));
    assertEquals("ACTIVE", status(drift, FOURTH));
    assertFalse(
        drift.content().contains(FakeSbsys.SECRET)
            || drift.content().contains(FakeSbsys.PASSWORD)
            || drift.content().contains(KEY_STORE_SECRET),
        "a secret is never shown again");

    // Onboarded: the caseworker signs on and works.
    Page fieIn = browser.newPage();
    Ui.signIn(fieIn, "fie");
    fieIn.navigate("samtaler.xhtml");
    assertEquals(1, fieIn.locator("#signed-in-user").count());

    // Suspended: the open session ends, and a new sign-on gets the Danish suspension page.
    drift.navigate("drift.xhtml");
    drift.waitForNavigation(
        () ->
            drift
                .locator(".municipality-action[data-cvr='" + FOURTH + "'] .suspend-municipality")
                .first()
                .click());
    assertTrue(Ui.messages(drift).contains("lukket midlertidigt"), Ui.messages(drift));
    assertEquals("SUSPENDED", status(drift, FOURTH));
    fieIn.navigate("samtaler.xhtml");
    assertEquals(0, fieIn.locator("#signed-in-user").count(), "signed out: " + fieIn.url());
    Page again = browser.newPage();
    again.navigate("saml/login");
    again.locator("#user-fie").click();
    again.locator("#sign-in-error").waitFor();
    assertEquals("SAML-REJ-41", again.locator("#sign-in-error-code").innerText().strip());
    assertTrue(
        again.locator("#sign-in-error-text").innerText().contains("midlertidigt lukket"),
        again.locator("#sign-in-error-text").innerText());

    // Resumed by the REST API: signs on again.
    APIResponse resumed =
        drift.request().post("api/operator/municipalities/" + FOURTH + "/resume", jsonBody());
    assertEquals(200, resumed.status(), resumed.text());
    assertTrue(resumed.text().contains("true"), resumed.text());
    Page back = browser.newPage();
    Ui.signIn(back, "fie");
    assertEquals(1, back.locator("#signed-in-user").count());

    // The municipality's caseworker documents a conversation, and its note is journalised into
    // her municipality's SBSYS, once, in the citizen's case; the demo municipality has its own.
    Path transcript = dir.resolve("samtale.txt");
    Files.writeString(transcript, TRANSCRIPT);
    long conversation = Ui.registerConversation(back, CPR, CASE);
    Ui.importTranscript(back, transcript);
    Ui.awaitState(back, "DRAFT_READY");
    assertEquals(0, sbsys.createRequests(), "nothing journalised before the approval");
    Ui.submitConfirmed(back, "draftForm:approve");
    Ui.awaitState(back, "JOURNALISED");
    assertEquals("41", back.locator("#receiptCase").innerText().strip());
    assertEquals(1, sbsys.notes().size(), "exactly one note in the fourth municipality's SBSYS");
    assertEquals(1, sbsys.createRequests(), "sent once");
    SbsysCaseSystem.Note note = sbsys.notes().get(0);
    assertEquals(41, note.caseId());
    assertTrue(note.html().contains("godkendt af Fie Fjord"), note.html());
    Page mette = browser.newPage();
    Ui.signIn(mette, "mette");
    int demoConversations = conversations(mette);

    // Only a suspended municipality is offboarded, and the refusal says why in Danish.
    APIResponse early =
        drift
            .request()
            .post("api/operator/municipalities/" + FOURTH + "/offboard", confirmation(FOURTH));
    assertEquals(409, early.status(), early.text());
    assertTrue(early.text().contains("ikke er lukket midlertidigt"), early.text());
    APIResponse suspended =
        drift.request().post("api/operator/municipalities/" + FOURTH + "/suspend", jsonBody());
    assertEquals(200, suspended.status(), suspended.text());

    // On the screen in two steps: the CVR number typed wrong deletes nothing.
    drift.navigate("drift.xhtml");
    drift.waitForNavigation(
        () ->
            drift
                .locator(".municipality-action[data-cvr='" + FOURTH + "'] .offboard-municipality")
                .first()
                .click());
    assertTrue(
        drift.locator("#offboard-warning").innerText().contains("kan ikke fortrydes"),
        drift.locator("#offboard-warning").innerText());
    Ui.byId(drift, "offboard:confirmCvr").fill("44444444");
    Ui.submit(drift, "offboard:offboardButton");
    assertTrue(Ui.messages(drift).contains("ikke kommunens"), Ui.messages(drift));
    assertEquals("SUSPENDED", status(drift, FOURTH));
    Ui.byId(drift, "offboard:confirmCvr").fill(FOURTH);
    Ui.submit(drift, "offboard:offboardButton");
    assertTrue(Ui.messages(drift).contains("er afviklet"), Ui.messages(drift));
    assertEquals("OFFBOARDED", status(drift, FOURTH));

    // The operator's REST list says OFFBOARDED, and the report is a PDF.
    APIResponse list = drift.request().get("api/operator/municipalities");
    assertEquals(200, list.status(), list.text());
    Matcher row =
        Pattern.compile("\\{[^{}]*\"cvr\"\\s*:\\s*\"" + FOURTH + "\"[^{}]*\\}")
            .matcher(list.text());
    assertTrue(row.find(), list.text());
    assertTrue(row.group().contains("\"OFFBOARDED\""), row.group());
    APIResponse report =
        drift.request().get("api/operator/municipalities/" + FOURTH + "/offboarding-report");
    assertEquals(200, report.status(), report.statusText());
    assertTrue(report.headers().get("content-type").startsWith("application/pdf"));
    assertTrue(new String(report.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    APIResponse twice =
        drift
            .request()
            .post("api/operator/municipalities/" + FOURTH + "/offboard", confirmation(FOURTH));
    assertEquals(409, twice.status(), twice.text());
    assertTrue(twice.text().contains("allerede afviklet"), twice.text());

    // Its caseworker stays refused; the demo municipality's conversations are all there.
    Page after = browser.newPage();
    after.navigate("saml/login");
    after.locator("#user-fie").click();
    after.locator("#sign-in-error").waitFor();
    assertEquals("SAML-REJ-41", after.locator("#sign-in-error-code").innerText().strip());
    assertEquals(demoConversations, conversations(mette), "the demo municipality's conversations");
    assertEquals(1, sbsys.notes().size(), "the note in the case system is the municipality's own");

    // No other municipality's settings or data changed.
    assertEquals(othersBefore, others(drift), "the other municipalities' rows");
    assertEquals(demoBefore, demoAdministration(admin), "the demo municipality's administration");

    // The shredding proof, black-box: the key store holds no key of the municipality (every
    // wrapped data key of its conversations, in the database and in any backup, is unreadable);
    // then, with the server stopped, the database holds no conversation, employee, template or
    // settings version of it and no plain fragment of the conversation, and no file under the
    // server's data folder or its logs holds one. What the test cannot see: the case system's copy
    // (the journalised note, which is the
    // municipality's record and stays there by design) and backups outside this machine.
    Set<String> aliases = ShreddingProofIT.aliases(server.dataDir().resolve("samtalenotat-keys"));
    assertTrue(
        aliases.stream().noneMatch(a -> a.startsWith("kek." + FOURTH + ".")),
        "its key-encryption keys destroyed: " + aliases);
    assertFalse(aliases.contains("lookup." + FOURTH), "its CPR look-up key destroyed");
    assertTrue(
        aliases.stream().anyMatch(a -> a.startsWith("kek.11111111.")),
        "the control: the demo municipality's key is there");
    server.stop();
    try (Connection c = ShreddingProofIT.h2(server)) {
      String tenant = "(SELECT id FROM tenant WHERE cvr = '" + FOURTH + "')";
      assertEquals(
          "OFFBOARDED",
          single(c, "SELECT status FROM tenant WHERE cvr = '" + FOURTH + "'"),
          "the tenant row stays for the evidence");
      assertEquals(
          0,
          ShreddingProofIT.count(
              c, "SELECT COUNT(*) FROM conversation WHERE tenant_id = " + tenant));
      assertEquals(
          0,
          ShreddingProofIT.count(
              c, "SELECT COUNT(*) FROM conversation WHERE id = " + conversation));
      assertEquals(
          1,
          ShreddingProofIT.count(
              c, "SELECT COUNT(*) FROM conversation_record WHERE id = " + conversation),
          "what stays of the conversation, without persons");
      assertTrue(
          ShreddingProofIT.count(
                  c,
                  "SELECT COUNT(*) FROM deletion_evidence WHERE conversation_id = "
                      + conversation
                      + " AND retention_rule = 'TENANT_OFFBOARDED'")
              >= 1,
          "deletion evidence of the conversation");
      assertEquals(
          0,
          ShreddingProofIT.count(
              c, "SELECT COUNT(*) FROM tenant_settings_version WHERE tenant_id = " + tenant),
          "its settings, secrets sealed or not, deleted");
      // Reduced to what the evidence needs: its employees, devices, templates and retention
      // settings gone too, each row with evidence; the access log stays with pseudonymous keys.
      for (String table :
          List.of("app_user", "device_credential", "note_template_version", "retention_settings")) {
        assertEquals(
            0,
            ShreddingProofIT.count(
                c, "SELECT COUNT(*) FROM " + table + " WHERE tenant_id = " + tenant),
            table);
      }
      assertTrue(
          ShreddingProofIT.count(
                  c,
                  "SELECT COUNT(*) FROM deletion_evidence WHERE object_type = 'USER'"
                      + " AND tenant_id = "
                      + tenant)
              >= 1,
          "deletion evidence of its caseworker's row");
      // The installation's standard templates and default retention were copied to it at
      // onboarding (nobody of it changed them): their rows went with evidence.
      assertEquals(
          ConversationType.values().length,
          ShreddingProofIT.count(
              c,
              "SELECT COUNT(*) FROM deletion_evidence WHERE object_type = 'TEMPLATE_VERSION'"
                  + " AND tenant_id = "
                  + tenant),
          "a template version of every conversation type");
      assertEquals(
          1,
          ShreddingProofIT.count(
              c,
              "SELECT COUNT(*) FROM deletion_evidence WHERE object_id LIKE 'retention:%'"
                  + " AND tenant_id = "
                  + tenant),
          "its retention settings");
      String dump = ShreddingProofIT.script(c);
      assertTrue(dump.contains("Demo Kommune"), "the control: the dump holds the metadata");
      assertFalse(dump.contains("Fie Fjord"), "the caseworker's name is gone with her row");
      for (String fragment : FRAGMENTS) {
        assertFalse(
            dump.toLowerCase(Locale.ROOT).contains(fragment.toLowerCase(Locale.ROOT)),
            "the database holds " + fragment);
      }
    }
    ShreddingProofIT.assertNoFragmentIn(server.dataDir(), FRAGMENTS);
    ShreddingProofIT.assertNoFragmentIn(server.serverLog().getParent(), FRAGMENTS);
  }

  /** The municipality's client certificate (OCES3 in production) in a PKCS#12 file. */
  private static Path clientKeyStore(Path dir) throws Exception {
    KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
    rsa.initialize(2048);
    KeyPair keys = rsa.generateKeyPair();
    X509Certificate cert =
        SelfSignedCertificate.create(keys, "Fjerde Kommune (test)", Duration.ofDays(1));
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry(
        "oces3", keys.getPrivate(), KEY_STORE_SECRET.toCharArray(), new Certificate[] {cert});
    Path file = dir.resolve("fjerde-klient.p12");
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, KEY_STORE_SECRET.toCharArray());
    }
    return file;
  }

  /** A setting of the onboarding form by its label. */
  private static Locator setting(Page page, String label) {
    return page.locator("[id='onboard']")
        .getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
  }

  /** The operator's REST rows of the three other municipalities, as JSON objects' text. */
  private static List<String> others(Page drift) {
    APIResponse list = drift.request().get("api/operator/municipalities");
    assertEquals(200, list.status(), list.text());
    List<String> rows = new ArrayList<>();
    Matcher row =
        Pattern.compile("\\{[^{}]*\"cvr\"\\s*:\\s*\"" + OTHERS_CVR + "\"[^{}]*\\}")
            .matcher(list.text());
    while (row.find()) {
      rows.add(row.group());
    }
    return rows;
  }

  /** The demo administrator's retention settings, templates and key versions, as shown. */
  private static Map<String, String> demoAdministration(Page admin) {
    Map<String, String> shown = new TreeMap<>();
    admin.navigate("oprydning.xhtml");
    for (String field : List.of("audioDays", "transcriptDays", "noteDays")) {
      shown.put(field, Ui.byId(admin, "settings:" + field).inputValue());
    }
    shown.put("keyCurrent", admin.locator("#keyCurrent").getAttribute("data-version"));
    shown.put("keyVersions", admin.locator("[id$='keyVersions']").innerText());
    admin.navigate("skabeloner.xhtml");
    shown.put("templates", admin.locator("[id='templates']").innerText());
    return shown;
  }

  private static String single(Connection c, String sql) throws java.sql.SQLException {
    try (var s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      assertTrue(rs.next(), sql);
      return rs.getString(1);
    }
  }

  /** How many conversations the caseworker's list shows. */
  private static int conversations(Page page) {
    page.navigate("samtaler.xhtml");
    page.locator("#signed-in-user").waitFor();
    return page.locator("table tbody tr .open-link").count();
  }

  private static RequestOptions confirmation(String cvr) {
    return RequestOptions.create()
        .setHeader("Content-Type", "application/json")
        .setData("{\"confirm\":\"" + cvr + "\"}");
  }

  @Test
  void theOperatorReadsNoConversationAccessLogDocumentOrUser(
      BrowserExtension.BrowserSession browser) {
    Page drift = browser.page();
    Ui.signIn(drift, "drift");
    for (String page :
        List.of(
            "samtaler.xhtml",
            "samtale.xhtml?id=1",
            "ny-samtale.xhtml",
            "adgangslog.xhtml",
            "dokumenter.xhtml",
            "brugere.xhtml",
            "oprydning.xhtml",
            "journalisering.xhtml",
            "skabeloner.xhtml",
            "gevinster.xhtml",
            "enheder.xhtml")) {
      Response r = drift.navigate(page);
      assertEquals(403, r.status(), page);
    }
    for (String api :
        List.of(
            "api/conversations/1/review-activity",
            "api/conversations/1/audio",
            "api/compliance/access-log?from=2020-01-01&to=2030-01-01",
            "api/compliance/security-events?from=2020-01-01&to=2030-01-01",
            "api/compliance/deletion-evidence/conversation/1",
            "api/users",
            "api/benefit")) {
      APIResponse r = drift.request().get(api);
      assertEquals(403, r.status(), api + ": " + r.text());
    }
    drift.navigate("drift.xhtml");
    assertFalse(drift.content().contains("Mette Sørensen"), "no employee of a municipality");
  }

  @Test
  void aMunicipalitysAdministratorReachesNoOperatorScreen(BrowserExtension.BrowserSession browser) {
    Page admin = browser.page();
    Ui.signIn(admin, "admin");
    assertEquals(403, admin.navigate("drift.xhtml").status());
    assertEquals(403, admin.request().get("api/operator/municipalities").status());
    APIResponse suspend =
        admin.request().post("api/operator/municipalities/22222222/suspend", jsonBody());
    assertEquals(403, suspend.status(), suspend.text());

    // The other municipality is untouched: its administrator still signs on.
    Page bo = browser.newPage();
    Ui.signIn(bo, "bo");
    assertEquals(1, bo.locator("#signed-in-user").count());
  }

  private static String status(Page page, String cvr) {
    return page.locator(".municipality-status[data-cvr='" + cvr + "']").getAttribute("data-status");
  }

  private static RequestOptions jsonBody() {
    return RequestOptions.create().setHeader("Content-Type", "application/json").setData("{}");
  }
}
