package dk.samtalenotat.operator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;
import java.util.Collections;
import java.util.Optional;

/**
 * Checks a TLS key or trust store uploaded on the onboarding form before it is stored: a PKCS#12
 * file of at most {@link #MAX_BYTES} that opens with the password given, a key store with a private
 * key and its certificate (the municipality's client certificate), a trust store with at least one
 * certificate. The case system adapters read the stored file in place of a path ({@code
 * journal.tls.keystore-data}, {@code journal.tls.truststore-data}, sealed as secrets).
 */
public final class UploadedStores {

  /** A PKCS#12 file holding a key and its chain is a few kilobytes; this leaves room for more. */
  public static final int MAX_BYTES = 64 * 1024;

  private UploadedStores() {}

  /**
   * What is wrong with an uploaded key store, as a message key; empty when it opens and holds a
   * key.
   *
   * @param base64 the file in Base64, as the form sends it to the service
   */
  public static Optional<String> keyStoreProblem(String base64, String password) {
    return problem(base64, password, true);
  }

  /** What is wrong with an uploaded trust store; empty when it opens and holds a certificate. */
  public static Optional<String> trustStoreProblem(String base64, String password) {
    return problem(base64, password, false);
  }

  private static Optional<String> problem(String base64, String password, boolean key) {
    String kind = key ? "operator.error.keystore" : "operator.error.truststore";
    byte[] file;
    try {
      file = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
    } catch (IllegalArgumentException e) {
      return Optional.of(kind);
    }
    if (file.length == 0 || file.length > MAX_BYTES) {
      return Optional.of(kind);
    }
    if (password == null || password.isEmpty()) {
      return Optional.of(kind + "Password");
    }
    KeyStore store;
    try {
      store = KeyStore.getInstance("PKCS12");
      store.load(new ByteArrayInputStream(file), password.toCharArray());
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      // A wrong password and a file that is no PKCS#12 look alike here: both are the same mistake
      // to the operator, who uploads the file the municipality sent with its password.
      return Optional.of(kind);
    }
    try {
      for (String alias : Collections.list(store.aliases())) {
        if (key
            ? store.isKeyEntry(alias) && store.getCertificate(alias) != null
            : store.isCertificateEntry(alias) || store.getCertificate(alias) != null) {
          return Optional.empty();
        }
      }
    } catch (GeneralSecurityException e) {
      return Optional.of(kind);
    }
    return Optional.of(kind + "Empty");
  }
}
