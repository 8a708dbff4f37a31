package dk.samtalenotat.bench.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP Digest authentication (RFC 7616, MD5 with qop=auth) for WildFly's management interface,
 * which offers nothing else over HTTP and which {@link java.net.http.HttpClient} does not speak.
 */
public final class DigestAuthorization {

  private static final Pattern PARAMETER =
      Pattern.compile("([A-Za-z-]+)\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^,\\s]+))");

  private DigestAuthorization() {}

  /** A server's Digest challenge: its parameters by lower-case name. */
  public record Challenge(Map<String, String> parameters) {

    public String realm() {
      return parameters.getOrDefault("realm", "");
    }

    public String nonce() {
      return parameters.getOrDefault("nonce", "");
    }

    /**
     * The Authorization header for one request with this challenge.
     *
     * @param nc how many requests this nonce has signed, this one included (1 for the first)
     * @param cnonce the client's own random value
     */
    public String authorization(
        String user, String password, String method, String uri, int nc, String cnonce) {
      String ha1 = md5(user + ":" + realm() + ":" + password);
      String ha2 = md5(method + ":" + uri);
      String count = String.format("%08x", nc);
      boolean qop = parameters.containsKey("qop");
      String response =
          qop
              ? md5(ha1 + ":" + nonce() + ":" + count + ":" + cnonce + ":auth:" + ha2)
              : md5(ha1 + ":" + nonce() + ":" + ha2);
      StringBuilder header =
          new StringBuilder("Digest username=\"")
              .append(user)
              .append("\", realm=\"")
              .append(realm())
              .append("\", nonce=\"")
              .append(nonce())
              .append("\", uri=\"")
              .append(uri)
              .append("\", response=\"")
              .append(response)
              .append('"');
      if (parameters.containsKey("algorithm")) {
        header.append(", algorithm=").append(parameters.get("algorithm"));
      }
      if (qop) {
        header.append(", qop=auth, nc=").append(count).append(", cnonce=\"").append(cnonce);
        header.append('"');
      }
      if (parameters.containsKey("opaque")) {
        header.append(", opaque=\"").append(parameters.get("opaque")).append('"');
      }
      return header.toString();
    }
  }

  /**
   * The MD5 Digest challenge among the WWW-Authenticate headers of a 401, if there is one with qop
   * "auth" or no qop at all (a server may offer SHA-256 beside it).
   */
  public static Optional<Challenge> md5Challenge(List<String> wwwAuthenticate) {
    for (String header : wwwAuthenticate) {
      if (!header.regionMatches(true, 0, "Digest ", 0, 7)) {
        continue;
      }
      Map<String, String> parameters = new LinkedHashMap<>();
      Matcher m = PARAMETER.matcher(header.substring(7));
      while (m.find()) {
        String value = m.group(2) != null ? m.group(2).replaceAll("\\\\(.)", "$1") : m.group(3);
        parameters.put(m.group(1).toLowerCase(java.util.Locale.ROOT), value);
      }
      String algorithm = parameters.getOrDefault("algorithm", "MD5");
      String qop = parameters.get("qop");
      boolean authQop = qop == null || List.of(qop.split("\\s*,\\s*")).contains("auth");
      if (algorithm.equalsIgnoreCase("MD5") && authQop && parameters.containsKey("nonce")) {
        if (qop != null) {
          parameters.put("qop", "auth");
        }
        return Optional.of(new Challenge(parameters));
      }
    }
    return Optional.empty();
  }

  private static String md5(String s) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has MD5", e);
    }
  }

  /** What a properties realm stores for a user: HEX(MD5(user:realm:password)). */
  public static String realmHash(String user, String realm, String password) {
    return md5(user + ":" + realm + ":" + password);
  }
}
