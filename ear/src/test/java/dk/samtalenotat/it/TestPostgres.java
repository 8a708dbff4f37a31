package dk.samtalenotat.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The embedded PostgreSQL server a failsafe execution runs the application on, instead of H2, when
 * it sets {@code samtalenotat.it.postgres=true} (and {@code samtalenotat.it.server-config} to the
 * configuration built with {@code wildfly-config/22-datasource-postgresql.cli}). Started by the
 * test JVM before WildFly, outlives the server's restarts, and hands WildFly its address through
 * the environment ({@code SAMTALENOTAT_DB_URL}).
 */
final class TestPostgres implements AutoCloseable {

  private static TestPostgres current;

  private final EmbeddedPostgres postgres;
  private final Path dataDir;

  private TestPostgres(EmbeddedPostgres postgres, Path dataDir) {
    this.postgres = postgres;
    this.dataDir = dataDir;
  }

  static boolean wanted() {
    return Boolean.getBoolean("samtalenotat.it.postgres");
  }

  /** Starts the server on a fresh data folder and points the WildFly environment at it. */
  static synchronized TestPostgres start(Path dataDir) {
    try {
      EmbeddedPostgres pg =
          EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(true).start();
      System.setProperty(
          "samtalenotat.it.env.SAMTALENOTAT_DB_URL",
          "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres");
      System.setProperty("samtalenotat.it.env.SAMTALENOTAT_DB_USER", "postgres");
      System.setProperty("samtalenotat.it.env.SAMTALENOTAT_DB_PASSWORD", "postgres");
      current = new TestPostgres(pg, dataDir);
      return current;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
    }
  }

  /** The running server, if this execution runs on PostgreSQL. */
  static synchronized TestPostgres current() {
    return current;
  }

  DataSource dataSource() {
    return postgres.getPostgresDatabase();
  }

  /** The server's own files: data, write-ahead log. */
  Path dataDir() {
    return dataDir;
  }

  /**
   * The application's database stops taking connections, and those it has are ended: the database
   * is down for the application as in a failover (the embedded server itself keeps running, since
   * stopping it deletes its data).
   */
  synchronized void refuseConnections() throws SQLException {
    try (Connection c = postgres.getDatabase("postgres", "template1").getConnection();
        Statement s = c.createStatement()) {
      s.execute("ALTER DATABASE postgres ALLOW_CONNECTIONS false");
      s.execute(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
              + " WHERE datname = 'postgres' AND pid <> pg_backend_pid()");
    }
  }

  /** The application's database takes connections again. */
  synchronized void allowConnections() throws SQLException {
    try (Connection c = postgres.getDatabase("postgres", "template1").getConnection();
        Statement s = c.createStatement()) {
      s.execute("ALTER DATABASE postgres ALLOW_CONNECTIONS true");
    }
  }

  @Override
  public synchronized void close() throws IOException {
    postgres.close();
    current = null;
  }
}
