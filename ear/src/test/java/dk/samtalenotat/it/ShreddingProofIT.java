package dk.samtalenotat.it;

import static dk.samtalenotat.it.Ui.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Page;
import dk.samtalenotat.crypto.CryptoException;
import dk.samtalenotat.crypto.DataKeys;
import dk.samtalenotat.crypto.Pkcs12KeyEncryptionKeys;
import dk.samtalenotat.crypto.WrappedKey;
import dk.samtalenotat.journal.fake.FakeCaseSystem.Fault;
import dk.samtalenotat.journal.fake.FakeMomentum;
import dk.samtalenotat.journal.fake.FakeSbsys;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.KeyStore;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof of issues 4 and 14 on the real server. Conversations go through their whole life in the
 * browser (audio upload of a WAV with recognisable bytes, a Teams transcript with distinctive
 * Danish phrases, the draft, an edit, approval, the citizen named as a participant; one never
 * approved after its draft, one never past its audio, one declined with the citizen's words), and
 * two notes are journalised through failures that make the error paths run: into a fake SBSYS,
 * first into another citizen's case (refused by the case check, nothing sent, also on resend), then
 * through a 500 whose answer echoes the note; into a fake Momentum through a 500 whose answer
 * echoes the CPR number, after a citizen look-up with the CPR number in its URL.
 *
 * <p>Then a backup of the database and the key store is taken, 31 days pass (timestamps aged while
 * the server is stopped), the administrator sees what is overdue and runs the sweep twice (content
 * destroyed, then the rows purged: the grace period is configured to nothing), and rotates the key.
 * The last start runs the retention and rotation timers every few seconds (schedules set by
 * configuration), so that the other municipality is swept and every tenant's key rotated; the
 * backup retention is configured to nothing, so old versions are destroyed at once. Afterwards no
 * CPR number, citizen name or fragment of the audio, transcript or draft is in the database (H2's
 * SCRIPT, or every row of PostgreSQL), in any file under the server's data folder (database,
 * message journal, timer store, audio, key store), in the server's logs, or in the old backup
 * opened with the current key store, whose data keys no key that exists unwraps.
 *
 * <p>The database is read with JDBC while the server is stopped (H2 with the driver of the server's
 * own module; the embedded PostgreSQL of the execution). Runs in the {@code proof-its} and {@code
 * proof-pg-its} executions on a server of its own, wired to the fakes on the ports the execution
 * names.
 */
@EnabledIfSystemProperty(named = "samtalenotat.it.proof", matches = "true")
@ExtendWith({WildFlyExtension.class, BrowserExtension.class})
class ShreddingProofIT {

  private static final String CPR_APPROVED = "240384-1357";
  private static final String CPR_EXPIRED = "051177-2468";
  private static final String CPR_AUDIO_ONLY = "300990-3579";
  private static final String CPR_DECLINED = "120562-4826";
  private static final String CPR_MOMENTUM = "171285-2914";
  private static final String CPR_UNKNOWN = "010203-4567";
  private static final String CPR_OTHER = "020202-2222";

  private static final String CITIZEN = "Ditte Brøndsted";
  private static final String CITIZEN_MOMENTUM = "Kasper Ulvsgaard";
  private static final String CITIZEN_DECLINED = "Henrik Fjordbæk";
  private static final String DECLINED_REASON = "Vil ikke optages efter skilsmissen fra Vibeke";

  private static final String DEMO = "11111111";
  private static final String OTHER = "22222222";

  private static final String TRANSCRIPT_APPROVED =
      """
      WEBVTT

      00:00:01.000 --> 00:00:06.000
      <v Sagsbehandler>Velkommen. Lad os tale om din jobsøgning og din praktik.</v>

      00:00:07.000 --> 00:00:13.000
      <v Borger>Jeg har søgt elevplads som tømrer hos Hedegaard Byg i Ikast.</v>

      00:00:13.500 --> 00:00:20.000
      <v Borger>Min ryg har drillet mig siden ulykken på motorvejen ved Brande.</v>

      00:00:20.500 --> 00:00:26.000
      <v Sagsbehandler>Vi aftaler, at du søger mindst fire stillinger om ugen.</v>
      """;

