package dk.samtalenotat.journal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samtalenotat.journal.ConnectionCheck;
import dk.samtalenotat.journal.fake.FakeSbsys;
import dk.samtalenotat.journal.fake.SelfSignedCertificate;
import java.io.ByteArrayOutputStream;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The key and trust stores the operator uploads for a municipality (settings {@code
 * tls.keystore-data} and {@code tls.truststore-data}, the files in Base64) are what its SBSYS
 * client presents and trusts: a case look-up over mutual TLS answers with them, and fails without
 * the client certificate.
 */
class UploadedTlsStoresTest {

  private static final String CVR = "44444445";
  private static final String PASSWORD = "test-only-password";
  private static final String CPR = "2106881234";

  private FakeSbsys sbsys;
  private String clientStore;
  private String trustStore;

  @BeforeEach
  void start() throws Exception {
    KeyPair serverKeys = rsa();
    X509Certificate serverCert =
        SelfSignedCertificate.create(serverKeys, "sbsys.test", Duration.ofDays(1));
    KeyPair clientKeys = rsa();
    X509Certificate clientCert =
        SelfSignedCertificate.create(clientKeys, "Fjerde Kommune (test)", Duration.ofDays(1));

    // The municipality's uploads: its client certificate, and SBSYS's certificate to trust.
    KeyStore client = KeyStore.getInstance("PKCS12");
    client.load(null, null);
    client.setKeyEntry(
        "oces3", clientKeys.getPrivate(), PASSWORD.toCharArray(), new Certificate[] {clientCert});
    clientStore = base64(client);
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("sbsys", serverCert);
    trustStore = base64(trust);

    // SBSYS: its own certificate, and trust in the municipality's certificate only.
    KeyStore serverStore = KeyStore.getInstance("PKCS12");
    serverStore.load(null, null);
    serverStore.setKeyEntry(
        "server", serverKeys.getPrivate(), PASSWORD.toCharArray(), new Certificate[] {serverCert});
    KeyStore serverTrust = KeyStore.getInstance("PKCS12");
    serverTrust.load(null, null);
    serverTrust.setCertificateEntry("client", clientCert);
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(serverStore, PASSWORD.toCharArray());
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(serverTrust);
    SSLContext serverTls = SSLContext.getInstance("TLS");
    serverTls.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
    sbsys =
        new FakeSbsys(0, serverTls)
            .addCase(41, "SAG-FJERDE-1", "Jobafklaring", "Aktiv", "210688-1234");
  }

  @AfterEach
  void stop() {
    if (sbsys != null) {
      sbsys.close();
    }
  }

  private static KeyPair rsa() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    return g.generateKeyPair();
  }

  private static String base64(KeyStore store) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.store(out, PASSWORD.toCharArray());
    return Base64.getEncoder().encodeToString(out.toByteArray());
  }

  private Map<String, String> settings(boolean clientCertificate) {
    String p = "samtalenotat.journal.tenant." + CVR + ".";
    Map<String, String> c = new HashMap<>();
    c.put(p + "system", "sbsys");
    c.put(p + "url", sbsys.url().toString());
    c.put(p + "client-id", FakeSbsys.CLIENT);
    c.put(p + "client-secret", FakeSbsys.SECRET);
    c.put(p + "username", FakeSbsys.USER);
    c.put(p + "password", FakeSbsys.PASSWORD);
    c.put(p + "read-timeout", "5");
    c.put(p + "tls.truststore-data", trustStore);
    c.put(p + "tls.truststore-password", PASSWORD);
    if (clientCertificate) {
      c.put(p + "tls.keystore-data", clientStore);
      c.put(p + "tls.keystore-password", PASSWORD);
    }
    return c;
  }

  @Test
  void theUploadedClientCertificateOpensTheCaseSystem() {
    ConnectionCheck c = ConfiguredCaseSystems.fromValues(settings(true)).test(CVR, CPR);
    assertEquals(ConnectionCheck.Outcome.ANSWERED, c.outcome(), c.detail());
    assertEquals(1, c.openCases());
  }

  @Test
  void withoutItTheCaseSystemRefusesTheConnection() {
    ConnectionCheck c = ConfiguredCaseSystems.fromValues(settings(false)).test(CVR, CPR);
    assertEquals(ConnectionCheck.Outcome.FAILED, c.outcome(), c.detail());
  }
}
