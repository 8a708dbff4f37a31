package dk.samtalenotat.web.saml;

import java.time.Instant;

/**
 * A request we sent to the IdP from one browser, as that browser's sign-on cookie ({@link
 * SignOnCookie}) remembers it: a response is accepted only in reply to one of these, posted by the
 * same browser.
 *
 * @param purpose an AuthnRequest (sign-on) or our LogoutRequest (sign-off)
 * @param id the request's ID, which the IdP's answer names in InResponseTo
 * @param issuedAt when we sent it; it is forgotten {@link SignOnCookie#LIFETIME} later
 * @param returnTo where to go after sign-on (a local path); kept here, never sent to the IdP
 */
public record SignOnRequest(Purpose purpose, String id, Instant issuedAt, String returnTo) {

  /** What the request asked the IdP for. */
  public enum Purpose {
    SIGN_ON('A'),
    SIGN_OFF('L');

    private final char code;

    Purpose(char code) {
      this.code = code;
    }

    char code() {
      return code;
    }

    static Purpose of(char code) {
      for (Purpose p : values()) {
        if (p.code == code) {
          return p;
        }
      }
      throw new IllegalArgumentException("purpose " + code);
    }
  }

  /** The last moment a response to this request is accepted. */
  public Instant expiresAt() {
    return issuedAt.plus(SignOnCookie.LIFETIME);
  }
}