  private static final String TRANSCRIPT_EXPIRED =
      """
      WEBVTT

      00:00:01.000 --> 00:00:06.000
      <v Borger>Jeg vil helst ikke tale om min gæld til Skattestyrelsen.</v>

      00:00:07.000 --> 00:00:12.000
      <v Sagsbehandler>Det respekterer jeg. Vi ses om fire uger i Silkeborg.</v>
      """;

  private static final String TRANSCRIPT_MOMENTUM =
      """
      Sagsbehandler: Hvordan går det med praktikken på vindmøllefabrikken i Lem?
      Borger: Jeg er blevet tilbudt fast arbejde som klejnsmed fra januar.
      Sagsbehandler: Det er godt. Vi aftaler, at du sender kontrakten.
      """;

  private static final String EDIT = "Borgeren medbringer svendebrev fra Viborg Tekniske Skole.";

  /**
   * Distinctive pieces of everything said or written, and of the citizens: none may be found
   * anywhere afterwards.
   */
  private static final List<String> FRAGMENTS =
      List.of(
          "Hedegaard",
          "elevplads som tømrer",
          "ulykken på motorvejen",
          "Brande",
          "Skattestyrelsen",
          "Silkeborg",
          "svendebrev",
          "Viborg Tekniske",
          "vindmøllefabrikken",
          "klejnsmed",
          "skilsmissen fra Vibeke",
          "Brøndsted",
          "Ulvsgaard",
          "Fjordbæk",
          digits(CPR_APPROVED),
          CPR_APPROVED,
          digits(CPR_EXPIRED),
          CPR_EXPIRED,
          digits(CPR_AUDIO_ONLY),
          CPR_AUDIO_ONLY,
          digits(CPR_DECLINED),
          CPR_DECLINED,
          digits(CPR_MOMENTUM),
          CPR_MOMENTUM,
          digits(CPR_UNKNOWN),
          CPR_UNKNOWN);

  private static final String AUDIO_MARKER = "PROOF-AUDIO-4e1d7b";

  private static final String SCHEDULE_KEY = "samtalenotat.it.env.SAMTALENOTAT_RETENTION_SCHEDULE";
  private static final String ROTATION_KEY =
      "samtalenotat.it.env.SAMTALENOTAT_CRYPTO_ROTATION_SCHEDULE";

  @TempDir Path dir;

  @Test
  void afterTheSweepsAndTheRotationNothingPersonalIsLeftAnywhere(
      WildFlyServer server, BrowserExtension.BrowserSession browser) throws Exception {
    String schedule = System.getProperty(SCHEDULE_KEY);
    String rotation = System.getProperty(ROTATION_KEY);
    Throwable failure = null;
    try (FakeSbsys sbsys =
            new FakeSbsys(Integer.getInteger("samtalenotat.it.proof.fake-sbsys-port"));
        FakeMomentum momentum =
            new FakeMomentum(Integer.getInteger("samtalenotat.it.proof.fake-momentum-port"))) {
      prove(server, browser, sbsys, momentum);
    } catch (Exception | AssertionError e) {
      failure = e;
      throw e;
    } finally {
      restore(SCHEDULE_KEY, schedule);
      restore(ROTATION_KEY, rotation);
      // The shared server is expected up after each test; a failure to start it must not hide
      // the test's own failure.
      if (!server.isRunning()) {
        try {
          server.start();
        } catch (RuntimeException e) {
          if (failure == null) {
            throw e;
          }
          failure.addSuppressed(e);
        }
      }
    }
  }

