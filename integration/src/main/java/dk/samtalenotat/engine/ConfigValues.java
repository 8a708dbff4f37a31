package dk.samtalenotat.engine;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Reads typed values from a key lookup and names the key in every error. */
final class ConfigValues {

  private final Function<String, Optional<String>> lookup;

  ConfigValues(Function<String, Optional<String>> lookup) {
    this.lookup = lookup;
  }

  Optional<String> get(String key) {
    return lookup.apply(key).map(String::strip).filter(v -> !v.isEmpty());
  }

  String get(String key, String defaultValue) {
    return get(key).orElse(defaultValue);
  }

  String required(String key, String because) {
    return get(key)
        .orElseThrow(() -> new IllegalArgumentException(key + " must be set " + because));
  }

  String lowerCase(String key, String defaultValue) {
    return get(key, defaultValue).toLowerCase(Locale.ROOT);
  }

  /** ISO-8601 ({@code PT30S}) or whole seconds ({@code 30}). */
  Duration duration(String key, Duration defaultValue) {
    Optional<String> value = get(key);
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
        throw new IllegalArgumentException(key + " must be positive, is " + v);
      }
      return d;
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException(
          key + " must be a duration such as PT30S or a number of seconds, is " + v, e);
    }
  }

  int integer(String key, int defaultValue) {
    Optional<String> value = get(key);
    try {
      return value.map(Integer::parseInt).orElse(defaultValue);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number, is " + value.get(), e);
    }
  }

  URI url(String key, String because) {
    String v = required(key, because);
    try {
      URI uri = new URI(v);
      if (uri.getScheme() == null || uri.getHost() == null) {
        throw new IllegalArgumentException(key + " must be an absolute http(s) URL, is " + v);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(key + " is not a URL: " + v, e);
    }
  }
}
