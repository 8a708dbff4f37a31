package dk.samtalenotat.it;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The key stores every node of a cluster shares, made before the nodes start: the tenants'
 * key-encryption keys (empty; the first use adds a tenant's key, as on one node), the SP's SAML key
 * and the development IdP's key. Generated per node, the demo's own would differ between the nodes.
 * Used by {@link ClusterIT} and the two-node capacity benchmark.
 */
final class ClusterKeys {

  private static final String PASSWORD = "test-only-password";

  private ClusterKeys() {}

  /** Makes the stores in {@code shared} and returns the variables that point every node to them. */
  static Map<String, String> make(Path shared) throws Exception {
    Files.createDirectories(shared);
    Path tenantKeys = shared.resolve("tenant-keys.p12");
    Files.deleteIfExists(tenantKeys);
    try (OutputStream out = Files.newOutputStream(tenantKeys)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, PASSWORD.toCharArray());
      store.store(out, PASSWORD.toCharArray());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    Path sp = shared.resolve("sp.p12");
    Path idp = shared.resolve("idp.p12");
    keytool(sp, "sp");
    keytool(idp, "idp");
    Files.writeString(shared.resolve("idp.p12.password"), PASSWORD);
    return Map.of(
        "SAMTALENOTAT_CRYPTO_KEYSTORE_PATH", tenantKeys.toAbsolutePath().toString(),
        "SAMTALENOTAT_CRYPTO_KEYSTORE_PASSWORD", PASSWORD,
        "SAMTALENOTAT_SAML_SP_KEYSTORE_PATH", sp.toAbsolutePath().toString(),
        "SAMTALENOTAT_SAML_SP_KEYSTORE_PASSWORD", PASSWORD,
        "SAMTALENOTAT_DEV_IDP_KEYSTORE", idp.toAbsolutePath().toString());
  }

  private static void keytool(Path store, String alias) throws Exception {
    Files.deleteIfExists(store);
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process process =
        new ProcessBuilder(
                keytool.toString(),
                "-genkeypair",
                "-alias",
                alias,
                "-keyalg",
                "RSA",
                "-keysize",
                "3072",
                "-validity",
                "30",
                "-dname",
                "CN=Samtalenotat cluster test " + alias,
                "-storetype",
                "PKCS12",
                "-keystore",
                store.toAbsolutePath().toString(),
                "-storepass",
                PASSWORD,
                "-keypass",
                PASSWORD)
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("keytool failed for " + store + ": " + output);
    }
  }
}
