package dk.samtalenotat.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.boot.Metadata;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Migrates the schema with Flyway while Hibernate builds the persistence unit, before it validates
 * the mapping against the database. Doing it here, rather than in a start-up bean, is what lets
 * validation see the migrated schema on the first start of an empty database.
 */
public class FlywayIntegrator implements Integrator {

  private static final Logger LOG = Logger.getLogger(FlywayIntegrator.class.getName());

  @Override
  public void integrate(
      Metadata metadata,
      org.hibernate.boot.spi.BootstrapContext bootstrapContext,
      SessionFactoryImplementor sessionFactory) {
    DataSource dataSource =
        sessionFactory
            .getServiceRegistry()
            .requireService(ConnectionProvider.class)
            .unwrap(DataSource.class);
    String folder = folderFor(dataSource);
    var result =
        Flyway.configure(FlywayIntegrator.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration/" + folder)
            // WildFly's database timer store (wildfly-config/70-timer-store.cli) creates its table
            // in this schema when the server starts, so on a new database the schema is not empty
            // when Flyway first looks. Baseline below V1, so every migration still runs.
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Schema migrated ("
                + folder
                + "): "
                + result.migrationsExecuted
                + " migration(s) applied, now at "
                + result.targetSchemaVersion);
  }

  /** The migration folder for the database behind the data source. */
  static String folderFor(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return folderForProduct(c.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the database product name", e);
    }
  }

  static String folderForProduct(String product) {
    String p = product.toLowerCase(Locale.ROOT);
    if (p.contains("h2")) {
      return "h2";
    }
    if (p.contains("postgres")) {
      return "postgresql";
    }
    if (p.contains("sql server")) {
      return "sqlserver";
    }
    throw new IllegalStateException("no migrations for database " + product);
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
    // Nothing to release.
  }
}
