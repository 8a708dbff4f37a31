package dk.samtalenotat.journal.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS client certificate (OCES3) for mutual TLS, from a PKCS#12 keystore named by {@code
 * tls.keystore} with {@code tls.keystore-password}; optionally a truststore ({@code
 * tls.truststore}, {@code tls.truststore-password}) instead of the JVM's.
 */
final class TlsClient {

  private TlsClient() {}

  /** The SSL context, or null when no client certificate is configured. */
  static SSLContext context(TenantSettings s) {
    Optional<String> keystore = s.optional("tls.keystore");
    if (keystore.isEmpty()) {
      return null;
    }
    try {
      char[] password = s.secret("tls.keystore-password").toCharArray();
      KeyManagerFactory kmf =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(load(Path.of(keystore.get()), password), password);
      TrustManagerFactory tmf = null;
      Optional<String> truststore = s.optional("tls.truststore");
      if (truststore.isPresent()) {
        tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(
            load(Path.of(truststore.get()), s.secret("tls.truststore-password").toCharArray()));
      }
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(kmf.getKeyManagers(), tmf == null ? null : tmf.getTrustManagers(), null);
      return ctx;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException(
          s.key("tls.keystore") + ": cannot load " + keystore.get(), e);
    }
  }

  private static KeyStore load(Path file, char[] password)
      throws IOException, GeneralSecurityException {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(in, password);
      return ks;
    }
  }
}
