package dk.samtalenotat.web.saml;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One step more for the IdP's LogoutRequest by HTTP-POST. It arrives as a cross-site POST, which
 * does not carry the session cookie ({@code SameSite=Lax}), so it cannot tell whose session to end.
 * Once its signature and checks hold, it is answered with 303 See Other to a GET of our own logout
 * address: a top-level navigation, which does carry the cookie. The GET carries what it needs in a
 * value sealed by {@link BrowserSeal}: the LogoutRequest's ID, a keyed digest of the NameID (the
 * identifier itself stays out of the URL), the RelayState, and a short expiry.
 */
public final class LogoutHop {

  /** How long the hop may take: a browser follows a redirect at once. */
  public static final Duration LIFETIME = Duration.ofMinutes(2);

  private static final String PURPOSE = "idp logout hop v1";
  private static final String NAME_ID = "idp logout name id";

  /**
   * A checked LogoutRequest on its way to the session it ends.
   *
   * @param requestId the LogoutRequest's ID, which our LogoutResponse answers
   * @param relayState the IdP's RelayState, returned with the answer; null if none
   * @param expiresAt when the hop is no longer followed
   */
  public record Pending(
      String requestId, String nameIdDigest, String relayState, Instant expiresAt) {}

  private final BrowserSeal seal;
  private final Clock clock;

  public LogoutHop(BrowserSeal seal, Clock clock) {
    this.seal = seal;
    this.clock = clock;
  }

  /**
   * The sealed value for the GET, for a LogoutRequest whose checks held. A RelayState longer than
   * the binding's 80 bytes, or with control characters, is not carried.
   */
  public String seal(String requestId, String nameId, String relayState) {
    if (relayState != null
        && (relayState.getBytes(StandardCharsets.UTF_8).length > 80
            || relayState.chars().anyMatch(c -> c < 0x20))) {
      relayState = null;
    }
    String payload =
        String.join(
            "\n",
            requestId,
            seal.digest(NAME_ID, nameId),
            relayState == null ? "" : "r" + relayState,
            Long.toString(clock.instant().plus(LIFETIME).getEpochSecond()));
    return seal.seal(PURPOSE, payload.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The pending logout a sealed value carries.
   *
   * @return empty if the value was altered, forged or has expired
   */
  public Optional<Pending> open(String sealed) {
    return seal.open(PURPOSE, sealed)
        .map(b -> new String(b, StandardCharsets.UTF_8).split("\n", -1))
        .filter(f -> f.length == 4 && f[3].matches("\\d{1,12}"))
        .map(
            f ->
                new Pending(
                    f[0],
                    f[1],
                    f[2].isEmpty() ? null : f[2].substring(1),
                    Instant.ofEpochSecond(Long.parseLong(f[3]))))
        .filter(p -> clock.instant().isBefore(p.expiresAt()));
  }

  /** Whether a session's NameID is the one the LogoutRequest named. */
  public boolean names(Pending pending, String nameId) {
    return nameId != null && seal.digest(NAME_ID, nameId).equals(pending.nameIdDigest());
  }
}
