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
 * The proof of issue 4 below the server, on both databases the tests can run: conversations live
 * their whole life (audio, a transcript with distinctive Danish phrases, a generated and an edited
 * draft, approval; others never approved), the sweep runs 31 days later, and then nothing of the
 * audio, transcript or draft plaintext is in the database (every column of every table, read as a
 * dump would), in the database's own files on disk (data files and write-ahead log) or in the audio
 * folder; and the ciphertext a backup taken before the sweep holds cannot be decrypted with any key
 * the database still holds. The black-box version on the real server is {@code ShreddingProofIT}.
 */
class ShreddingProofTest {

  static final String CPR_APPROVED = "0703851234";
  static final String CPR_EXPIRED = "1206921357";
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
          CPR_APPROVED,
          CPR_EXPIRED);

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
    List<Sealed> backup;
    try (TestDatabase db = new TestDatabase(ds)) {
      RetentionFixture life = new RetentionFixture(db, kek, audio);
      db.run(
          em -> {
            life.live(
                em,
                CPR_APPROVED,
                new RetentionFixture.Content(wav(), SAID, GENERATED, EDITED, true));
            life.drafted(
                em,
                CPR_EXPIRED,
                new RetentionFixture.Content(
                    wav(), List.of(SAID_EXPIRED), GENERATED_EXPIRED, null, false));
          });
      // Before the sweep: the draft text is readable with its key, as a backup would hold it.
      backup = sealedDrafts(ds);
      assertEquals(3, backup.size(), "generated and edited version, and the expiring draft");
      for (Sealed s : backup) {
        String text = keys.open(RetentionFixture.CVR, s.key()).open(s.aad(), s.ciphertext());
        assertTrue(text.startsWith("Borgeren"), "the control: a live key opens its text");
      }

      // 31 days on: past the note cap of the approved one and the expiry of the other.
      Map<RetentionRule, Integer> destroyed =
          life.sweep(new RetentionCaps(30).caps(), Instant.now().plus(Duration.ofDays(31)), 2);
      assertEquals(
          Map.of(RetentionRule.EXPIRED_UNAPPROVED, 1, RetentionRule.NOTE_CAP, 2), destroyed);
      assertEquals(
          Long.valueOf(7),
          db.<Long>inTransaction(
              em ->
                  em.createQuery("select count(e) from DeletionEvidence e", Long.class)
                      .getSingleResult()),
          "2 recordings, 2 transcripts, 3 draft versions");
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

      // The ciphertext of the backup: its own key is gone, and no key left in the database opens
      // it.
      List<WrappedKey> left = wrappedKeys(ds);
      for (Sealed s : backup) {
        assertFalse(left.contains(s.key()), "the data key of " + s.aad() + " is destroyed");
        for (WrappedKey k : left) {
          var key = keys.open(RetentionFixture.CVR, k);
          assertThrows(CryptoException.class, () -> key.open(s.aad(), s.ciphertext()));
        }
      }
      assertEquals(
          "0", scalar(ds, "select count(*) from draft_version where wrapped_key is not null"));
      assertEquals(
          "0", scalar(ds, "select count(*) from transcript where wrapped_key is not null"));
      assertEquals(
          "0", scalar(ds, "select count(*) from audio_recording where wrapped_key is not null"));
    }
  }

  /** The draft versions' ciphertext with their keys, read as a backup holds them. */
  private static List<Sealed> sealedDrafts(DataSource ds) throws SQLException {
    List<Sealed> out = new ArrayList<>();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select object_id, content, wrapped_key, kek_version from draft_version"
                    + " where content is not null")) {
      while (rs.next()) {
        out.add(
            new Sealed(
                rs.getString(1) + ":content",
                rs.getString(2),
                WrappedKey.of(rs.getInt(4), rs.getString(3))));
      }
    }
    return out;
  }

  private record Sealed(String aad, String ciphertext, WrappedKey key) {}

  /** Every data key still in the database, whatever table holds it. */
  private static List<WrappedKey> wrappedKeys(DataSource ds) throws SQLException {
    List<WrappedKey> out = new ArrayList<>();
    for (String table : List.of("conversation", "audio_recording", "transcript", "draft_version")) {
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
    assertFalse(out.isEmpty(), "the conversations' CPR keys remain: the check has keys to try");
    return out;
  }

  /**
   * Every column of every table of the schema, as text (binary columns as their bytes read as
   * ISO-8859-1 and as UTF-8): what pg_dump or H2's SCRIPT would write, and a backup would hold.
   */
  static String dump(DataSource ds) throws SQLException {
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