  private void prove(
      WildFlyServer server,
      BrowserExtension.BrowserSession browser,
      FakeSbsys sbsys,
      FakeMomentum momentum)
      throws Exception {
    Database db = TestPostgres.current() != null ? new Postgres() : new H2(server);
    sbsys.addCase(17, "SAG-PROOF-1", "Jobafklaring", "Aktiv", CPR_APPROVED);
    sbsys.addCase(18, "SAG-ANDEN-1", "En anden borgers sag", "Aktiv", CPR_OTHER);
    momentum.addCitizen(digits(CPR_MOMENTUM), "M-PROOF");
    Path wav = dir.resolve("samtale.wav");
    Files.write(wav, wav());
    Path approvedVtt = dir.resolve("approved.vtt");
    Files.writeString(approvedVtt, TRANSCRIPT_APPROVED);
    Path expiredVtt = dir.resolve("expired.vtt");
    Files.writeString(expiredVtt, TRANSCRIPT_EXPIRED);
    Path momentumTxt = dir.resolve("momentum.txt");
    Files.writeString(momentumTxt, TRANSCRIPT_MOMENTUM);

    // The whole life: audio, transcript, draft, edit, approval; the case typed is another
    // citizen's.
    Page page = browser.page();
    Ui.signIn(page, "mette");
    long approved = register(page, CPR_APPROVED, "SAG-ANDEN-1", CITIZEN);
    Ui.uploadAudio(page, wav);
    Ui.awaitState(page, "AUDIO_RECEIVED");
    Ui.importTranscript(page, approvedVtt);
    Ui.awaitState(page, "DRAFT_READY");
    assertTrue(page.locator(".segments").innerText().contains("Hedegaard Byg"));
    byId(page, "draftForm:content")
        .fill(byId(page, "draftForm:content").inputValue() + "\n" + EDIT);
    Ui.submit(page, "draftForm:save");
    // The school is not in the transcript: flagged, and the caseworker confirms it.
    Ui.confirmFlags(page);
    Ui.submitConfirmed(page, "draftForm:approve");

    // SBSYS's own look-up says the case is not the citizen's: nothing is sent.
    Ui.awaitState(page, "JOURNAL_FAILED");
    String failure = page.locator("#journalFailure").innerText();
    assertTrue(failure.contains("ikke blandt borgerens sager"), failure);
    assertEquals(0, sbsys.createRequests(), "nothing sent into another citizen's case");
    byId(page, "resendForm:resendCase").fill("SAG-ANDEN-1");
    Ui.submit(page, "resendForm:resend");
    assertTrue(Ui.messages(page).contains("Notatet er ikke sendt"), Ui.messages(page));
    assertEquals(0, sbsys.createRequests(), "nor on resend");
    // Into the citizen's own case, through a 500 whose answer quotes the note.
    sbsys.fail(Fault.ERROR_500);
    byId(page, "resendForm:resendCase").fill("SAG-PROOF-1");
    Ui.submit(page, "resendForm:resend");
    Ui.awaitState(page, "JOURNALISED");
    assertEquals(1, sbsys.notes().size(), "exactly one note, in the citizen's case");
    assertEquals(17, sbsys.notes().get(0).caseId());

    // Drafted and never approved; one that never got further than its audio; one declined.
    long expired = Ui.registerConversation(page, CPR_EXPIRED, "SAG-PROOF-2");
    Ui.uploadAudio(page, wav);
    Ui.importTranscript(page, expiredVtt);
    Ui.awaitState(page, "DRAFT_READY");
    long audioOnly = Ui.registerConversation(page, CPR_AUDIO_ONLY, "SAG-PROOF-3");
    Ui.uploadAudio(page, wav);
    Ui.awaitState(page, "AUDIO_RECEIVED");
    Ui.openRegistration(page, CPR_DECLINED, "SAG-PROOF-4");
    byId(page, "register:participants:0:participantName").fill(CITIZEN_DECLINED);
    page.locator("label[for='register:consent:1']").click();
    byId(page, "register:declinedReason").fill(DECLINED_REASON);
    byId(page, "register:save").click();
    page.waitForURL(Pattern.compile(".*samtale\\.xhtml\\?.*id=\\d+.*"));
    assertEquals("DECLINED", Ui.state(page));

    // The other municipality, into Momentum: a look-up of an unknown citizen (the CPR number in
    // the URL, echoed in the 404), then a note through a 500 that echoes the CPR number.
    Page karen = browser.newPage();
    Ui.signIn(karen, "karen");
    Ui.openRegistration(karen, CPR_UNKNOWN, "");
    byId(karen, "register:findCases").click();
    karen.waitForCondition(() -> Ui.messages(karen).contains("ingen åbne sager"));
    momentum.fail(Fault.ERROR_500);
    long other = register(karen, CPR_MOMENTUM, "M-PROOF", CITIZEN_MOMENTUM);
    Ui.importTranscript(karen, momentumTxt);
    Ui.awaitState(karen, "DRAFT_READY");
    Ui.submitConfirmed(karen, "draftForm:approve");
    Ui.awaitState(karen, "JOURNALISED");
    assertEquals(1, momentum.notes().size(), "exactly one note in Momentum");

    // The backup: the database and the key store as they are before anything is destroyed.
    server.stop();
    Path keyStoreBackup = dir.resolve("backup-keys");
    copyFolder(server.dataDir().resolve("samtalenotat-keys"), keyStoreBackup);
    String backupDump;
    List<Sealed> backup;
    try (Connection c = db.connect()) {
      backupDump = db.dump(c);
      backup = wrappedKeys(c);
      DataKeys keys = keys(server.dataDir().resolve("samtalenotat-keys"));
      for (Sealed s : backup) {
        keys.open(s.cvr(), s.key()); // the control: before, every data key opens
      }
      assertTrue(
          backup.stream().anyMatch(s -> s.cvr().equals(OTHER)), "the other tenant's keys too");
      // 31 days pass while the server is down.
      for (String table : List.of("conversation", "audio_recording", "transcript")) {
        String column =
            switch (table) {
              case "conversation" -> "registered_at";
              case "transcript" -> "created_at";
              default -> "received_at";
            };
        update(c, "UPDATE " + table + " SET " + column + " = " + db.monthAgo(column));
      }
      update(c, "UPDATE draft SET approved_at = " + db.monthAgo("approved_at"));
      update(c, "UPDATE draft_version SET created_at = " + db.monthAgo("created_at"));
    }
    assertTrue(backupDump.contains("Demo Kommune"), "the control: the backup holds the metadata");
    for (String fragment : FRAGMENTS) {
      assertFalse(contains(backupDump, fragment), "the backup holds plain " + fragment);
    }
    server.start();

    // The administrator sees what is overdue (metadata only), sweeps twice (content, then the
    // finished rows, the grace period being nothing here), and rotates the key.
    Page admin = browser.newPage();
    Ui.signIn(admin, "admin");
    admin.navigate("oprydning.xhtml");
    int overdue = Integer.parseInt(admin.locator("#overdue-summary").getAttribute("data-overdue"));
    assertTrue(overdue >= 5, "expiry of two, audio cap, note text of the journalised one, rows");
    // Operations sees it too, without asking the administrator: the metric a dashboard alerts on
    // counts what is overdue by more than its margin (an hour by default; a month here).
    awaitOverdueMetric(server, 5);
    String rows = admin.locator("[id='dueItems'] tr.overdue").allInnerTexts().toString();
    for (long id : List.of(approved, expired, audioOnly)) {
      assertTrue(rows.contains(String.valueOf(id)), () -> id + " is overdue: " + rows);
    }
    String screen = admin.locator("main").innerText();
    for (String fragment : FRAGMENTS) {
      assertFalse(contains(screen, fragment), "the screen shows no content: " + fragment);
    }
    Ui.submitConfirmed(admin, "sweep:run");
    assertTrue(Ui.messages(admin).contains("sletning"), Ui.messages(admin));
    Ui.submitConfirmed(admin, "sweep:run");
    assertEquals("0", admin.locator("#overdue-summary").getAttribute("data-overdue"));
    Ui.submit(admin, "keyForm:rotate");
    assertTrue(Ui.messages(admin).contains("skiftet til version 2"), Ui.messages(admin));
    assertEquals("2", admin.locator("#keyCurrent").getAttribute("data-version"));
    assertEquals(
        "true",
        admin.locator(".key-version[data-version='1']").getAttribute("data-destroyed"),
        "version 1 destroyed at once: the backup retention is nothing here");
    assertFalse(admin.locator("#keyLastDestruction").innerText().contains("Endnu ingen"));
    assertFalse(admin.locator("#keyNext").innerText().isBlank());
    server.stop();

    // The last start: the timers every few seconds sweep the other municipality and rotate every
    // tenant's key (schedules moved by configuration).
    System.setProperty(SCHEDULE_KEY, "*/5 * * * * *");
    System.setProperty(ROTATION_KEY, "*/20 * * * * *");
    server.start();
    awaitLog(server, "retention sweep of tenant " + OTHER, "CONVERSATION_PURGED");
    awaitKeysDestroyed(server.dataDir().resolve("samtalenotat-keys"), Set.of(DEMO, OTHER));
    admin = browser.newPage();
    Ui.signIn(admin, "admin");
    admin.navigate("oprydning.xhtml");
    assertTrue(
        Integer.parseInt(admin.locator("#keyCurrent").getAttribute("data-version")) >= 3,
        "rotated by the timer since");
    server.stop();

    try (Connection c = db.connect()) {
      db.checkpoint(c);
      String script = db.dump(c);
      assertTrue(script.contains("Demo Kommune"), "the control: the dump holds the metadata");
      for (String fragment : FRAGMENTS) {
        assertFalse(contains(script, fragment), "the database holds " + fragment);
        String hex = HexFormat.of().formatHex(fragment.getBytes(StandardCharsets.UTF_8));
        assertFalse(contains(script, hex), "the database holds " + fragment + " as binary");
      }
      assertFalse(script.contains(AUDIO_MARKER));
      assertFalse(
          contains(
              script, HexFormat.of().formatHex(AUDIO_MARKER.getBytes(StandardCharsets.US_ASCII))));

      assertEquals(0, count(c, "SELECT COUNT(*) FROM conversation"), "every row purged");
      assertEquals(0, count(c, "SELECT COUNT(*) FROM participant"));
      assertEquals(0, count(c, "SELECT COUNT(*) FROM journal_outbox"));
      assertEquals(
          5, count(c, "SELECT COUNT(*) FROM conversation_record"), "what stays, without persons");
      assertEquals(
          5, count(c, "SELECT COUNT(*) FROM deletion_evidence WHERE object_type = 'CONVERSATION'"));
      assertTrue(
          count(c, "SELECT COUNT(*) FROM deletion_evidence WHERE object_type = 'KEY_VERSION'") >= 4,
          "rotation and destruction of each tenant's first version");
      assertEquals(
          8,
          count(
              c,
              "SELECT COUNT(*) FROM deletion_evidence WHERE object_type IN"
                  + " ('AUDIO', 'TRANSCRIPT', 'DRAFT_VERSION') AND conversation_id IN ("
                  + approved
                  + ", "
                  + expired
                  + ", "
                  + audioOnly
                  + ")"),
          "3 recordings, 2 transcripts, 3 draft versions, each once");
      assertEquals(
          3,
          count(c, "SELECT COUNT(*) FROM deletion_evidence WHERE conversation_id = " + other),
          "the other municipality's: its transcript, its draft version and its row");
    }

    // The old backup, opened with the key store as it is now: no data key in it unwraps.
    DataKeys now = keys(server.dataDir().resolve("samtalenotat-keys"));
    for (Sealed s : backup) {
      assertThrows(CryptoException.class, () -> now.open(s.cvr(), s.key()), s.table());
    }
    // The key store backup of before still holds version 1: it is a backup like the database's,
    // kept no longer than they are (README, "Encryption and retention").
    assertTrue(aliases(keyStoreBackup).contains("kek." + DEMO + ".1"));

    assertNoFragmentIn(server.dataDir());
    assertNoFragmentIn(server.serverLog().getParent());
    if (TestPostgres.current() != null) {
      assertNoFragmentIn(TestPostgres.current().dataDir());
    }
  }

