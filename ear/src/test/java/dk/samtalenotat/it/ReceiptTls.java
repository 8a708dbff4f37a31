package dk.samtalenotat.it;

import dk.samtalenotat.journal.fake.SelfSignedCertificate;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The key material of the journal server's receipt listener ({@code 65-receipt-listener.cli}) and
 * of the distributors that call it, made fresh by the test harness before the server starts, in the
 * folder {@code samtalenotat.it.receipt-tls.dir} that the journal execution names (its environment
 * points the server's key store and trust store there). The server trusts two distributors,
 * configured for two municipalities; a third certificate is trusted by nobody.
 */
final class ReceiptTls {

  /** A test-only password of test-only stores. */
  static final String PASSWORD = "test-only-password";

  /** The distributor of Tredje Kommune (33333333), the SF2900 municipality. */
  static final String THIRD = "tredje";

  /** The distributor configured for Anden Kommune (22222222). */
  static final String OTHER = "anden";

  /** A certificate the server does not trust. */
  static final String STRANGER = "fremmed";

  private final Path dir;

  private ReceiptTls(Path dir) {
    this.dir = dir;
  }

  /** The folder of the execution that uses a receipt listener, or empty. */
  static Optional<ReceiptTls> configured() {
    return Optional.ofNullable(System.getProperty("samtalenotat.it.receipt-tls.dir"))
        .map(Path::of)
        .map(ReceiptTls::new);
  }

  /**
   * Writes {@code server.p12} (the listener's key, for 127.0.0.1), {@code trust.p12} (the two
   * distributors' certificates) and a key store per distributor.
   */
  void prepare() {
    try {
      Files.createDirectories(dir);
      KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
      rsa.initialize(2048);
      KeyPair server = rsa.generateKeyPair();
      X509Certificate serverCert =
          SelfSignedCertificate.create(server, "127.0.0.1", Duration.ofDays(30));
      store(keyStore("server", server, serverCert), "server.p12");
      KeyStore trust = empty();
      for (String[] d :
          new String[][] {
            {THIRD, "Fordeling Tredje Kommune (test)"},
            {OTHER, "Fordeling Anden Kommune (test)"},
            {STRANGER, "Fremmed afsender (test)"}
          }) {
        KeyPair keys = rsa.generateKeyPair();
        X509Certificate cert = SelfSignedCertificate.create(keys, d[1], Duration.ofDays(30));
        KeyStore client = keyStore(d[0], keys, cert);
        client.setCertificateEntry("server", serverCert);
        store(client, d[0] + ".p12");
        if (!STRANGER.equals(d[0])) {
          trust.setCertificateEntry(d[0], cert);
        }
      }
      store(trust, "trust.p12");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A client context of the named distributor: its certificate, trusting the listener's. With
   * {@code withCertificate} false, the same trust and no client certificate.
   */
  SSLContext client(String name, boolean withCertificate) {
    try (InputStream in = Files.newInputStream(dir.resolve(name + ".p12"))) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, PASSWORD.toCharArray());
      KeyStore trust = empty();
      trust.setCertificateEntry("server", store.getCertificate("server"));
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      SSLContext tls = SSLContext.getInstance("TLS");
      if (withCertificate) {
        store.deleteEntry("server");
        KeyManagerFactory kmf =
            KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, PASSWORD.toCharArray());
        tls.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
      } else {
        tls.init(null, tmf.getTrustManagers(), null);
      }
      return tls;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  SSLContext client(String name) {
    return client(name, true);
  }

  private static KeyStore keyStore(String alias, KeyPair keys, X509Certificate cert)
      throws GeneralSecurityException, IOException {
    KeyStore store = empty();
    store.setKeyEntry(alias, keys.getPrivate(), PASSWORD.toCharArray(), new Certificate[] {cert});
    return store;
  }

  private static KeyStore empty() throws GeneralSecurityException, IOException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    return store;
  }

  private void store(KeyStore store, String file) throws GeneralSecurityException, IOException {
    try (OutputStream out = Files.newOutputStream(dir.resolve(file))) {
      store.store(out, PASSWORD.toCharArray());
    }
  }
}
