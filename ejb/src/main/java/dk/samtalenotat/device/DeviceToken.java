package dk.samtalenotat.device;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The bearer token of a device: 256 random bits, URL-safe base64 behind a recognisable prefix (so a
 * leaked token is easy to spot in a log or a repository). Only its SHA-256 is stored; a plain hash
 * suffices because the token is random and long, not a password a person chose.
 */
public final class DeviceToken {

  /** What every device token starts with. */
  public static final String PREFIX = "sntd_";

  private static final int RANDOM_BYTES = 32;
  private static final Pattern FORM = Pattern.compile("sntd_[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private DeviceToken() {}

  /** A new random token. */
  public static String generate() {
    byte[] bytes = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether the text has the shape of a token; anything else is refused before any look-up. */
  public static boolean wellFormed(String token) {
    return token != null && FORM.matcher(token).matches();
  }

  /** The SHA-256 of the token, as 64 lower-case hex digits. */
  public static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Compares the token's hash with a stored one in time that does not depend on the content. */
  public static boolean matches(String token, String storedHash) {
    return token != null
        && storedHash != null
        && MessageDigest.isEqual(
            hash(token).getBytes(StandardCharsets.US_ASCII),
            storedHash.getBytes(StandardCharsets.US_ASCII));
  }
}
