package dk.samtalenotat.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeviceTokenTest {

  @Test
  void aTokenCarries256RandomBitsInUrlSafeCharacters() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String token = DeviceToken.generate();
      assertTrue(token.startsWith(DeviceToken.PREFIX), token);
      String body = token.substring(DeviceToken.PREFIX.length());
      assertTrue(body.matches("[A-Za-z0-9_-]+"), token);
      assertEquals(32, Base64.getUrlDecoder().decode(body).length, "256 bits");
      assertTrue(DeviceToken.wellFormed(token));
      assertTrue(seen.add(token), "no token twice");
    }
  }

  @Test
  void theHashIsSha256InHex() {
    // SHA-256("abc"), FIPS 180-2 appendix B.1.
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        DeviceToken.hash("abc"));
  }

  @Test
  void matchingComparesHashes() {
    String token = DeviceToken.generate();
    String stored = DeviceToken.hash(token);
    assertTrue(DeviceToken.matches(token, stored));
    assertFalse(DeviceToken.matches(DeviceToken.generate(), stored));
    assertFalse(DeviceToken.matches(token, null));
    assertFalse(DeviceToken.matches(null, stored));
  }

  @Test
  void malformedTokensAreRecognisedBeforeAnyLookUp() {
    assertFalse(DeviceToken.wellFormed(null));
    assertFalse(DeviceToken.wellFormed(""));
    assertFalse(DeviceToken.wellFormed("sntd_kort"));
    assertFalse(DeviceToken.wellFormed("Bearer " + DeviceToken.generate()));
    assertFalse(DeviceToken.wellFormed(DeviceToken.generate() + "\n"));
    assertFalse(DeviceToken.wellFormed("xxxx_" + DeviceToken.generate().substring(5)));
  }
}
