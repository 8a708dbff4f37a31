package dk.samtalenotat.it;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Two nodes of the cluster configuration as {@link ClusterIT} and the two-node capacity benchmark
 * start them: the environment every node shares (the database, the JGroups members, the balancer's
 * address for SAML, the audio storage and the key stores) and each node's own arguments.
 */
final class ClusterNodes {

  private static final String PASSWORD = "test-only-password";

  private ClusterNodes() {}

  /**
   * What every node is started with: PostgreSQL, both nodes as JGroups members (TCP on loopback at
   * 7600 + each offset), the balancer's address as the SAML SP's, audio files and key stores under
   * {@code shared} (a shared mount in production).
   */
  static Map<String, String> environment(
      DebianPostgres postgres, int[] offsets, int balancerPort, Path shared) throws Exception {
    Map<String, String> environment = new HashMap<>();
    environment.put("SAMTALENOTAT_DB_URL", postgres.jdbcUrl());
    environment.put("SAMTALENOTAT_DB_USER", postgres.user());
    environment.put("SAMTALENOTAT_DB_PASSWORD", "unused");
    environment.put(
        "SAMTALENOTAT_CLUSTER_HOSTS",
        "127.0.0.1[" + (7600 + offsets[0]) + "],127.0.0.1[" + (7600 + offsets[1]) + "]");
    environment.put("SAMTALENOTAT_SAML_SP_BASE_URL", "http://127.0.0.1:" + balancerPort);
    environment.put("SAMTALENOTAT_DATA_DIR", shared.resolve("data").toAbsolutePath().toString());
    environment.putAll(sharedKeys(shared));
    return environment;
  }

  /** A node (not started) in {@code target/name}, named for JGroups and transactions. */
  static WildFlyServer node(Path target, String name, int offset, Map<String, String> environment) {
    return WildFlyServer.node(
        target.resolve(name),
        offset,
        environment,
        List.of(
            "-Djboss.node.name=" + name,
            "-Djboss.tx.node.id=" + name,
            "-Djboss.bind.address.private=127.0.0.1"));
  }

  /**
   * The key stores every node shares, made before the nodes start: the tenants' key-encryption keys
   * (empty; the first use adds a tenant's key, as on one node), the SP's SAML key and the
   * development IdP's key. Generated per node, the demo's own would differ between the nodes.
   */
  private static Map<String, String> sharedKeys(Path shared) throws Exception {
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
