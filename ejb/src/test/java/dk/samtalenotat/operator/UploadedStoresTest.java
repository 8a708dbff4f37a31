package dk.samtalenotat.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TLS key and trust stores the operator uploads: refused unless they open with the password
 * given and hold what they are for, so that a municipality's first journal note does not find out.
 */
class UploadedStoresTest {

  private static final String PASSWORD = "test-only-password";

  @TempDir static Path dir;
  private static String keyStore;
  private static String trustStore;

  /** A client key store and a trust store made by the JDK's keytool, as a municipality would. */
  @BeforeAll
  static void stores() throws Exception {
    Path keys = dir.resolve("client.p12");
    Path cert = dir.resolve("client.cer");
    Path trust = dir.resolve("trust.p12");
    keytool(
        "-genkeypair",
        "-alias",
        "oces3",
        "-keyalg",
        "EC",
        "-dname",
        "CN=Fjerde Kommune test",
        "-validity",
        "2",
        "-storetype",
        "PKCS12",
        "-keystore",
        keys.toString(),
        "-storepass",
        PASSWORD);
    keytool(
        "-exportcert",
        "-alias",
        "oces3",
        "-keystore",
        keys.toString(),
        "-storepass",
        PASSWORD,
        "-file",
        cert.toString());
    keytool(
        "-importcert",
        "-noprompt",
        "-alias",
        "sbsys",
        "-file",
        cert.toString(),
        "-storetype",
        "PKCS12",
        "-keystore",
        trust.toString(),
        "-storepass",
        PASSWORD);
    keyStore = Base64.getEncoder().encodeToString(Files.readAllBytes(keys));
    trustStore = Base64.getEncoder().encodeToString(Files.readAllBytes(trust));
  }

  private static void keytool(String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) {
      throw new IllegalStateException("keytool failed: " + out);
    }
  }

  @Test
  void aKeyStoreThatOpensWithItsPasswordAndHoldsAKeyIsAccepted() {
    assertEquals(Optional.empty(), UploadedStores.keyStoreProblem(keyStore, PASSWORD));
    assertEquals(Optional.empty(), UploadedStores.trustStoreProblem(trustStore, PASSWORD));
  }

  @Test
  void eachMistakeIsNamed() {
    assertEquals(
        Optional.of("operator.error.keystore"),
        UploadedStores.keyStoreProblem(keyStore, "wrong-password"));
    assertEquals(
        Optional.of("operator.error.keystorePassword"),
        UploadedStores.keyStoreProblem(keyStore, null));
    assertEquals(
        Optional.of("operator.error.keystoreEmpty"),
        UploadedStores.keyStoreProblem(trustStore, PASSWORD),
        "a trust store holds no key");
    assertEquals(
        Optional.of("operator.error.truststore"),
        UploadedStores.trustStoreProblem(
            Base64.getEncoder().encodeToString("not a key store".getBytes()), PASSWORD));
    assertEquals(
        Optional.of("operator.error.truststore"),
        UploadedStores.trustStoreProblem("%%% not base64", PASSWORD));
    assertEquals(
        Optional.of("operator.error.keystore"),
        UploadedStores.keyStoreProblem(
            Base64.getEncoder().encodeToString(new byte[UploadedStores.MAX_BYTES + 1]), PASSWORD),
        "too large");
  }

  @Test
  void theOnboardingFormRefusesAStoreThatDoesNotOpen() {
    Map<String, String> settings =
        Map.of(
            "signon.administrators", "6f1c2a10-0000-4000-8000-000000000040",
            "journal.system", "sbsys",
            "journal.url", "https://sbsys.fjerde.example/",
            "journal.tls.keystore-data", keyStore,
            "journal.tls.keystore-password", "wrong-password",
            "journal.tls.truststore-data", trustStore,
            "journal.tls.truststore-password", PASSWORD);
    assertEquals(
        List.of("operator.error.keystore"),
        new Onboarding("12345674", "Fjerde Kommune", settings).problems());
    Map<String, String> right = new java.util.HashMap<>(settings);
    right.put("journal.tls.keystore-password", PASSWORD);
    assertEquals(List.of(), new Onboarding("12345674", "Fjerde Kommune", right).problems());
  }
}
