package dk.samtalenotat.web.saml;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Values the service provider hands to the browser and reads back, sealed with HMAC-SHA256: the
 * browser carries them but cannot alter or forge them. Each seal names its purpose, so a value
 * sealed for one use (the sign-on cookie) is never accepted for another (the single-logout hop).
 *
 * <p>The key is derived from the SP's signing key. Every node that shares the SP keystore therefore
 * reads what another node sealed (a sign-on may start on one node of a cluster and end on another),
 * and a restart does not break sign-ons under way. A key that does not reveal its bytes (a PKCS#11
 * token) gets a random key per process instead, which holds on one node.
 */
public final class BrowserSeal {

  private static final String HMAC = "HmacSHA256";
  private static final byte[] DERIVATION_LABEL =
      "samtalenotat browser seal v1".getBytes(StandardCharsets.UTF_8);

  /** Anything longer was not made by {@link #seal}: refused before any MAC is computed. */
  private static final int MAX_SEALED = 4096;

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final SecretKeySpec key;

  private BrowserSeal(byte[] key) {
    this.key = new SecretKeySpec(key, HMAC);
  }

  /** A seal whose key is derived from the SP's signing key (HMAC-SHA256 as the derivation). */
  public static BrowserSeal derivedFrom(PrivateKey signingKey) {
    byte[] material = signingKey.getEncoded();
    if (material == null) {
      return random();
    }
    return new BrowserSeal(hmac(new SecretKeySpec(material, HMAC), DERIVATION_LABEL));
  }

  /** A seal with a fresh random key (tests, and keys kept in a token). */
  public static BrowserSeal random() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return new BrowserSeal(key);
  }

  /** The payload and its MAC, as {@code base64url(payload).base64url(mac)}: safe in a cookie. */
  public String seal(String purpose, byte[] payload) {
    return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(purpose, payload));
  }

  /**
   * The payload of a value sealed here for this purpose.
   *
   * @return empty if the value is malformed, altered, or sealed for another purpose or key
   */
  public Optional<byte[]> open(String purpose, String sealed) {
    if (sealed == null || sealed.length() > MAX_SEALED) {
      return Optional.empty();
    }
    int dot = sealed.indexOf('.');
    if (dot < 0 || sealed.indexOf('.', dot + 1) >= 0) {
      return Optional.empty();
    }
    byte[] payload;
    byte[] mac;
    try {
      payload = DECODER.decode(sealed.substring(0, dot));
      mac = DECODER.decode(sealed.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return MessageDigest.isEqual(mac, mac(purpose, payload))
        ? Optional.of(payload)
        : Optional.empty();
  }

  /**
   * A keyed digest of a value, to compare later without carrying the value itself (the NameID in
   * the single-logout hop, which travels in a URL).
   */
  public String digest(String purpose, String value) {
    return ENCODER.encodeToString(mac(purpose, value.getBytes(StandardCharsets.UTF_8)));
  }

  private byte[] mac(String purpose, byte[] payload) {
    byte[] label = purpose.getBytes(StandardCharsets.UTF_8);
    byte[] input = Arrays.copyOf(label, label.length + 1 + payload.length);
    System.arraycopy(payload, 0, input, label.length + 1, payload.length);
    return hmac(key, input);
  }

  private static byte[] hmac(SecretKeySpec key, byte[] input) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      return mac.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
