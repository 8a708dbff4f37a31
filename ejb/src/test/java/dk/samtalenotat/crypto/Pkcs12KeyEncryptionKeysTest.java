package dk.samtalenotat.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Pkcs12KeyEncryptionKeysTest {

  private static final String AARHUS = "55133018";
  private static final String ODENSE = "35209115";

  @TempDir Path dir;

  private Pkcs12KeyEncryptionKeys open() {
    return new Pkcs12KeyEncryptionKeys(dir.resolve("keys.p12"), "secret".toCharArray());
  }

  @Test
  void theKeyStoreIsCreatedOnceAndReopenedWithTheSameKeys() throws Exception {
    Pkcs12KeyEncryptionKeys first = open();
    assertTrue(Files.exists(dir.resolve("keys.p12")));
    DataKey key = new DataKeys(first).create(AARHUS);
    String sealed = key.seal("transcript:1", "Borgeren er klar til at starte.");
    long written = Files.size(dir.resolve("keys.p12"));

    Pkcs12KeyEncryptionKeys reopened = open();
    assertEquals(1, reopened.currentVersion(AARHUS));
    assertEquals(written, Files.size(dir.resolve("keys.p12")), "reopening rewrites nothing");
    DataKey again = new DataKeys(reopened).open(AARHUS, key.wrapped());
    assertEquals("Borgeren er klar til at starte.", again.open("transcript:1", sealed));
  }

  @Test
  void aWrongPasswordIsAClearError() {
    open().currentVersion(AARHUS);
    CryptoException e =
        assertThrows(
            CryptoException.class,
            () -> new Pkcs12KeyEncryptionKeys(dir.resolve("keys.p12"), "wrong".toCharArray()));
    assertTrue(e.getMessage().contains("wrong password"), e.getMessage());
  }

  @Test
  void theReadinessCheckReadsTheFileAsItStandsAndChangesNothing() throws Exception {
    Pkcs12KeyEncryptionKeys keks = open();
    keks.currentVersion(AARHUS);
    byte[] before = Files.readAllBytes(dir.resolve("keys.p12"));
    keks.checkReadable();
    assertArrayEquals(before, Files.readAllBytes(dir.resolve("keys.p12")));

    Files.write(dir.resolve("keys.p12"), new byte[] {1, 2, 3});
    assertThrows(CryptoException.class, keks::checkReadable, "a damaged file is found");
    assertEquals(1, keks.currentVersion(AARHUS), "the keys in use are not touched");
  }

  @Test
  void tenantsDoNotShareKeys() {
    Pkcs12KeyEncryptionKeys keks = open();
    DataKeys keys = new DataKeys(keks);
    DataKey aarhus = keys.create(AARHUS);
    keks.currentVersion(ODENSE);
    assertThrows(CryptoException.class, () -> keys.open(ODENSE, aarhus.wrapped()));
    assertEquals(Map.of(AARHUS, 1, ODENSE, 1), keks.currentVersions());
    assertThrows(IllegalArgumentException.class, () -> keks.currentVersion("../etc"));
  }

  @Test
  void rotationAddsAVersionAndRewrapsWithoutTouchingTheData() {
    Pkcs12KeyEncryptionKeys keks = open();
    DataKeys keys = new DataKeys(keks);
    DataKey key = keys.create(AARHUS);
    String sealed = key.seal("draft-version:3", "Næste samtale den 12. maj.");
    assertEquals(1, key.wrapped().kekVersion());

    assertEquals(2, keks.rotate(AARHUS));
    assertEquals(2, keks.currentVersion(AARHUS));
    assertEquals(1, keks.currentVersion(ODENSE), "other tenants keep their version");
    // Still readable with the old version until re-wrapped.
    assertEquals(
        "Næste samtale den 12. maj.",
        keys.open(AARHUS, key.wrapped()).open("draft-version:3", sealed));

    WrappedKey rewrapped = keys.rewrap(AARHUS, key.wrapped());
    assertEquals(2, rewrapped.kekVersion());
    assertFalse(java.util.Arrays.equals(key.wrapped().bytes(), rewrapped.bytes()));
    assertSame(rewrapped, keys.rewrap(AARHUS, rewrapped));
    assertEquals(
        "Næste samtale den 12. maj.", keys.open(AARHUS, rewrapped).open("draft-version:3", sealed));
    assertEquals(3, keys.create(AARHUS).wrapped().kekVersion() + 1);

    // Once nothing uses version 1 it can be destroyed; what was wrapped with it is gone for good,
    // also in a reopened store (as a database backup would try).
    keks.destroy(AARHUS, 1);
    assertThrows(CryptoException.class, () -> keys.open(AARHUS, key.wrapped()));
    assertThrows(CryptoException.class, () -> new DataKeys(open()).open(AARHUS, key.wrapped()));
    assertEquals(
        "Næste samtale den 12. maj.",
        new DataKeys(open()).open(AARHUS, rewrapped).open("draft-version:3", sealed));
    assertThrows(IllegalArgumentException.class, () -> keks.destroy(AARHUS, 2));
  }

  @Test
  void aKeyAnotherNodeAddedIsFoundByReadingTheFileAgain() {
    Pkcs12KeyEncryptionKeys node1 = open();
    node1.currentVersion(AARHUS);
    Pkcs12KeyEncryptionKeys node2 = open();
    node2.rotate(AARHUS);
    DataKey fromNode2 = new DataKeys(node2).create(AARHUS);
    SecretKey unwrapped = node1.unwrap(AARHUS, fromNode2.wrapped());
    assertEquals(32, unwrapped.getEncoded().length);
  }

  @Test
  void missingConfigurationOutsideTheDemoStopsTheStart() {
    IllegalStateException none =
        assertThrows(
            IllegalStateException.class,
            () ->
                KeyStoreLocation.resolve(
                    Optional.empty(), Optional.empty(), false, Optional.of(dir.toString())));
    assertTrue(none.getMessage().contains("samtalenotat.crypto.keystore.path"), none.getMessage());
    assertTrue(none.getMessage().contains("samtalenotat.crypto.keystore.password"));
    IllegalStateException half =
        assertThrows(
            IllegalStateException.class,
            () ->
                KeyStoreLocation.resolve(
                    Optional.of("/x/keys.p12"), Optional.empty(), false, Optional.empty()));
    assertTrue(half.getMessage().contains("samtalenotat.crypto.keystore.password is missing"));
    assertThrows(
        IllegalStateException.class,
        () ->
            new Pkcs12KeyEncryptionKeys(
                Optional.empty(), Optional.of(""), false, Optional.of(dir.toString())));
  }

  @Test
  void theDemoGeneratesItsKeyStoreAndPasswordOnceUnderTheDataDirectory() throws Exception {
    KeyStoreLocation first =
        KeyStoreLocation.resolve(
            Optional.empty(), Optional.empty(), true, Optional.of(dir.toString()));
    Path passwordFile = dir.resolve("samtalenotat-keys/tenant-keys.password");
    assertTrue(Files.exists(passwordFile));
    assertTrue(first.password().length >= 40);
    assertEquals(dir.resolve("samtalenotat-keys/tenant-keys.p12"), first.path());
    if (Files.getFileStore(passwordFile).supportsFileAttributeView("posix")) {
      assertEquals(
          "rw-------",
          java.nio.file.attribute.PosixFilePermissions.toString(
              Files.getPosixFilePermissions(passwordFile)));
    }
    KeyStoreLocation second =
        KeyStoreLocation.resolve(
            Optional.empty(), Optional.empty(), true, Optional.of(dir.toString()));
    assertArrayEquals(first.password(), second.password());

    Pkcs12KeyEncryptionKeys demo =
        new Pkcs12KeyEncryptionKeys(
            Optional.empty(), Optional.empty(), true, Optional.of(dir.toString()));
    WrappedKey wrapped = demo.wrap(AARHUS, DataKey.generate());
    Pkcs12KeyEncryptionKeys restarted =
        new Pkcs12KeyEncryptionKeys(
            Optional.empty(), Optional.empty(), true, Optional.of(dir.toString()));
    assertEquals(32, restarted.unwrap(AARHUS, wrapped).getEncoded().length);

    // Configured values win over the demo's generated store.
    KeyStoreLocation configured =
        KeyStoreLocation.resolve(
            Optional.of("/srv/keys.p12"), Optional.of("pw"), true, Optional.of(dir.toString()));
    assertEquals(Path.of("/srv/keys.p12"), configured.path());
    assertNotEquals(first.path(), configured.path());
  }
}
