package dk.samtalenotat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.journal.fake.SelfSignedCertificate;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Production is the default: the packaged server started without {@code SAMTALENOTAT_DEMO} refuses
 * to deploy the application while a setting is unsafe, with one log line per problem and all of
 * them at once, and refuses the development IdP beside it; configured as production (its own key
 * stores, the IdP's metadata from a file, an https address) it starts. Each test starts a server of
 * its own ({@code prod-its} in ear/pom.xml).
 */
class ProductionStartIT {

  private static final String EAR = "samtalenotat.ear";
  private static final String DEV_IDP = "dev-idp.war";
  private static final String DEMO_SBSYS = "demo-sbsys.war";
  private static final SecureRandom RANDOM = new SecureRandom();

  @TempDir Path dir;

  @Test
  void everyUnsafeSettingIsRefusedAndNamedOnItsOwnLine() throws Exception {
    Map<String, String> env = new HashMap<>();
    // Production by default: no demo switch at all. No key store either, and the SP key store
    // is neither there nor generated (the default outside the demo).
    env.put("SAMTALENOTAT_DEMO", null);
    env.put("SAMTALENOTAT_SAML_IDP_METADATA", "http://127.0.0.1:1/dev-idp/metadata");
    env.put("SAMTALENOTAT_DEMO_SAMPLES", "true");
    env.put("SAMTALENOTAT_SIGNIN", "form");
    // The base URL is the server's own http:// address (WildFlyServer sets it).
    WildFlyServer server = WildFlyServer.fresh(List.of(DEV_IDP, DEMO_SBSYS), env);
    try {
      assertFalse(server.startAndAwaitOutcome(EAR), "the application must not deploy");
      assertFalse(server.awaitOutcome(DEV_IDP), "the development IdP must not deploy");
      assertFalse(server.awaitOutcome(DEMO_SBSYS), "the demo case system must not deploy");

      List<String> log = Files.readAllLines(server.serverLog(), StandardCharsets.UTF_8);
      for (String id :
          List.of("START-01", "START-02", "START-03", "START-04", "START-05", "START-06")) {
        assertEquals(
            1,
            log.stream().filter(line -> line.contains(id + " refused:")).count(),
            id + " must be logged once\n" + server.serverLogTail(80));
      }
      assertTrue(
          log.stream().anyMatch(line -> line.contains("START-07 refused: dev-idp.war")),
          "the development IdP says why it refuses");
      assertTrue(
          log.stream().anyMatch(line -> line.contains("START-08 refused: demo-sbsys.war")),
          "the demo case system says why it refuses");
      assertTrue(log.stream().noneMatch(line -> line.contains("START-11")));
      assertTrue(
          log.stream().noneMatch(line -> line.contains("demo data seeded")), "nothing seeded");
    } finally {
      server.stop();
    }
  }

  @Test
  void aProductionConfigurationStarts() throws Exception {
    String keyStorePassword = secret();
    Path keyStore = dir.resolve("tenant-keys.p12");
    KeyStore empty = KeyStore.getInstance("PKCS12");
    empty.load(null, null);
    try (OutputStream out = Files.newOutputStream(keyStore)) {
      empty.store(out, keyStorePassword.toCharArray());
    }
    String spPassword = secret();
    Path spKeyStore = dir.resolve("sp.p12");
    KeyPair spKeys = rsa();
    KeyStore sp = KeyStore.getInstance("PKCS12");
    sp.load(null, null);
    sp.setKeyEntry(
        "sp",
        spKeys.getPrivate(),
        spPassword.toCharArray(),
        new Certificate[] {
          SelfSignedCertificate.create(spKeys, "ProductionStartIT SP", Duration.ofDays(2))
        });
    try (OutputStream out = Files.newOutputStream(spKeyStore)) {
      sp.store(out, spPassword.toCharArray());
    }
    Path idpMetadata = Files.writeString(dir.resolve("idp-metadata.xml"), idpMetadata());

    Map<String, String> env = new HashMap<>();
    env.put("SAMTALENOTAT_DEMO", null);
    env.put("SAMTALENOTAT_CRYPTO_KEYSTORE_PATH", keyStore.toString());
    env.put("SAMTALENOTAT_CRYPTO_KEYSTORE_PASSWORD", keyStorePassword);
    env.put("SAMTALENOTAT_SAML_SP_KEYSTORE_PATH", spKeyStore.toString());
    env.put("SAMTALENOTAT_SAML_SP_KEYSTORE_PASSWORD", spPassword);
    env.put("SAMTALENOTAT_SAML_IDP_METADATA", idpMetadata.toString());
    env.put("SAMTALENOTAT_SAML_SP_BASE_URL", "https://samtalenotat.kommune.test");
    WildFlyServer server = WildFlyServer.fresh(List.of(), env);
    try {
      server.start();
      String log = Files.readString(server.serverLog(), StandardCharsets.UTF_8);
      assertTrue(log.contains("START-11 production checks passed"), server.serverLogTail(40));
      assertFalse(log.contains(" refused: "), server.serverLogTail(40));
      assertFalse(log.contains("demo data seeded"));

      // The SP publishes its metadata with the test's key and the https address.
      HttpResponse<String> metadata =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(server.baseUri().resolve("saml/metadata")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, metadata.statusCode(), metadata.body());
      assertTrue(
          metadata.body().contains("https://samtalenotat.kommune.test/saml/acs"), metadata.body());
      String certificate =
          Base64.getEncoder()
              .encodeToString(((X509Certificate) sp.getCertificate("sp")).getEncoded());
      assertTrue(
          metadata.body().replaceAll("\\s", "").contains(certificate.substring(0, 200)),
          "the SP's own key, not a generated one");
    } finally {
      server.stop();
    }
  }

  /** An IdP's metadata as NemLog-in publishes it, reduced to what the SP reads. */
  private static String idpMetadata() throws Exception {
    String certificate =
        Base64.getEncoder()
            .encodeToString(
                SelfSignedCertificate.create(rsa(), "ProductionStartIT IdP", Duration.ofDays(2))
                    .getEncoded());
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata"
            xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://idp.kommune.test">
          <md:IDPSSODescriptor WantAuthnRequestsSigned="true"
              protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
            <md:KeyDescriptor use="signing">
              <ds:KeyInfo><ds:X509Data><ds:X509Certificate>%s</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
            </md:KeyDescriptor>
            <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
                Location="https://idp.kommune.test/sso"/>
          </md:IDPSSODescriptor>
        </md:EntityDescriptor>
        """
        .formatted(certificate);
  }

  private static KeyPair rsa() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair();
  }

  private static String secret() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
