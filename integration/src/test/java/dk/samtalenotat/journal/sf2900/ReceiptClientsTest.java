package dk.samtalenotat.journal.sf2900;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.journal.ReceiptSender;
import dk.samtalenotat.journal.fake.SelfSignedCertificate;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A verified distributor certificate mapped to the municipalities configured for it. */
class ReceiptClientsTest {

  private static final String PREFIX = "samtalenotat.journal.tenant.";

  private final Map<String, String> config = new HashMap<>();
  private final ReceiptClients clients =
      new ReceiptClients(k -> Optional.ofNullable(config.get(k)));

  private static X509Certificate certificate(String commonName) throws Exception {
    KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
    rsa.initialize(2048);
    return SelfSignedCertificate.create(rsa.generateKeyPair(), commonName, Duration.ofDays(1));
  }

  @Test
  void aCertificateSpeaksForTheMunicipalitiesThatNameItsSubject() throws Exception {
    X509Certificate third = certificate("Fordeling Tredje Kommune");
    config.put(PREFIX + "33333333.receipt-client-subject", "cn=Fordeling Tredje Kommune");
    ReceiptSender sender = clients.sender(third);
    assertEquals("sf2900", sender.system());
    assertTrue(sender.speaksFor("33333333"), "X.500 names compare without regard to case");
    assertFalse(sender.speaksFor("22222222"), "a municipality configured for nobody");
    assertFalse(clients.sender(certificate("Fordeling Anden")).speaksFor("33333333"));
    assertTrue(sender.describe().contains("CN=Fordeling Tredje Kommune"), sender.describe());
  }

  @Test
  void orItsFingerprintInAnyOfTheCommonNotations() throws Exception {
    X509Certificate distributor = certificate("Fordeling");
    X509Certificate renewed = certificate("Fordeling");
    String hex = ReceiptClients.fingerprint(distributor);
    StringBuilder colons = new StringBuilder();
    for (int i = 0; i < hex.length(); i += 2) {
      colons.append(i == 0 ? "" : ":").append(hex, i, i + 2);
    }
    config.put(
        PREFIX + "22222222.receipt-client-sha256",
        ReceiptClients.fingerprint(renewed) + ", " + colons.toString().toUpperCase(Locale.ROOT));
    assertTrue(clients.sender(distributor).speaksFor("22222222"));
    assertTrue(clients.sender(renewed).speaksFor("22222222"), "two during a renewal");
    assertFalse(clients.sender(certificate("Fordeling")).speaksFor("22222222"), "same name");
  }

  @Test
  void aMalformedSubjectNamesItsKey() throws Exception {
    config.put(PREFIX + "33333333.receipt-client-subject", "not a name=");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> clients.sender(certificate("x")).speaksFor("33333333"));
    assertTrue(e.getMessage().contains(PREFIX + "33333333.receipt-client-subject"));
  }
}
