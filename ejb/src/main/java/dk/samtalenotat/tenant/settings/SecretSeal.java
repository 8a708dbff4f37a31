package dk.samtalenotat.tenant.settings;

import dk.samtalenotat.crypto.DataKey;
import dk.samtalenotat.crypto.DataKeys;
import dk.samtalenotat.crypto.WrappedKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Seals a municipality's secret settings (passwords, client secrets, uploaded key stores) with a
 * data key of its own, wrapped by the installation's key-encryption key ({@code kek.installation.N}
 * in the same key store as the municipalities' keys, or the HSM behind it), and binds the
 * municipality and the setting's name into the ciphertext, so a sealed value copied to another
 * municipality or setting does not open.
 */
@ApplicationScoped
public class SecretSeal {

  /** The key store name of the installation's own key-encryption key. */
  public static final String INSTALLATION = "installation";

  /** A sealed secret: its wrapped data key and the Base64 ciphertext. */
  public record Sealed(WrappedKey key, String text) {}

  private DataKeys keys;

  protected SecretSeal() {}

  @Inject
  public SecretSeal(DataKeys keys) {
    this.keys = keys;
  }

  public Sealed seal(String cvr, String name, String secret) {
    DataKey key = keys.create(INSTALLATION);
    return new Sealed(key.wrapped(), key.seal(objectId(cvr, name), secret));
  }

  /**
   * @throws dk.samtalenotat.crypto.CryptoException when it was sealed for another municipality or
   *     setting, or altered
   */
  public String open(String cvr, String name, Sealed sealed) {
    return keys.open(INSTALLATION, sealed.key()).open(objectId(cvr, name), sealed.text());
  }

  private static String objectId(String cvr, String name) {
    return "setting:" + cvr + ":" + name;
  }
}
