package dk.samtalenotat.web.security;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Who signed on in this HTTP session, kept as a session attribute and handed to the container on
 * every request. The SAML fields are what single logout sends back to the IdP; they are null after
 * a form sign-in. The token is the session's own secret for requests that change the session
 * outside Faces (signing out by POST): another site cannot read it, so it cannot forge them.
 */
public record SignedOnSession(
    String userKey,
    Set<String> roles,
    String nameId,
    String nameIdFormat,
    String sessionIndex,
    String csrfToken)
    implements Serializable {

  public static final String ATTRIBUTE = SignedOnSession.class.getName();

  private static final SecureRandom RANDOM = new SecureRandom();

  public SignedOnSession {
    roles = Set.copyOf(roles);
  }

  /** A session with a fresh random token. */
  public SignedOnSession(
      String userKey, Set<String> roles, String nameId, String nameIdFormat, String sessionIndex) {
    this(userKey, roles, nameId, nameIdFormat, sessionIndex, newToken());
  }

  /** Whether a request carried this session's token (compared in constant time). */
  public boolean tokenMatches(String token) {
    return token != null
        && MessageDigest.isEqual(
            csrfToken.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
  }

  private static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
