package dk.samtalenotat.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * An H2 database in memory (or any database a test hands in, such as an embedded PostgreSQL),
 * migrated by the application's own Flyway migrations (through {@link FlywayIntegrator}, as in the
 * server) and validated by Hibernate against the entities.
 */
public final class TestDatabase implements AutoCloseable {

  private final DataSource dataSource;
  private final EntityManagerFactory emf;

  public TestDatabase() {
    this(h2("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000"));
  }

  /** The database behind the data source, migrated with the folder for its product. */
  public TestDatabase(DataSource dataSource) {
    this.dataSource = dataSource;
    emf =
        Persistence.createEntityManagerFactory(
            "samtalenotat-test",
            Map.of(
                "jakarta.persistence.nonJtaDataSource",
                dataSource,
                "hibernate.connection.handling_mode",
                "DELAYED_ACQUISITION_AND_RELEASE_AFTER_TRANSACTION"));
  }

  /** An H2 data source for the URL, user {@code sa}. */
  public static DataSource h2(String url) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(url);
    ds.setUser("sa");
    return ds;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public EntityManagerFactory emf() {
    return emf;
  }

  /** Runs the work in a transaction of its own, committed unless the work throws. */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  public void run(Consumer<EntityManager> work) {
    inTransaction(
        em -> {
          work.accept(em);
          return null;
        });
  }

  /** The whole database as SQL (H2's SCRIPT), as a backup would hold it. */
  public String dump() throws SQLException {
    StringBuilder sql = new StringBuilder();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SCRIPT")) {
      while (rs.next()) {
        sql.append(rs.getString(1)).append('\n');
      }
    }
    return sql.toString();
  }

  @Override
  public void close() {
    emf.close();
    if (!(dataSource instanceof JdbcDataSource)) {
      return;
    }
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    } catch (SQLException e) {
      // Already gone.
    }
  }
}
