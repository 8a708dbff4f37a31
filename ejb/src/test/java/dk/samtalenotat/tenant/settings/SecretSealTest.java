package dk.samtalenotat.tenant.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.samtalenotat.crypto.CryptoException;
import dk.samtalenotat.crypto.TestKeys;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** A sealed secret opens only for its municipality and setting, and never shows its text. */
class SecretSealTest {

  private final TestKeys keks = new TestKeys();
  private final SecretSeal seal = new SecretSeal(keks.asDataKeys());

  @Test
  void roundTripWithAFreshKeyEachTime() {
    SecretSeal.Sealed a = seal.seal("29189404", "journal.password", "Sommer2026!");
    SecretSeal.Sealed b = seal.seal("29189404", "journal.password", "Sommer2026!");
    assertEquals("Sommer2026!", seal.open("29189404", "journal.password", a));
    assertNotEquals(a.text(), b.text());
    assertFalse(new String(Base64.getDecoder().decode(a.text())).contains("Sommer"));
    assertEquals(1, a.key().kekVersion(), "wrapped by the installation's key");
  }

  @Test
  void anotherMunicipalityOrSettingCannotOpenIt() {
    SecretSeal.Sealed a = seal.seal("29189404", "journal.password", "Sommer2026!");
    assertThrows(CryptoException.class, () -> seal.open("11111111", "journal.password", a));
    assertThrows(CryptoException.class, () -> seal.open("29189404", "journal.api-key", a));
  }

  @Test
  void destroyingTheInstallationKeyMakesItUnreadable() {
    SecretSeal.Sealed a = seal.seal("29189404", "journal.password", "Sommer2026!");
    keks.destroyAll(SecretSeal.INSTALLATION);
    assertThrows(RuntimeException.class, () -> seal.open("29189404", "journal.password", a));
  }
}
