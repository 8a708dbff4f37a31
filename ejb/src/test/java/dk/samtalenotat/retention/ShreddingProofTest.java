package dk.samtalenotat.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dk.samtalenotat.audio.AudioStore;
import dk.samtalenotat.crypto.CryptoException;
import dk.samtalenotat.crypto.DataKeys;
import dk.samtalenotat.crypto.TestKeys;
import dk.samtalenotat.crypto.WrappedKey;
import dk.samtalenotat.persistence.TestDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof of issues 4 and 14 below the server, on both databases the tests can run: conversations
 * live their whole life (audio, a transcript with distinctive Danish phrases, a generated and an
 * edited draft, approval, the citizen named as a participant; one never approved; one declined with
 * the citizen's words), a backup of the database is taken (every sealed value and every wrapped
 * data key), the sweeps run 31 and 61 days later (content destroyed, then every conversation row
 * purged), the tenant's key is rotated and its old version destroyed once the backup retention has
 * passed; and then nothing of the audio, transcript, draft, CPR numbers or names is in the database
 * (every column of every table, read as a dump would), in the database's own files on disk (data
 * files and write-ahead log) or in the audio folder, while the backup taken before holds no data
 * key that any key still in existence unwraps. The black-box version on the real server is {@code
 * ShreddingProofIT}.
 */
public class ShreddingProofTest {

  static final String CPR_APPROVED = "0703851234";
  static final String CPR_EXPIRED = "1206921357";
  static final String CPR_DECLINED = "2408771592";
  static final String CITIZEN = "Ditte Brøndsted";
  static final String CITIZEN_DECLINED = "Kasper Ulvsgaard";
  static final String DECLINED_REASON = "Ønsker ikke optagelse efter skilsmissen fra Vibeke";
  static final List<String> SAID =
      List.of(
          "Jeg har søgt elevplads som tømrer hos Hedegaard Byg i Ikast",
          "Min ryg har drillet mig siden ulykken på motorvejen ved Brande",
          "Kommunen betaler kørekortet til lastbil hvis praktikken lykkes");
  static final String GENERATED =
      "Borgeren oplyste at have søgt elevplads hos Hedegaard Byg og nævnte rygsmerter.";
  static final String EDITED =
      "Borgeren har søgt elevplads hos Hedegaard Byg; aftalt opfølgning om kørekort til lastbil.";
  static final String SAID_EXPIRED = "Jeg vil helst ikke tale om min gæld til Skattestyrelsen";
  static final String GENERATED_EXPIRED = "Borgeren fortalte om gæld og ønskede ikke at uddybe.";

  /** Distinctive pieces of every plaintext: none may be found anywhere afterwards. */
  static final List<String> FRAGMENTS =
      List.of(
          "Hedegaard",
          "tømrer",
          "elevplads",
          "ulykken på motorvejen",
          "Brande",
          "kørekortet til lastbil",
          "rygsmerter",
          "opfølgning om kørekort",
          "Skattestyrelsen",
          "ønskede ikke at uddybe",
          "skilsmissen fra Vibeke",
          "Brøndsted",
          "Ulvsgaard",
          CPR_APPROVED,
          CPR_EXPIRED,
          CPR_DECLINED);

  /** Recognisable audio bytes: a marker repeated through the samples of a WAV file. */
  static final String AUDIO_MARKER = "PROOF-AUDIO-7f3a9c";

  @TempDir Path dir;

