package dk.samtalenotat.journal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TenantSettingsTest {

  @Test
  void secretFromThePkcs12SecretStore(@TempDir Path dir) throws Exception {
    // What `keytool -importpass -storetype PKCS12 -alias sbsys-29189897` writes.
    char[] storePassword = "test-only-store".toCharArray();
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, storePassword);
    ks.setEntry(
        "sbsys-29189897",
        new KeyStore.SecretKeyEntry(
            SecretKeyFactory.getInstance("PBE")
                .generateSecret(new PBEKeySpec("s3cret-from-store".toCharArray()))),
        new KeyStore.PasswordProtection(storePassword));
    Path file = dir.resolve("secrets.p12");
    try (OutputStream out = Files.newOutputStream(file)) {
      ks.store(out, storePassword);
    }
    Map<String, String> config =
        Map.of(
            "samtalenotat.journal.tenant.29189897.password",
            "keystore:sbsys-29189897",
            "samtalenotat.journal.tenant.29189897.username",
            "plain",
            SecretStore.KEYSTORE,
            file.toString(),
            SecretStore.PASSWORD,
            "test-only-store");
    TenantSettings s = new TenantSettings("29189897", k -> Optional.ofNullable(config.get(k)));
    assertEquals("s3cret-from-store", s.secret("password"));
    assertEquals("plain", s.secret("username"));
  }

  @Test
  void errorsNameTheKey() {
    TenantSettings s =
        new TenantSettings(
            "29189897",
            k ->
                Optional.ofNullable(
                    Map.of("samtalenotat.journal.tenant.29189897.read-timeout", "soon").get(k)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, s::readTimeout);
    assertTrue(e.getMessage().contains("samtalenotat.journal.tenant.29189897.read-timeout"));
    IllegalArgumentException missing =
        assertThrows(IllegalArgumentException.class, () -> s.required("url"));
    assertTrue(missing.getMessage().contains("samtalenotat.journal.tenant.29189897.url"));
  }
}
