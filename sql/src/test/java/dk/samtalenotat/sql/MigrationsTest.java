package dk.samtalenotat.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
