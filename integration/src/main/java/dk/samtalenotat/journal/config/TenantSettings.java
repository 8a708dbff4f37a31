package dk.samtalenotat.journal.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * One tenant's case-system settings, keys {@code samtalenotat.journal.tenant.<CVR>.<name>}. Every
 * error names the key.
 */
public final class TenantSettings {

  public static final String PREFIX = "samtalenotat.journal.tenant.";

  private final String cvr;
  private final Function<String, Optional<String>> config;

  public TenantSettings(String cvr, Function<String, Optional<String>> config) {
    this.cvr = cvr;
    this.config = config;
  }

  public String cvr() {
    return cvr;
  }

  public String key(String name) {
    return PREFIX + cvr + "." + name;
  }

  public Optional<String> optional(String name) {
    return config.apply(key(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  public String get(String name, String defaultValue) {
    return optional(name).orElse(defaultValue);
  }

  public String required(String name) {
    return optional(name)
        .orElseThrow(() -> new IllegalArgumentException(key(name) + " must be set"));
  }

  /**
   * A secret: the configured value (which the server's CLI fills from an environment variable or an
   * encrypted expression), or, written {@code keystore:ALIAS}, the secret entry ALIAS of the
   * PKCS#12 secret store {@code samtalenotat.journal.secrets.keystore}.
   */
  public String secret(String name) {
    String value = required(name);
    if (value.startsWith("keystore:")) {
      return SecretStore.fromConfig(config)
          .secret(value.substring("keystore:".length()), key(name));
    }
    return value;
  }

  public URI url(String name) {
    String v = required(name);
    try {
      URI uri = new URI(v.endsWith("/") ? v : v + "/");
      if (uri.getScheme() == null || uri.getHost() == null) {
        throw new IllegalArgumentException(key(name) + " must be an absolute http(s) URL, is " + v);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(key(name) + " is not a URL: " + v, e);
    }
  }

  /** ISO-8601 ({@code PT30S}) or whole seconds. */
  public Duration duration(String name, Duration defaultValue) {
    Optional<String> value = optional(name);
    if (value.isEmpty()) {
      return defaultValue;
    }
    String v = value.get();
    try {
      Duration d =
          v.chars().allMatch(Character::isDigit)
              ? Duration.ofSeconds(Long.parseLong(v))
              : Duration.parse(v.toUpperCase(Locale.ROOT));
      if (d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException(key(name) + " must be positive, is " + v);
      }
      return d;
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException(key(name) + " must be a duration such as PT30S", e);
    }
  }

  /** Connect timeout, default 5 s. */
  public Duration connectTimeout() {
    return duration("connect-timeout", Duration.ofSeconds(5));
  }

  /** Read timeout, default 30 s. */
  public Duration readTimeout() {
    return duration("read-timeout", Duration.ofSeconds(30));
  }
}
