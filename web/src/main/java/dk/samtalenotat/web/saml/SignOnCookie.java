package dk.samtalenotat.web.saml;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sign-on state, kept in the browser that started the sign-on instead of on the server: a
 * short-lived, HttpOnly cookie on the SAML path holding the IDs of the requests this browser sent
 * (at most {@link #MAX_REQUESTS}, each for {@link #LIFETIME}), sealed with {@link BrowserSeal} so
 * that it can be neither altered nor forged. A response is accepted only from the browser whose
 * cookie names its InResponseTo, so a response started in one browser and posted from another is
 * refused (login CSRF), and a stranger who asks for any number of sign-ons fills nothing on the
 * server. Which IDs have been answered is the server's to remember ({@link ReplayStore}), since a
 * browser can send an old copy of its cookie.
 *
 * <p>SameSite: the IdP's answer arrives as a cross-site POST (NemLog-in posts from its own domain).
 * A Lax or Strict cookie is not sent with such a POST, so over https the cookie is {@code
 * SameSite=None; Secure}; that is safe here because the cookie grants nothing by itself, it only
 * names requests this browser made. Over https it is also a {@code __Host-} cookie (Path=/, no
 * Domain), which a neighbouring site under the same domain cannot overwrite with a cookie of its
 * own ("cookie tossing" would bring login CSRF back). Browsers refuse {@code SameSite=None} without
 * Secure, so over plain http (the demo and the tests, where the IdP is on the same site) it is
 * {@code SameSite=Lax} on the SAML path.
 */
public final class SignOnCookie {

  /** The cookie's name over plain http. */
  public static final String NAME = "samtalenotat-signon";

  /** The cookie's name over https: the prefix makes browsers keep it to this host. */
  public static final String SECURE_NAME = "__Host-" + NAME;

  /** How long a user may take at the IdP before the request is forgotten. */
  public static final Duration LIFETIME = Duration.ofMinutes(15);

  /** Sign-ons one browser may have under way at once (tabs); the oldest gives way. */
  public static final int MAX_REQUESTS = 3;

  /** A longer return address is replaced by the start page, to keep the cookie small. */
  static final int MAX_RETURN_TO = 1024;

  private static final String PURPOSE = "sign-on cookie v1";
  private static final Pattern ID = Pattern.compile("_[0-9a-f]{40}");

  private final BrowserSeal seal;
  private final Clock clock;
  private final String path;
  private final boolean secure;

  /**
   * @param acsUrl our AssertionConsumerService URL: over https the cookie is a Secure {@code
   *     __Host-} cookie, over http its path is the ACS's folder ({@code /saml})
   */
  public SignOnCookie(BrowserSeal seal, Clock clock, URI acsUrl) {
    this.seal = seal;
    this.clock = clock;
    this.secure = "https".equalsIgnoreCase(acsUrl.getScheme());
    String acsPath = acsUrl.getPath();
    this.path = secure ? "/" : acsPath.substring(0, acsPath.lastIndexOf('/'));
  }

  /** The cookie's name: {@link #SECURE_NAME} over https, {@link #NAME} over http. */
  public String name() {
    return secure ? SECURE_NAME : NAME;
  }

  /**
   * The requests a cookie value names, newest first, without those that expired.
   *
   * @return empty if there is no cookie, or it was altered, forged or made with another key
   */
  public List<SignOnRequest> read(String value) {
    Optional<byte[]> payload = seal.open(PURPOSE, value);
    if (payload.isEmpty()) {
      return List.of();
    }
    Instant now = clock.instant();
    List<SignOnRequest> requests = new ArrayList<>();
    for (String line : new String(payload.get(), StandardCharsets.UTF_8).split("\n")) {
      String[] f = line.split("\t", 4);
      if (f.length != 4 || f[0].length() != 1 || !ID.matcher(f[1]).matches()) {
        return List.of();
      }
      SignOnRequest request;
      try {
        request =
            new SignOnRequest(
                SignOnRequest.Purpose.of(f[0].charAt(0)),
                f[1],
                Instant.ofEpochSecond(Long.parseLong(f[2])),
                f[3]);
      } catch (IllegalArgumentException | java.time.DateTimeException e) {
        return List.of();
      }
      // Issued in the future means another clock or a forged time: not ours to trust.
      if (now.isBefore(request.expiresAt()) && !request.issuedAt().isAfter(now.plusSeconds(5))) {
        requests.add(request);
      }
    }
    return List.copyOf(requests.subList(0, Math.min(requests.size(), MAX_REQUESTS)));
  }

  /** A new request for this browser, issued now. */
  public SignOnRequest issue(SignOnRequest.Purpose purpose, String id, String returnTo) {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("not a request ID of ours");
    }
    String target =
        returnTo == null
                || returnTo.length() > MAX_RETURN_TO
                || returnTo.chars().anyMatch(c -> c < 0x20)
            ? "/"
            : returnTo;
    return new SignOnRequest(
        purpose, id, Instant.ofEpochSecond(clock.instant().getEpochSecond()), target);
  }

  /** The requests with {@code added} first, the oldest dropped beyond {@link #MAX_REQUESTS}. */
  public static List<SignOnRequest> with(List<SignOnRequest> current, SignOnRequest added) {
    List<SignOnRequest> result = new ArrayList<>();
    result.add(added);
    for (SignOnRequest r : current) {
      if (result.size() < MAX_REQUESTS && !r.id().equals(added.id())) {
        result.add(r);
      }
    }
    return List.copyOf(result);
  }

  /** The requests without the one answered. */
  public static List<SignOnRequest> without(List<SignOnRequest> current, String id) {
    return current.stream().filter(r -> !r.id().equals(id)).toList();
  }

  /** The {@code Set-Cookie} header value that stores these requests, or removes the cookie. */
  public String header(List<SignOnRequest> requests) {
    if (requests.isEmpty()) {
      return name() + "=; Path=" + path + "; Max-Age=0; HttpOnly" + sameSite();
    }
    StringBuilder payload = new StringBuilder();
    Instant newest = Instant.MIN;
    for (SignOnRequest r : requests) {
      if (payload.length() > 0) {
        payload.append('\n');
      }
      payload
          .append(r.purpose().code())
          .append('\t')
          .append(r.id())
          .append('\t')
          .append(r.issuedAt().getEpochSecond())
          .append('\t')
          .append(r.returnTo());
      if (r.issuedAt().isAfter(newest)) {
        newest = r.issuedAt();
      }
    }
    long maxAge = Math.max(0, Duration.between(clock.instant(), newest.plus(LIFETIME)).toSeconds());
    return name()
        + "="
        + seal.seal(PURPOSE, payload.toString().getBytes(StandardCharsets.UTF_8))
        + "; Path="
        + path
        + "; Max-Age="
        + maxAge
        + "; HttpOnly"
        + sameSite();
  }

  private String sameSite() {
    return secure ? "; SameSite=None; Secure" : "; SameSite=Lax";
  }
}
