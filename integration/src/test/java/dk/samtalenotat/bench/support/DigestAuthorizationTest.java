package dk.samtalenotat.bench.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DigestAuthorizationTest {

  /** The worked example of RFC 2617, section 3.5. */
  @Test
  void signsTheRfcExampleAsTheRfcDoes() {
    DigestAuthorization.Challenge challenge =
        DigestAuthorization.md5Challenge(
                List.of(
                    "Digest realm=\"testrealm@host.com\", qop=\"auth,auth-int\","
                        + " nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\","
                        + " opaque=\"5ccc069c403ebaf9f0171e9517f40e41\""))
            .orElseThrow();

    String header =
        challenge.authorization(
            "Mufasa", "Circle Of Life", "GET", "/dir/index.html", 1, "0a4f113b");

    assertTrue(header.contains("response=\"6629fae49393a05397450978507c4ef1\""), header);
    assertTrue(header.contains("qop=auth, nc=00000001, cnonce=\"0a4f113b\""), header);
    assertTrue(header.contains("opaque=\"5ccc069c403ebaf9f0171e9517f40e41\""), header);
    assertTrue(header.startsWith("Digest username=\"Mufasa\", realm=\"testrealm@host.com\""));
  }

  @Test
  void takesTheMd5ChallengeBesideOthers() {
    var challenge =
        DigestAuthorization.md5Challenge(
                List.of(
                    "Basic realm=\"x\"",
                    "Digest realm=\"ManagementRealm\", nonce=\"sha\", algorithm=SHA-256, qop=auth",
                    "Digest realm=\"ManagementRealm\", nonce=\"n1\", opaque=\"00\","
                        + " algorithm=MD5, qop=auth"))
            .orElseThrow();

    assertEquals("n1", challenge.nonce());
    assertEquals("ManagementRealm", challenge.realm());
    assertTrue(
        challenge.authorization("u", "p", "POST", "/management", 3, "c").contains("nc=00000003"));
  }

  @Test
  void findsNoneWhereNoMd5DigestIsOffered() {
    assertTrue(
        DigestAuthorization.md5Challenge(
                List.of(
                    "Basic realm=\"x\"",
                    "Digest realm=\"r\", nonce=\"n\", algorithm=SHA-256",
                    "Digest realm=\"r\", nonce=\"n\", qop=\"auth-int\""))
            .isEmpty());
  }

  @Test
  void signsWithoutQopTheOldWay() {
    var challenge =
        DigestAuthorization.md5Challenge(List.of("Digest realm=\"r\", nonce=\"n\"")).orElseThrow();
    String header = challenge.authorization("u", "p", "GET", "/", 1, "c");
    // MD5(MD5("u:r:p") + ":n:" + MD5("GET:/")), as RFC 2069 has it.
    assertTrue(header.contains("response=\"" + rfc2069("u", "r", "p", "n", "GET", "/") + "\""));
    assertTrue(!header.contains("qop"), header);
  }

  @Test
  void storesTheRealmHashAsAPropertiesRealmReadsIt() {
    // HEX(MD5("admin:ManagementRealm:secret")) as md5sum prints it: what add-user.sh writes.
    assertEquals(
        "1eb173832c3b8726e6c99a96d186eabc",
        DigestAuthorization.realmHash("admin", "ManagementRealm", "secret"));
  }

  private static String rfc2069(
      String user, String realm, String password, String nonce, String method, String uri) {
    return md5(
        md5(user + ":" + realm + ":" + password) + ":" + nonce + ":" + md5(method + ":" + uri));
  }

  private static String md5(String s) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("MD5")
                  .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
