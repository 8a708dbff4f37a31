package dk.samtalenotat.web.saml;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * How fast one client may start and finish sign-ons. Every AuthnRequest costs an RSA signature and
 * every response an RSA decryption (some milliseconds each with a 3072-bit key), and {@code
 * /saml/login} and {@code /saml/acs} answer anyone: without a bound, one client could spend the
 * server's processors on them. A token bucket per client address allows a burst and then a steady
 * rate; beyond it the client is refused at once, before any RSA operation.
 *
 * <p>The buckets live in a table of fixed size, indexed by a salted hash of the address (an IPv6
 * address by its /64, which one user usually holds whole): memory is the same whatever the number
 * of addresses, nothing can fill it, and a client cannot choose whose bucket it shares.
 *
 * <p>Behind a proxy every client has the proxy's address unless the listener takes the client's
 * from {@code X-Forwarded-For} (Undertow's {@code proxy-address-forwarding}); the rate then covers
 * the whole proxy and may need raising (README, "Sign-on").
 */
public final class SignOnThrottle {

  /** What one request gets. */
  public record Verdict(boolean allowed, long refusedToReport) {}

  private static final int SLOTS = 4096;
  private static final Duration REPORT_INTERVAL = Duration.ofMinutes(1);

  private final Bucket[] buckets = new Bucket[SLOTS];
  private final double perNano;
  private final double burst;
  private final LongSupplier nanoTime;
  private final byte[] salt = new byte[16];

  /**
   * @param perSecond requests per second that one client may keep up
   * @param burst requests one client may make at once
   * @param nanoTime the clock ({@link System#nanoTime} in the server)
   */
  public SignOnThrottle(double perSecond, int burst, LongSupplier nanoTime) {
    if (!(perSecond > 0) || burst < 1) {
      throw new IllegalArgumentException("the sign-on rate and burst must be positive");
    }
    this.perNano = perSecond / 1e9;
    this.burst = burst;
    this.nanoTime = nanoTime;
    new SecureRandom().nextBytes(salt);
    long now = nanoTime.getAsLong();
    for (int i = 0; i < SLOTS; i++) {
      buckets[i] = new Bucket(burst, now);
    }
  }

  /**
   * Takes one token for the client.
   *
   * @param address the client's address as the servlet container reports it
   * @return whether the request may go on; when refused, {@link Verdict#refusedToReport()} is the
   *     number of refusals since this bucket last reported (at most once a minute), or 0 when
   *     nothing is to be logged yet
   */
  public Verdict acquire(String address) {
    Bucket bucket = buckets[slot(address)];
    long now = nanoTime.getAsLong();
    synchronized (bucket) {
      bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.refilledAt) * perNano);
      bucket.refilledAt = now;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return new Verdict(true, 0);
      }
      bucket.refused++;
      if (!bucket.reported || now - bucket.reportedAt >= REPORT_INTERVAL.toNanos()) {
        long report = bucket.refused;
        bucket.refused = 0;
        bucket.reported = true;
        bucket.reportedAt = now;
        return new Verdict(false, report);
      }
      return new Verdict(false, 0);
    }
  }

  private int slot(String address) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      sha.update(key(address));
      byte[] h = sha.digest();
      return ((h[0] & 0xff) << 8 | (h[1] & 0xff)) % SLOTS;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** The address as bytes; an IPv6 address cut to its /64. */
  static byte[] key(String address) {
    if (address == null) {
      return new byte[0];
    }
    String literal = address.strip();
    if (literal.startsWith("[") && literal.endsWith("]")) {
      literal = literal.substring(1, literal.length() - 1);
    }
    int scope = literal.indexOf('%');
    if (scope >= 0) {
      literal = literal.substring(0, scope);
    }
    // Only a literal: never a name look-up.
    if (literal.matches("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")) {
      try {
        byte[] raw = InetAddress.getByName(literal).getAddress();
        return raw.length == 16 ? Arrays.copyOf(raw, 8) : raw;
      } catch (UnknownHostException e) {
        // Not an address after all; the text itself is the key.
      }
    }
    return literal.getBytes(StandardCharsets.UTF_8);
  }

  private static final class Bucket {
    double tokens;
    long refilledAt;
    long refused;
    boolean reported;
    long reportedAt;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.refilledAt = now;
    }
  }
}
