package dk.samtalenotat.compliance;

import java.util.Optional;
import java.util.function.Function;

/**
 * The compliance settings of a municipality: key {@code
 * samtalenotat.compliance.tenant.<CVR>.<name>} first, then the installation-wide {@code
 * samtalenotat.compliance.<name>} (README, "Compliance documents"). A value that is not set stays
 * empty, and the documents say that it is missing rather than inventing one.
 */
public final class ComplianceSettings {

  static final String PREFIX = "samtalenotat.compliance.";

  private final String cvr;
  private final Function<String, Optional<String>> config;

  public ComplianceSettings(String cvr, Function<String, Optional<String>> config) {
    this.cvr = cvr;
    this.config = config;
  }

  /** The value for the tenant, or the installation's, or empty. */
  public Optional<String> get(String name) {
    Optional<String> own = nonBlank(config.apply(PREFIX + "tenant." + cvr + "." + name));
    return own.isPresent() ? own : nonBlank(config.apply(PREFIX + name));
  }

  public String orNull(String name) {
    return get(name).orElse(null);
  }

  /** The key an administrator sets for this tenant, for the documents' "not configured" hints. */
  public static String key(String name) {
    return PREFIX + "tenant.<CVR>." + name;
  }

  private static Optional<String> nonBlank(Optional<String> v) {
    return v.map(String::strip).filter(s -> !s.isEmpty());
  }
}
