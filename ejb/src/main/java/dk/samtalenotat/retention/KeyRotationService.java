package dk.samtalenotat.retention;

import dk.samtalenotat.crypto.KeyEncryptionKeys;
import dk.samtalenotat.security.Roles;
import dk.samtalenotat.tenant.Tenant;
import dk.samtalenotat.tenant.UserRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * The administrator's key rotation for their tenant: a new key-encryption key version, every data
 * key re-wrapped under it, and later the old version destroyed.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KeyRotationService {

  private static final Logger LOG = Logger.getLogger(KeyRotationService.class.getName());
  private static final int BATCH = 200;

  @Inject private UserRegistry users;
  @Inject private KeyEncryptionKeys keks;
  @Inject private KeyRotation rotation;

  /**
   * Rotates the caller's tenant's key-encryption key and re-wraps all its data keys.
   *
   * @return the new version
   */
  public int rotate() {
    Tenant t = users.caller().getTenant();
    int version = keks.rotate(t.getCvr());
    long total = 0;
    int n;
    while ((n = rotation.rewrapBatch(t.getId(), t.getCvr(), BATCH)) > 0) {
      total += n;
    }
    long rewrapped = total;
    LOG.info(
        () -> "tenant " + t.getCvr() + ": " + rewrapped + " data keys re-wrapped, v" + version);
    return version;
  }

  /**
   * Destroys the tenant's key-encryption key versions up to {@code version}: do it once the backups
   * that may hold data keys wrapped with them are gone, so nothing in them opens again.
   *
   * @throws IllegalStateException while a stored data key still uses one of them
   */
  public void destroyUpTo(int version) {
    Tenant t = users.caller().getTenant();
    long using = rotation.stillUsing(t.getId(), version);
    if (using > 0) {
      throw new IllegalStateException(using + " data keys still use version " + version);
    }
    for (int v = 1; v <= version; v++) {
      keks.destroy(t.getCvr(), v);
    }
  }
}
