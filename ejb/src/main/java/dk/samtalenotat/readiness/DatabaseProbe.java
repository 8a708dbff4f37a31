package dk.samtalenotat.readiness;

import dk.samtalenotat.health.Outcome;
import dk.samtalenotat.health.Probe;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;

/** The application's database: a connection from the pool that the driver finds valid. */
final class DatabaseProbe implements Probe {

  private static final int VALID_WITHIN_SECONDS = 3;

  private final DataSource dataSource;

  DatabaseProbe(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Outcome check() {
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(VALID_WITHIN_SECONDS)
          ? Outcome.up(Map.of("database", c.getMetaData().getDatabaseProductName()))
          : Outcome.down(Map.of("reason", "connection not valid"));
    } catch (SQLException e) {
      return Outcome.down(Map.of("reason", "no connection (SQL state " + e.getSQLState() + ")"));
    }
  }
}
