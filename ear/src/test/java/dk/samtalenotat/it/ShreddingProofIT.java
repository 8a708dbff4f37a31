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
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof of issue 4 on the real server: conversations go through their whole life in the browser
 * (audio upload of a WAV with recognisable bytes, a Teams transcript with distinctive Danish
 * phrases, the draft, an edit, approval; one never approved after its draft, one never past its
 * audio), 31 days pass, the administrator runs the sweep from the clean-up screen, and then no
 * fragment of the audio, transcript, draft or CPR is in the database (H2's SCRIPT), in any file
 * under the server's data folder (database, message journal, timer store, audio, key store) or in
 * the server's logs; and the draft ciphertext a backup taken before the sweep holds cannot be
 * opened with any key the database still holds, although it opened with its own before.
 *
 * <p>Time passes by ageing the stored timestamps by 31 days while the server is stopped (no test
 * hook in the application). The database is read with JDBC on the H2 file while the server is
 * stopped, with the H2 driver of the server's own module (the same version that wrote the file, so
 * the file is never upgraded under the server): WildFly's datasource cannot run {@code SCRIPT TO}
 * for us, and a TCP or AUTO_SERVER mode only for tests would be a configuration production never
 * runs. Runs in the {@code proof-its} execution on a server of its own (the test stops and starts
 * it; demo samples off; the retention timer set to a yearly time so that the sweep happens when the
 * test asks for it).
 */
@EnabledIfSystemProperty(named = "samtalenotat.it.proof", matches = "true")
@ExtendWith({WildFlyExtension.class, BrowserExtension.class})
class ShreddingProofIT {

  private static final String CPR_APPROVED = "240384-1357";
  private static final String CPR_EXPIRED = "051177-2468";
  private static final String CPR_AUDIO_ONLY = "300990-3579";

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

  private static final String EDIT = "Borgeren medbringer svendebrev fra Viborg Tekniske Skole.";