  @Test
  void nothingOfTheContentSurvivesOnH2() throws Exception {
    Path files = dir.resolve("h2");
    DataSource ds =
        TestDatabase.h2(
            "jdbc:h2:file:" + files.resolve("db") + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000");
    prove(ds, files);
  }

  @Test
  void nothingOfTheContentSurvivesOnPostgresql() throws Exception {
    Path files = dir.resolve("pg");
    try (EmbeddedPostgres pg =
        EmbeddedPostgres.builder().setDataDirectory(files).setCleanDataDirectory(true).start()) {
      prove(pg.getPostgresDatabase(), files);
    }
  }

  private void prove(DataSource ds, Path databaseFiles) throws Exception {
    TestKeys kek = new TestKeys();
    DataKeys keys = kek.asDataKeys();
    AudioStore audio = new AudioStore(dir.resolve("audio"), 10_000_000);
    try (TestDatabase db = new TestDatabase(ds)) {
      RetentionFixture life = new RetentionFixture(db, kek, audio);
      db.run(
          em -> {
            life.live(
                em,
                CPR_APPROVED,
                new RetentionFixture.Content(wav(), SAID, GENERATED, EDITED, true),
                CITIZEN);
            life.drafted(
                em,
                CPR_EXPIRED,
                new RetentionFixture.Content(
                    wav(), List.of(SAID_EXPIRED), GENERATED_EXPIRED, null, false));
            life.declined(em, CPR_DECLINED, DECLINED_REASON, CITIZEN_DECLINED);
          });
      // The backup: what the database holds before anything is destroyed. Nothing in it is plain.
      String backupDump = dump(ds);
      List<WrappedKey> backupKeys = wrappedKeys(ds);
      assertTrue(backupDump.contains("Demo Kommune"), "the control: the backup holds metadata");
      for (String fragment : FRAGMENTS) {
        assertFalse(contains(backupDump, fragment), () -> "the backup holds plain " + fragment);
      }
      assertEquals(
          3 + 1 + 1 + 3,
          backupKeys.size(),
          "3 conversations, the audio and transcript still held, 3 draft versions");
      for (WrappedKey k : backupKeys) {
        keys.open(RetentionFixture.CVR, k); // the control: every one opens before
      }

      // 31 days on: past the note cap of the approved one and the expiry of the other; the
      // expired and the declined conversation's rows go at the end of the same sweep (grace 30).
      Instant now = Instant.now();
      RetentionPolicy caps = new RetentionCaps(30).caps();
      assertEquals(
          Map.of(
              RetentionRule.EXPIRED_UNAPPROVED, 1,
              RetentionRule.NOTE_CAP, 2,
              RetentionRule.CONVERSATION_PURGED, 2),
          life.sweep(caps, now.plus(Duration.ofDays(31)), 2));
      // The approved note was never journalised: its row goes 30 days after its text.
      assertEquals(
          Map.of(RetentionRule.CONVERSATION_PURGED, 1),
          life.sweep(caps, now.plus(Duration.ofDays(61)), 2));
      // The key is rotated; its old version goes once the backups (35 days) are gone.
      KeyLifecycle keyLife = life.keys(Duration.ofDays(35));
      assertEquals(2, keyLife.rotate(life.tenantId(), RetentionFixture.CVR, Actor.TIMER, now));
      assertEquals(
          List.of(),
          keyLife.destroyDue(
              life.tenantId(), RetentionFixture.CVR, Actor.TIMER, now.plus(Duration.ofDays(34))),
          "not while a backup may need it");
      assertEquals(
          List.of(1),
          keyLife.destroyDue(
              life.tenantId(), RetentionFixture.CVR, Actor.TIMER, now.plus(Duration.ofDays(35))));
      assertEquals(
          Long.valueOf(2 + 2 + 3 + 3 + 2),
          db.<Long>inTransaction(
              em ->
                  em.createQuery("select count(e) from DeletionEvidence e", Long.class)
                      .getSingleResult()),
          "2 recordings, 2 transcripts, 3 draft versions, 3 conversations, rotation, key version");
      checkpoint(ds);

      String dump = dump(ds);
      // The controls: metadata stored in plaintext is found, so content would be too.
      assertTrue(dump.contains("Demo Kommune"), "the dump reads the tenant table");
      assertTrue(holds(databaseFiles, "Demo Kommune"), "the walk reads the database files");
      for (String fragment : FRAGMENTS) {
        assertFalse(contains(dump, fragment), () -> "the database still holds " + fragment);
      }
      assertFalse(dump.contains(AUDIO_MARKER));
      assertNoFragmentIn(databaseFiles);
      assertNoFragmentIn(dir.resolve("audio"));
      for (String table :
          List.of("conversation", "participant", "audio_recording", "transcript", "draft")) {
        assertEquals("0", scalar(ds, "select count(*) from " + table), table + " rows purged");
      }
      assertEquals("3", scalar(ds, "select count(*) from conversation_record"), "what stays");

      // The backup opened with the keys that exist now: no data key in it unwraps.
      for (WrappedKey k : backupKeys) {
        assertThrows(CryptoException.class, () -> keys.open(RetentionFixture.CVR, k));
      }
    }
  }

  /** Every data key the database holds, whatever table holds it, as a backup holds them. */
  private static List<WrappedKey> wrappedKeys(DataSource ds) throws SQLException {
    List<WrappedKey> out = new ArrayList<>();
    for (String table :
        List.of(
            "conversation",
            "audio_recording",
            "audio_upload",
            "transcript",
            "transcript_window",
            "draft_version")) {
      try (Connection c = ds.getConnection();
          Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "select wrapped_key, kek_version from "
                      + table
                      + " where wrapped_key is not null")) {
        while (rs.next()) {
          out.add(WrappedKey.of(rs.getInt(2), rs.getString(1)));
        }
      }
    }
    return out;
  }

