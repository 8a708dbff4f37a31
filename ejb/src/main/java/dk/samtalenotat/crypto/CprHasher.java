package dk.samtalenotat.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * The keyed hash of a CPR number that look-ups use instead of the number itself: HMAC-SHA256 with
 * the tenant's look-up key over the ten digits. A plain hash would not do: there are few enough CPR
 * numbers to hash them all and reverse any hash.
 */
@ApplicationScoped
public class CprHasher {

  private KeyEncryptionKeys keys;

  protected CprHasher() {}

  @Inject
  public CprHasher(KeyEncryptionKeys keys) {
    this.keys = Objects.requireNonNull(keys);
  }

  /**
   * The hash, 64 hex digits, of the CPR number written with or without hyphen and blanks.
   *
   * @throws IllegalArgumentException when the text does not hold exactly ten digits
   */
  public String hash(String tenant, String cpr) {
    return hash(keys.lookupKey(tenant), cpr);
  }

  static String hash(SecretKey key, String cpr) {
    String digits = normalize(cpr);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update("cpr:".getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(mac.doFinal(digits.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new CryptoException("HMAC-SHA256 is not available", e);
    }
  }

  /** The ten digits: hyphen and blanks removed. */
  static String normalize(String cpr) {
    String digits = cpr == null ? "" : cpr.replaceAll("[\\s-]", "");
    if (!digits.matches("\\d{10}")) {
      throw new IllegalArgumentException("a CPR number has ten digits");
    }
    return digits;
  }
}
