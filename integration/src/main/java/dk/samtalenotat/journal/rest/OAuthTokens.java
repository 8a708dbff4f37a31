package dk.samtalenotat.journal.rest;

import dk.samtalenotat.journal.JournalException;
import dk.samtalenotat.journal.JournalFailure;
import dk.samtalenotat.journal.PermanentJournalException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.core.Form;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * OAuth2 access tokens from a token endpoint (password grant for SBSYS, client credentials for
 * Momentum), cached until shortly before they expire.
 */
public final class OAuthTokens {

  private final RestCalls calls;
  private final URI tokenUrl;
  private final Map<String, String> grant;
  private final Clock clock;

  private String token;
  private Instant expires = Instant.MIN;

  /**
   * @param grant the form fields: grant_type, client_id, client_secret, and for the password grant
   *     username and password
   */
  public OAuthTokens(RestCalls calls, URI tokenUrl, Map<String, String> grant, Clock clock) {
    this.calls = calls;
    this.tokenUrl = tokenUrl;
    this.grant = Map.copyOf(grant);
    this.clock = clock;
  }

  public synchronized String bearer() throws JournalException {
    if (token == null || clock.instant().isAfter(expires)) {
      Form form = new Form();
      grant.forEach(form::param);
      JsonStructure answer;
      try {
        answer = calls.postForm("token", tokenUrl, form, b -> b);
      } catch (PermanentJournalException e) {
        // invalid_grant, invalid_client: the configured credentials are wrong.
        throw new PermanentJournalException(
            JournalFailure.NOT_AUTHORISED, "token refused: " + e.getMessage(), e);
      }
      if (!(answer instanceof JsonObject o) || !o.containsKey("access_token")) {
        throw new PermanentJournalException(
            JournalFailure.NOT_AUTHORISED, "token endpoint gave no access_token");
      }
      token = o.getString("access_token");
      long seconds = o.get("expires_in") instanceof JsonNumber n ? n.longValue() : 300;
      expires = clock.instant().plusSeconds(Math.max(seconds - 30, 5));
    }
    return "Bearer " + token;
  }

  /** Drops the cached token (after a 401), so the next call fetches a new one. */
  public synchronized void invalidate() {
    token = null;
  }
}
