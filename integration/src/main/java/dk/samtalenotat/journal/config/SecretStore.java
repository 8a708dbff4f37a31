package dk.samtalenotat.journal.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Passwords and client secrets kept as secret entries of a PKCS#12 keystore, as {@code keytool
 * -importpass -storetype PKCS12 -alias ALIAS} writes them; the store itself is never in git.
 */
final class SecretStore {

  static final String KEYSTORE = "samtalenotat.journal.secrets.keystore";
  static final String PASSWORD = "samtalenotat.journal.secrets.keystore-password";

  private final Path file;
  private final char[] password;

  private SecretStore(Path file, char[] password) {
    this.file = file;
    this.password = password;
  }

  static SecretStore fromConfig(Function<String, Optional<String>> config) {
    Path file =
        config
            .apply(KEYSTORE)
            .map(Path::of)
            .orElseThrow(() -> new IllegalArgumentException(KEYSTORE + " must be set"));
    char[] password =
        config
            .apply(PASSWORD)
            .orElseThrow(() -> new IllegalArgumentException(PASSWORD + " must be set"))
            .toCharArray();
    return new SecretStore(file, password);
  }

  String secret(String alias, String forKey) {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(in, password);
      KeyStore.Entry entry = ks.getEntry(alias, new KeyStore.PasswordProtection(password));
      if (!(entry instanceof KeyStore.SecretKeyEntry secret)) {
        throw new IllegalArgumentException(forKey + ": no secret entry " + alias + " in " + file);
      }
      SecretKey key = secret.getSecretKey();
      SecretKeyFactory factory = SecretKeyFactory.getInstance(key.getAlgorithm());
      PBEKeySpec spec = (PBEKeySpec) factory.getKeySpec(key, PBEKeySpec.class);
      return new String(spec.getPassword());
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException(forKey + ": cannot read " + alias + " from " + file, e);
    }
  }
}
