package dk.samtalenotat.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the migrations of every database folder on a real engine where one can run here: H2 for h2,
 * an embedded PostgreSQL server for postgresql, and H2 in SQL Server mode as a syntax check of
 * sqlserver (SQL Server itself cannot run on the build machines). Then checks that the three give
 * the same tables and columns, so that the folders stay equivalent.
 */
class MigrationsTest {

  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void allFoldersMigrateToTheSameTablesAndColumns() throws SQLException {
    Map<String, TreeSet<String>> h2 = migrate(h2("h2", ""), "h2", "PUBLIC");
    Map<String, TreeSet<String>> pg =
        migrate(postgres.getPostgresDatabase(), "postgresql", "public");
    Map<String, TreeSet<String>> mssql =
        migrate(h2("mssql", ";MODE=MSSQLServer"), "sqlserver", "PUBLIC");

    assertFalse(h2.isEmpty(), "no tables after migrating h2");
    assertEquals(pg, h2, "h2 and postgresql migrations differ");
    assertEquals(pg, mssql, "sqlserver and postgresql migrations differ");
  }

  /**
   * Sealed texts (Base64 of an AES-GCM record: 4 × characters + 40 at most, three UTF-8 bytes per
   * character) fit their columns in every dialect: segments of 10,000 characters
   * (TranscriptSegment.MAX_TEXT), sentences of 100,000 (CitedSentence.MAX_TEXT), notes of 200,000
   * (DraftVersion.MAX_CONTENT), flag texts of 10,000 (DraftFlag.MAX_TEXT).
   */
  @Test
  void sealedTextColumnsHoldTheLongestAcceptedTexts() throws SQLException {
    Map<String, Integer> needed =
        Map.of(
            "transcript_segment.segment_text", sealed(10_000),
            "draft_sentence.sentence_text", sealed(100_000),
            "draft_version.content", sealed(200_000),
            "draft_flag.fact", sealed(10_000),
            "draft_flag.reason", sealed(10_000));
    Map<String, DataSource> dialects =
        Map.of(
            "h2", h2("sizes-h2", ""),
            "postgresql", postgres.getPostgresDatabase(),
            "sqlserver", h2("sizes-mssql", ";MODE=MSSQLServer"));
    for (Map.Entry<String, DataSource> d : dialects.entrySet()) {
      flyway(d.getValue(), d.getKey()).migrate();
      try (Connection c = d.getValue().getConnection()) {
        for (Map.Entry<String, Integer> column : needed.entrySet()) {
          String[] tc = column.getKey().split("\\.");
          int size = columnSize(c, tc[0], tc[1]);
          assertTrue(
              size >= column.getValue(),
              d.getKey()
                  + " "
                  + column.getKey()
                  + " holds "
                  + size
                  + ", needs "
                  + column.getValue());
        }
      }
    }
  }

  private static int sealed(int characters) {
    return 4 * characters + 40;
  }

  private static int columnSize(Connection c, String table, String column) throws SQLException {
    for (String t : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
      for (String col : new String[] {column, column.toUpperCase(Locale.ROOT)}) {
        try (ResultSet rs = c.getMetaData().getColumns(null, null, t, col)) {
          if (rs.next()) {
            return rs.getInt("COLUMN_SIZE");
          }
        }
      }
    }
    throw new AssertionError("no column " + table + "." + column);
  }

  @Test
  void migratingTwiceChangesNothing() {
    DataSource ds = h2("twice", "");
    flyway(ds, "h2").migrate();
    assertEquals(0, flyway(ds, "h2").migrate().migrationsExecuted);
  }

  private static DataSource h2(String name, String mode) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + mode);
    return ds;
  }

  private static Flyway flyway(DataSource ds, String folder) {
    return Flyway.configure().dataSource(ds).locations("classpath:db/migration/" + folder).load();
  }

  /** Migrates and returns table name to column names, lower case, without Flyway's own table. */
  private static Map<String, TreeSet<String>> migrate(DataSource ds, String folder, String schema)
      throws SQLException {
    flyway(ds, folder).migrate();
    Map<String, TreeSet<String>> tables = new TreeMap<>();
    try (Connection c = ds.getConnection();
        ResultSet rs = c.getMetaData().getColumns(null, schema, "%", "%")) {
      while (rs.next()) {
        String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        if (!table.startsWith("flyway_")) {
          tables
              .computeIfAbsent(table, t -> new TreeSet<>())
              .add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        }
      }
    }
    return tables;
  }
}
