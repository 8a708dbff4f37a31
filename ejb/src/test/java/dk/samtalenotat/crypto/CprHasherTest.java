package dk.samtalenotat.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CprHasherTest {

  @TempDir Path dir;

  @Test
  void theSameNumberHashesAlikeHowEverItIsWrittenAndPerTenantDifferently() {
    Path file = dir.resolve("keys.p12");
    CprHasher hasher = new CprHasher(new Pkcs12KeyEncryptionKeys(file, "pw".toCharArray()));
    String plain = hasher.hash("55133018", "0703851234");
    assertEquals(64, plain.length());
    assertEquals(plain, hasher.hash("55133018", "070385-1234"));
    assertEquals(plain, hasher.hash("55133018", " 070385 - 1234 "));
    assertNotEquals(plain, hasher.hash("55133018", "0703851235"));
    assertNotEquals(plain, hasher.hash("35209115", "0703851234"));

    CprHasher afterRestart = new CprHasher(new Pkcs12KeyEncryptionKeys(file, "pw".toCharArray()));
    assertEquals(plain, afterRestart.hash("55133018", "0703851234"));
  }

  @Test
  void onlyTenDigitsAreACprNumber() {
    assertThrows(IllegalArgumentException.class, () -> CprHasher.normalize("07038512"));
    assertThrows(IllegalArgumentException.class, () -> CprHasher.normalize("070385-123x"));
    assertThrows(IllegalArgumentException.class, () -> CprHasher.normalize(null));
  }
}
