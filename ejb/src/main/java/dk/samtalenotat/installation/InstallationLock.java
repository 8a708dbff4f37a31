package dk.samtalenotat.installation;

import jakarta.persistence.EntityManager;

/**
 * A lock across the nodes of a cluster, held by a transaction: taking it updates the lock's row in
 * {@code installation_lock} (V109), and every database holds a row's write lock to the commit or
 * rollback, so a second node's transaction waits there and then sees what the first committed. Only
 * for short work that must not run twice at once, such as the first start's tenants; work that may
 * be shared between nodes takes a lease instead (the pipeline's jobs).
 */
public final class InstallationLock {

  /** The first start's tenants, the operator's organisation and imported settings. */
  public static final String BOOTSTRAP = "bootstrap";

  private InstallationLock() {}

  /**
   * Takes the lock in the caller's transaction, waiting while another transaction holds it; it is
   * held until the caller's transaction ends.
   *
   * @param holder who takes it, for operations reading the table (this node's name)
   * @throws IllegalStateException when the lock's row is missing (the migrations did not run)
   */
  public static void take(EntityManager em, String name, String holder) {
    int rows =
        em.createNativeQuery(
                "UPDATE installation_lock SET taken_by = ?1, taken_at = CURRENT_TIMESTAMP"
                    + " WHERE name = ?2")
            .setParameter(1, holder)
            .setParameter(2, name)
            .executeUpdate();
    if (rows != 1) {
      throw new IllegalStateException(
          "installation_lock has no row '" + name + "': the database is not migrated to V109");
    }
  }
}