  /** Registers a conversation into the case with the citizen as a participant. */
  private static long register(Page page, String cpr, String caseReference, String citizen) {
    Ui.openRegistration(page, cpr, caseReference);
    byId(page, "register:participants:0:participantName").fill(citizen);
    page.locator("label[for='register:consent:0']").click();
    byId(page, "register:save").click();
    page.waitForURL(Pattern.compile(".*samtale\\.xhtml\\?.*id=\\d+.*"));
    return Ui.conversationId(page);
  }

  private static String digits(String cpr) {
    return cpr.replace("-", "");
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }

  /**
   * Waits until the Prometheus text of the management interface counts at least {@code least}
   * deletions overdue for the demo municipality in {@code samtalenotat_retention_overdue} (the
   * gauge is counted within its first 15-second tick after the start).
   */
  private static void awaitOverdueMetric(WildFlyServer server, int least) {
    Pattern gauge =
        Pattern.compile(
            "samtalenotat_retention_overdue\\{[^}]*municipality=\"" + DEMO + "\"[^}]*} ([0-9.E]+)");
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.managementPort() + "/prometheus"))
            .timeout(Duration.ofSeconds(30))
            .build();
    await(
        () -> {
          try {
            Matcher m =
                gauge.matcher(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
            return m.find() && Double.parseDouble(m.group(1)) >= least;
          } catch (IOException e) {
            return false;
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
          }
        },
        "samtalenotat_retention_overdue of " + DEMO + " at " + least + " or more");
  }

  /** Waits until a line of the server's log holds every one of the texts. */
  private static void awaitLog(WildFlyServer server, String... texts) throws IOException {
    await(
        () -> {
          try (Stream<String> lines = Files.lines(server.serverLog(), StandardCharsets.UTF_8)) {
            return lines.anyMatch(l -> Stream.of(texts).allMatch(l::contains));
          } catch (IOException | java.io.UncheckedIOException e) {
            return false;
          }
        },
        "a log line with " + List.of(texts));
  }

  /**
   * Waits until the key store no longer holds version 1 of the tenants' key-encryption keys, read
   * without changing it (the server writes it).
   */
  private static void awaitKeysDestroyed(Path folder, Set<String> tenants) {
    await(
        () -> {
          try {
            Set<String> aliases = aliases(folder);
            return tenants.stream()
                .allMatch(
                    t ->
                        !aliases.contains("kek." + t + ".1")
                            && aliases.stream().anyMatch(a -> a.startsWith("kek." + t + ".")));
          } catch (IOException | java.security.GeneralSecurityException e) {
            return false;
          }
        },
        "version 1 of " + tenants + " destroyed");
  }

  private static void await(BooleanSupplier condition, String what) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        fail("waited in vain for " + what);
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail("interrupted");
      }
    }
  }

  static Set<String> aliases(Path folder)
      throws IOException, java.security.GeneralSecurityException {
    char[] password =
        Files.readString(folder.resolve("tenant-keys.password"), StandardCharsets.UTF_8)
            .strip()
            .toCharArray();
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(folder.resolve("tenant-keys.p12"))) {
      ks.load(in, password);
    }
    return Set.copyOf(Collections.list(ks.aliases()));
  }

  private static void copyFolder(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** The application's database, read directly while the server is stopped. */
  private interface Database {
    Connection connect() throws Exception;

    /** Everything the database holds, as a backup of it would. */
    String dump(Connection c) throws SQLException;

    /** SQL for the column's value 31 days earlier. */
    String monthAgo(String column);

    /** Writes what the database holds to its files, so the walk of them sees it. */
    void checkpoint(Connection c) throws SQLException;
  }

  /** The demo's H2 file, with the driver of the server's own H2 module. */
  private record H2(WildFlyServer server) implements Database {
    @Override
    public Connection connect() throws Exception {
      return h2(server);
    }

    @Override
    public String dump(Connection c) throws SQLException {
      return script(c);
    }

    @Override
    public String monthAgo(String column) {
      return "DATEADD(DAY, -31, " + column + ")";
    }

    @Override
    public void checkpoint(Connection c) throws SQLException {
      try (Statement s = c.createStatement()) {
        s.execute("CHECKPOINT SYNC");
      }
    }
  }

  /** The embedded PostgreSQL of the execution, which keeps running while WildFly is stopped. */
  private static final class Postgres implements Database {
    @Override
    public Connection connect() throws SQLException {
      return TestPostgres.current().dataSource().getConnection();
    }

    /**
     * What pg_dump would write: every column of every table in the schema, as text (bytea as its
     * hex form, which the assertions search too).
     */
    @Override
    public String dump(Connection c) throws SQLException {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = c.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          tables.add(rs.getString("TABLE_NAME"));
        }
      }
      assertTrue(tables.size() > 10, () -> "tables: " + tables);
      StringBuilder out = new StringBuilder();
      for (String table : tables) {
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("SELECT t::text FROM \"" + table + "\" t")) {
          while (rs.next()) {
            out.append(table).append(' ').append(rs.getString(1)).append('\n');
          }
        }
      }
      return out.toString();
    }

    @Override
    public String monthAgo(String column) {
      return column + " - INTERVAL '31 days'";
    }

    @Override
    public void checkpoint(Connection c) throws SQLException {
      try (Statement s = c.createStatement()) {
        s.execute("CHECKPOINT");
      }
    }
  }

  /** A data key as the backup holds it: its table, its tenant, the key wrapped. */
  private record Sealed(String table, String cvr, WrappedKey key) {}

  /** Every data key the database holds, whatever table holds it, with its tenant. */
  private static List<Sealed> wrappedKeys(Connection db) throws SQLException {
    List<Sealed> out = new ArrayList<>();
    for (String[] q :
        List.of(
            new String[] {
              "conversation",
              "SELECT t.cvr, x.wrapped_key, x.kek_version FROM"
                  + " conversation x JOIN tenant t ON t.id = x.tenant_id"
            },
            new String[] {
              "audio_recording",
              "SELECT t.cvr, x.wrapped_key, x.kek_version FROM"
                  + " audio_recording x JOIN conversation c ON c.id = x.conversation_id"
                  + " JOIN tenant t ON t.id = c.tenant_id"
            },
            new String[] {
              "audio_upload",
              "SELECT t.cvr, x.wrapped_key, x.kek_version FROM"
                  + " audio_upload x JOIN conversation c ON c.id = x.conversation_id"
                  + " JOIN tenant t ON t.id = c.tenant_id"
            },
            new String[] {
              "transcript",
              "SELECT t.cvr, x.wrapped_key, x.kek_version FROM"
                  + " transcript x JOIN conversation c ON c.id = x.conversation_id"
                  + " JOIN tenant t ON t.id = c.tenant_id"
            },
            new String[] {
              "draft_version",
              "SELECT t.cvr, x.wrapped_key, x.kek_version FROM"
                  + " draft_version x JOIN draft d ON d.id = x.draft_id"
                  + " JOIN conversation c ON c.id = d.conversation_id"
                  + " JOIN tenant t ON t.id = c.tenant_id"
            })) {
      try (Statement s = db.createStatement();
          ResultSet rs = s.executeQuery(q[1] + " WHERE x.wrapped_key IS NOT NULL")) {
        while (rs.next()) {
          out.add(new Sealed(q[0], rs.getString(1), WrappedKey.of(rs.getInt(3), rs.getString(2))));
        }
      }
    }
    assertTrue(out.size() >= 10, () -> "data keys in the backup: " + out.size());
    return out;
  }

  /** The tenants' key-encryption keys, from the key store folder given. */
  private static DataKeys keys(Path folder) throws IOException {
    String password =
        Files.readString(folder.resolve("tenant-keys.password"), StandardCharsets.UTF_8).strip();
    return new DataKeys(
        new Pkcs12KeyEncryptionKeys(folder.resolve("tenant-keys.p12"), password.toCharArray()));
  }

  /**
   * The application's H2 file, opened with the H2 driver of the server's own module while the
   * server is stopped.
   */
  static Connection h2(WildFlyServer server) throws Exception {
    Path module =
        Path.of(System.getProperty("samtalenotat.it.wildfly.home"))
            .resolve("modules/system/layers/base/com/h2database/h2/main");
    Path jar;
    try (Stream<Path> files = Files.list(module)) {
      jar = files.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
    }
    URLClassLoader loader =
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    Driver driver =
        (Driver)
            Class.forName("org.h2.Driver", true, loader).getDeclaredConstructor().newInstance();
    Properties login = new Properties();
    login.setProperty("user", "sa");
    login.setProperty("password", "sa");
    Connection c =
        driver.connect(
            "jdbc:h2:file:" + server.dataDir().resolve("samtalenotat/db") + ";IFEXISTS=TRUE",
            login);
    if (c == null) {
      fail("H2 refused the URL");
    }
    return c;
  }

  private static void update(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement()) {
      assertTrue(s.executeUpdate(sql) > 0, sql);
    }
  }

  static long count(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The whole database as SQL, as H2 writes a backup. */
  static String script(Connection db) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SCRIPT")) {
      while (rs.next()) {
        out.append(rs.getString(1)).append('\n');
      }
    }
    return out.toString();
  }

  private static boolean contains(String haystack, String needle) {
    return haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
  }

  private static void assertNoFragmentIn(Path folder) throws IOException {
    assertNoFragmentIn(folder, FRAGMENTS);
  }

  /**
   * Every byte of every file under the folder, in UTF-8, ISO-8859-1 and UTF-16 spellings, holds
   * none of the fragments (nor this proof's audio marker).
   */
  static void assertNoFragmentIn(Path folder, List<String> fragments) throws IOException {
    List<byte[]> needles = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String f : fragments) {
      for (Charset cs :
          List.of(
              StandardCharsets.UTF_8,
              StandardCharsets.ISO_8859_1,
              StandardCharsets.UTF_16LE,
              StandardCharsets.UTF_16BE)) {
        needles.add(f.getBytes(cs));
        names.add(f + " (" + cs + ")");
      }
    }
    needles.add(AUDIO_MARKER.getBytes(StandardCharsets.US_ASCII));
    names.add("the audio marker");
    // A running database (the PostgreSQL proof) creates and removes its own temporary files
    // (pg_internal.init, for one) while the walk goes on: a file gone before it was read holds
    // nothing any more, every file still there is read.
    int[] files = {0};
    Files.walkFileTree(
        folder,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path p, BasicFileAttributes attributes)
              throws IOException {
            if (!attributes.isRegularFile()) {
              return FileVisitResult.CONTINUE;
            }
            byte[] content;
            try {
              content = Files.readAllBytes(p);
            } catch (NoSuchFileException gone) {
              return FileVisitResult.CONTINUE;
            }
            files[0]++;
            for (int i = 0; i < needles.size(); i++) {
              if (indexOf(content, needles.get(i)) >= 0) {
                fail(p + " holds " + names.get(i));
              }
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path p, IOException e) throws IOException {
            if (e instanceof NoSuchFileException) {
              return FileVisitResult.CONTINUE;
            }
            throw e;
          }
        });
    assertTrue(files[0] > 0, "no files under " + folder);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** A short 16 kHz mono WAV whose samples repeat {@link #AUDIO_MARKER}. */
  private static byte[] wav() {
    byte[] marker = AUDIO_MARKER.getBytes(StandardCharsets.US_ASCII);
    byte[] samples = new byte[marker.length * 400];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = marker[i % marker.length];
    }
    ByteBuffer b = ByteBuffer.allocate(44 + samples.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples.length);
    b.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16);
    b.putShort((short) 1).putShort((short) 1).putInt(16_000).putInt(32_000);
    b.putShort((short) 2).putShort((short) 16);
    b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples.length).put(samples);
    return b.array();
  }
}
