package dk.samtalenotat.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.journal.config.ConfiguredCaseSystems;
import dk.samtalenotat.journal.fake.FakeDistribution;
import dk.samtalenotat.journal.fake.SelfSignedCertificate;
import dk.samtalenotat.journal.sf2900.ws.InvocationContext;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SF2900-style adapter as on Serviceplatformen: over HTTPS to a loopback distribution service
 * that requires a client certificate (mutual TLS), with the tenant's certificate from its PKCS#12
 * keystore and the invocation context from its settings in the SOAP header of every call. Keys and
 * certificates are made by the test.
 */
class Sf2900TlsTest {

  private static final String PASSWORD = "test-only-password";
  private static final String AGREEMENT = "7b9f4c1e-1d1a-4c55-9a0e-3c1b2d3e4f50";
  private static final String USER_SYSTEM = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
  private static final String USER = "11111111-2222-4333-8444-555555555555";
  private static final String SERVICE = "fb2c0b2a-3d8e-4b7f-9a1c-2d3e4f5a6b7c";

  @TempDir Path dir;
  private FakeDistribution distribution;
  private Path clientKeystore;
  private Path truststore;

  @BeforeEach
  void start() throws Exception {
    KeyPair serverKeys = rsa();
    X509Certificate serverCert =
        SelfSignedCertificate.create(serverKeys, "fordeling.test", Duration.ofDays(1));
    KeyPair clientKeys = rsa();
    X509Certificate clientCert =
        SelfSignedCertificate.create(clientKeys, "samtalenotat-test-client", Duration.ofDays(1));

    // The municipality's files: its client certificate, and the distributor's certificate to trust.
    clientKeystore = dir.resolve("client.p12");
    KeyStore client = KeyStore.getInstance("PKCS12");
    client.load(null, null);
    client.setKeyEntry(
        "oces3", clientKeys.getPrivate(), PASSWORD.toCharArray(), new Certificate[] {clientCert});
    write(client, clientKeystore);
    truststore = dir.resolve("trust.p12");
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("fordeling", serverCert);
    write(trust, truststore);

    // The distributor: its own certificate, and trust in the municipality's certificate only.
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
    distribution = new FakeDistribution(serverTls);
  }

  @AfterEach
  void stop() {
    if (distribution != null) {
      distribution.close();
    }
  }

  private Map<String, String> settings(boolean clientCertificate) {
    Map<String, String> c = new HashMap<>();
    String p = "samtalenotat.journal.tenant." + RestAdaptersTest.CVR + ".";
    c.put(p + "system", "sf2900");
    c.put(p + "url", distribution.address().toString());
    c.put(p + "read-timeout", "PT5S");
    c.put(p + "tls.truststore", truststore.toString());
    c.put(p + "tls.truststore-password", PASSWORD);
    if (clientCertificate) {
      c.put(p + "tls.keystore", clientKeystore.toString());
      c.put(p + "tls.keystore-password", PASSWORD);
    }
    c.put(p + "invocation.service-agreement", AGREEMENT);
    c.put(p + "invocation.user-system", USER_SYSTEM);
    c.put(p + "invocation.user", USER);
    c.put(p + "invocation.service", SERVICE);
    return c;
  }

  @Test
  void callsCarryTheClientCertificateAndTheInvocationContext() throws Exception {
    assertTrue(distribution.address().toString().startsWith("https://"));
    Journal journal =
        ConfiguredCaseSystems.fromValues(settings(true))
            .journal(RestAdaptersTest.CVR)
            .orElseThrow();
    JournalNote note = RestAdaptersTest.note("SAG-1", UUID.randomUUID().toString());
    assertInstanceOf(Delivery.Accepted.class, journal.deliver(note));
    FakeDistribution.Post post = distribution.posts().get(note.idempotencyKey());
    assertNotNull(post, "the post arrived over mutual TLS");
    assertEquals("CN=samtalenotat-test-client", post.clientCertificate);
    InvocationContext ctx = post.invocationContext;
    assertNotNull(ctx, "invocation context in the SOAP header");
    assertEquals(AGREEMENT, ctx.getServiceAgreementUUID());
    assertEquals(USER_SYSTEM, ctx.getUserSystemUUID());
    assertEquals(USER, ctx.getUserUUID());
    assertEquals(SERVICE, ctx.getServiceUUID());
    // The status question goes the same way.
    assertInstanceOf(Delivery.Accepted.class, journal.find(note).orElseThrow());
  }

  @Test
  void withoutAClientCertificateNothingArrives() {
    Journal journal =
        ConfiguredCaseSystems.fromValues(settings(false))
            .journal(RestAdaptersTest.CVR)
            .orElseThrow();
    JournalNote note = RestAdaptersTest.note("SAG-1", UUID.randomUUID().toString());
    assertThrows(JournalException.class, () -> journal.deliver(note));
    assertTrue(distribution.posts().isEmpty(), "the distributor refused the handshake");
  }

  @Test
  void incompleteInvocationContextNamesTheMissingKey() {
    Map<String, String> c = settings(true);
    c.remove("samtalenotat.journal.tenant." + RestAdaptersTest.CVR + ".invocation.service");
    // A misconfigured tenant journalises by hand rather than with a half context.
    assertTrue(ConfiguredCaseSystems.fromValues(c).journal(RestAdaptersTest.CVR).isEmpty());
  }

  private static KeyPair rsa() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    return g.generateKeyPair();
  }

  private static void write(KeyStore ks, Path file) throws Exception {
    try (OutputStream out = Files.newOutputStream(file)) {
      ks.store(out, PASSWORD.toCharArray());
    }
  }
}
