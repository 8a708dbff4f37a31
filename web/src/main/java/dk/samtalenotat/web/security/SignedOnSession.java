package dk.samtalenotat.web.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who signed on in this HTTP session, kept as a session attribute and handed to the container on
 * every request. The SAML fields are what single logout sends back to the IdP; they are null after
 * a form sign-in.
 */
public record SignedOnSession(
    String userKey, Set<String> roles, String nameId, String nameIdFormat, String sessionIndex)
    implements Serializable {

  public static final String ATTRIBUTE = SignedOnSession.class.getName();

  public SignedOnSession {
    roles = Set.copyOf(roles);
  }
}