  /** Distinctive pieces of everything said or written: none may be found anywhere afterwards. */
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
          "2403841357",
          "240384-1357",
          "0511772468",
          "051177-2468",
          "3009903579",
          "300990-3579");

  private static final String AUDIO_MARKER = "PROOF-AUDIO-4e1d7b";

  @TempDir Path dir;

  @Test
  void afterTheSweepNothingOfTheContentIsLeftAnywhere(
      WildFlyServer server, BrowserExtension.BrowserSession browser) throws Exception {
    try {
      prove(server, browser);
    } finally {
      // The shared server is expected up after each test.
      if (!server.isRunning()) {
        server.start();
      }
    }
  }

  private void prove(WildFlyServer server, BrowserExtension.BrowserSession browser)
      throws Exception {
    Database db = TestPostgres.current() != null ? new Postgres() : new H2(server);
    Path wav = dir.resolve("samtale.wav");
    Files.write(wav, wav());
    Path approvedVtt = dir.resolve("approved.vtt");
    Files.writeString(approvedVtt, TRANSCRIPT_APPROVED);
    Path expiredVtt = dir.resolve("expired.vtt");
    Files.writeString(expiredVtt, TRANSCRIPT_EXPIRED);

    // The whole life: audio, transcript, draft, edit, approval.
    Page page = browser.page();
    Ui.signIn(page, "mette");
    long approved = Ui.registerConversation(page, CPR_APPROVED, "SAG-PROOF-1");
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
    Ui.awaitState(page, "APPROVED");

    // Drafted and never approved; and one that never got further than its audio.
    long expired = Ui.registerConversation(page, CPR_EXPIRED, "SAG-PROOF-2");
    Ui.uploadAudio(page, wav);
    Ui.importTranscript(page, expiredVtt);
    Ui.awaitState(page, "DRAFT_READY");
    long audioOnly = Ui.registerConversation(page, CPR_AUDIO_ONLY, "SAG-PROOF-3");
    Ui.uploadAudio(page, wav);
    Ui.awaitState(page, "AUDIO_RECEIVED");

    // 31 days pass while the server is down; a backup of the draft text is taken meanwhile.
    server.stop();
    List<Sealed> backup;
    try (Connection c = db.connect()) {
      backup = sealedDrafts(c);
      assertEquals(3, backup.size(), "two versions of the approved draft, one of the other");
      DataKeys keys = keys(server);
      for (Sealed s : backup) {
        assertTrue(
            keys.open(s.cvr(), s.key()).open(s.aad(), s.ciphertext()).contains("Borger"),
            "the control: before the sweep the backup opens with its own key");
      }
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
    server.start();

    // The administrator sees what is overdue (metadata only) and runs the sweep.
    Page admin = browser.newPage();
    Ui.signIn(admin, "admin");
    admin.navigate("oprydning.xhtml");
    int overdue = Integer.parseInt(admin.locator("#overdue-summary").getAttribute("data-overdue"));
    assertTrue(overdue >= 5, "expiry of two, audio cap, transcript cap, two note versions");
    String rows = admin.locator("[id='dueItems'] tr.overdue").allInnerTexts().toString();
    for (long id : List.of(approved, expired, audioOnly)) {
      assertTrue(rows.contains(String.valueOf(id)), () -> id + " is overdue: " + rows);
    }
    String screen = admin.locator("main").innerText();
    for (String fragment : FRAGMENTS) {
      assertFalse(screen.contains(fragment), "the screen shows no content: " + fragment);
    }
    Ui.submitConfirmed(admin, "sweep:run");
    assertTrue(Ui.messages(admin).contains("4 sletning"), Ui.messages(admin));
    assertEquals("0", admin.locator("#overdue-summary").getAttribute("data-overdue"));
    server.stop();

    try (Connection c = db.connect()) {
      db.checkpoint(c);
      String script = db.dump(c);
      assertTrue(script.contains("SAG-PROOF-1"), "the control: SCRIPT holds the metadata");
      for (String fragment : FRAGMENTS) {
        assertFalse(contains(script, fragment), "the database holds " + fragment);
        String hex = HexFormat.of().formatHex(fragment.getBytes(StandardCharsets.UTF_8));
        assertFalse(contains(script, hex), "the database holds " + fragment + " as binary");
      }
      assertFalse(script.contains(AUDIO_MARKER));
      assertFalse(
          contains(
              script, HexFormat.of().formatHex(AUDIO_MARKER.getBytes(StandardCharsets.US_ASCII))));

      assertEquals(
          8,
          count(c, "SELECT COUNT(*) FROM deletion_evidence WHERE LENGTH(ciphertext_sha256) = 64"),
          "3 recordings, 2 transcripts, 3 draft versions, each once");
      for (String table : List.of("audio_recording", "transcript", "draft_version")) {
        assertEquals(
            0, count(c, "SELECT COUNT(*) FROM " + table + " WHERE wrapped_key IS NOT NULL"), table);
        assertEquals(
            0, count(c, "SELECT COUNT(*) FROM " + table + " WHERE destroyed_at IS NULL"), table);
      }
      assertEquals(0, count(c, "SELECT COUNT(*) FROM transcript_segment"));
      assertEquals(0, count(c, "SELECT COUNT(*) FROM draft_sentence"));
      assertEquals(0, count(c, "SELECT COUNT(*) FROM draft_version WHERE content IS NOT NULL"));

      // The backup's ciphertext: its own key is gone, and no key the database still holds opens it.
      List<WrappedKey> left = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT wrapped_key, kek_version FROM conversation")) {
        while (rs.next()) {
          left.add(WrappedKey.of(rs.getInt(2), rs.getString(1)));
        }
      }
      assertEquals(3, left.size(), "the CPR keys of the three conversations are what is left");
      DataKeys keys = keys(server);
      for (Sealed s : backup) {
        assertFalse(left.contains(s.key()));
        for (WrappedKey k : left) {
          var key = keys.open(s.cvr(), k);
          assertThrows(CryptoException.class, () -> key.open(s.aad(), s.ciphertext()));
        }
      }
    }

    assertNoFragmentIn(server.dataDir());
    assertNoFragmentIn(server.serverLog().getParent());
    if (TestPostgres.current() != null) {
      assertNoFragmentIn(TestPostgres.current().dataDir());
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

  private record Sealed(String cvr, String aad, String ciphertext, WrappedKey key) {}

  private static List<Sealed> sealedDrafts(Connection db) throws SQLException {
    List<Sealed> out = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT t.cvr, v.object_id, v.content, v.wrapped_key, v.kek_version"
                    + " FROM draft_version v JOIN draft d ON d.id = v.draft_id"
                    + " JOIN conversation c ON c.id = d.conversation_id"
                    + " JOIN tenant t ON t.id = c.tenant_id WHERE v.content IS NOT NULL")) {
      while (rs.next()) {
        out.add(
            new Sealed(
                rs.getString(1),
                rs.getString(2) + ":content",
                rs.getString(3),
                WrappedKey.of(rs.getInt(5), rs.getString(4))));
      }
    }
    return out;
  }

  /** The tenants' key-encryption keys, from the key store the demo server made at first start. */
  private static DataKeys keys(WildFlyServer server) throws IOException {
    Path folder = server.dataDir().resolve("samtalenotat-keys");
    String password =
        Files.readString(folder.resolve("tenant-keys.password"), StandardCharsets.UTF_8).strip();
    return new DataKeys(
        new Pkcs12KeyEncryptionKeys(folder.resolve("tenant-keys.p12"), password.toCharArray()));
  }

  /**
   * The application's H2 file, opened with the H2 driver of the server's own module while the
   * server is stopped.
   */
  private static Connection h2(WildFlyServer server) throws Exception {
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

  private static long count(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The whole database as SQL, as H2 writes a backup. */
  private static String script(Connection db) throws SQLException {
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

  /** Every byte of every file under the folder, in UTF-8, ISO-8859-1 and UTF-16 spellings. */
  private static void assertNoFragmentIn(Path folder) throws IOException {
    List<byte[]> needles = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String f : FRAGMENTS) {
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