  /**
   * Every column of every table of the schema, as text (binary columns as their bytes read as
   * ISO-8859-1 and as UTF-8): what pg_dump or H2's SCRIPT would write, and a backup would hold.
   */
  public static String dump(DataSource ds) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Connection c = ds.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          String schema = rs.getString("TABLE_SCHEM");
          if (schema == null
              || schema.equalsIgnoreCase("public")
              || schema.equalsIgnoreCase("PUBLIC")) {
            tables.add(rs.getString("TABLE_NAME"));
          }
        }
      }
      assertTrue(tables.size() > 10, () -> "tables found: " + tables);
      for (String table : tables) {
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("select * from \"" + table + "\"")) {
          ResultSetMetaData md = rs.getMetaData();
          while (rs.next()) {
            out.append(table).append(':');
            for (int i = 1; i <= md.getColumnCount(); i++) {
              switch (md.getColumnType(i)) {
                case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                  byte[] b = rs.getBytes(i);
                  if (b != null) {
                    out.append(new String(b, StandardCharsets.ISO_8859_1))
                        .append(new String(b, StandardCharsets.UTF_8));
                  }
                }
                default -> out.append(rs.getString(i));
              }
              out.append('|');
            }
            out.append('\n');
          }
        }
      }
    }
    return out.toString();
  }

  /** Case-insensitive, as a search of a dump would be. */
  static boolean contains(String haystack, String fragment) {
    return haystack
        .toLowerCase(java.util.Locale.ROOT)
        .contains(fragment.toLowerCase(java.util.Locale.ROOT));
  }

  /** Every byte of every file under the folder, in UTF-8, ISO-8859-1 and UTF-16 spellings. */
  static void assertNoFragmentIn(Path folder) throws IOException {
    List<byte[]> needles = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String f : FRAGMENTS) {
      for (var cs :
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
    int walked = 0;
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
        byte[] content = Files.readAllBytes(p);
        walked++;
        for (int i = 0; i < needles.size(); i++) {
          if (indexOf(content, needles.get(i)) >= 0) {
            fail(p + " holds " + names.get(i));
          }
        }
      }
    }
    assertTrue(walked > 0 || folder.endsWith("audio"), () -> "no files under " + folder);
  }

  static boolean holds(Path folder, String text) throws IOException {
    byte[] needle = text.getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
        if (indexOf(Files.readAllBytes(p), needle) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  static int indexOf(byte[] haystack, byte[] needle) {
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

  /** A short WAV whose samples repeat {@link #AUDIO_MARKER}. */
  static byte[] wav() {
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    for (int i = 0; i < 200; i++) {
      data.writeBytes(AUDIO_MARKER.getBytes(StandardCharsets.US_ASCII));
    }
    byte[] samples = data.toByteArray();
    java.nio.ByteBuffer b =
        java.nio.ByteBuffer.allocate(44 + samples.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples.length);
    b.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16);
    b.putShort((short) 1).putShort((short) 1).putInt(16_000).putInt(32_000);
    b.putShort((short) 2).putShort((short) 16);
    b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples.length).put(samples);
    return b.array();
  }

  /** Makes the database write what it holds to its data files, so the walk sees them. */
  private static void checkpoint(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
      s.execute(product.contains("h2") ? "CHECKPOINT SYNC" : "CHECKPOINT");
    }
  }

  private static String scalar(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
