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
 * tls.keystore} with {@code tls.keystore-password}; and a truststore ({@code tls.truststore},
 * {@code tls.truststore-password}) instead of the JVM's, with or without a client certificate. A
 * key or trust store uploaded on the operator's screen ({@code tls.keystore-data}, {@code
 * tls.truststore-data}: the file in Base64, a sealed setting) takes the place of the file.
 */
final class TlsClient {

  private TlsClient() {}

  /**
   * The SSL context, or null when neither a client certificate nor a trust store is configured (the
   * JVM's defaults then apply). A trust store alone serves a case system whose certificate a
   * private authority issued.
   */
  static SSLContext context(TenantSettings s) {
    Optional<String> keystoreData = s.optional("tls.keystore-data");
    Optional<String> keystore =
        keystoreData.isPresent()
            ? Optional.of("the uploaded key store")
            : s.optional("tls.keystore");
    Optional<String> truststoreData = s.optional("tls.truststore-data");
    Optional<String> truststore =
        truststoreData.isPresent()
            ? Optional.of("the uploaded trust store")
            : s.optional("tls.truststore");
    if (keystore.isEmpty() && truststore.isEmpty()) {
      return null;
    }
    KeyManagerFactory kmf = null;
    if (keystore.isPresent()) {
      try {
        char[] password = s.secret("tls.keystore-password").toCharArray();
        kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(
            keystoreData.isPresent()
                ? load(s.secret("tls.keystore-data"), password)
                : load(Path.of(keystore.get()), password),
            password);
      } catch (IOException | GeneralSecurityException e) {
        throw new IllegalArgumentException(
            s.key("tls.keystore") + ": cannot load " + keystore.get(), e);
      }
    }
    TrustManagerFactory tmf = null;
    if (truststore.isPresent()) {
      try {
        char[] trustPassword = s.secret("tls.truststore-password").toCharArray();
        tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(
            truststoreData.isPresent()
                ? load(s.secret("tls.truststore-data"), trustPassword)
                : load(Path.of(truststore.get()), trustPassword));
      } catch (IOException | GeneralSecurityException e) {
        throw new IllegalArgumentException(
            s.key("tls.truststore") + ": cannot load " + truststore.get(), e);
      }
    }
    try {
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(
          kmf == null ? null : kmf.getKeyManagers(),
          tmf == null ? null : tmf.getTrustManagers(),
          null);
      return ctx;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("TLS is not available", e);
    }
  }

  /** A PKCS#12 file uploaded on the operator's screen, held as a sealed Base64 setting. */
  private static KeyStore load(String base64, char[] password)
      throws IOException, GeneralSecurityException {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(
        new java.io.ByteArrayInputStream(java.util.Base64.getDecoder().decode(base64)), password);
    return ks;
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
