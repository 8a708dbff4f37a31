package dk.samtalenotat.web.saml;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the service provider is and accepts, from MicroProfile Config.
 *
 * @param entityId our entity ID, the audience every assertion must name
 * @param acsUrl the AssertionConsumerService (HTTP-POST), also the Destination and Recipient
 * @param sloUrl the SingleLogoutService (HTTP-Redirect and HTTP-POST)
 * @param minimumLevel the lowest NSIS level accepted, and the one the AuthnRequest asks for
 * @param tenantCvrs the CVR numbers of the municipalities this installation serves
 * @param roles how privileges become application roles
 * @param teamAttribute the attribute that names the user's team, if the IdP sends one
 * @param clockSkew the clock difference tolerated between us and the IdP (OIOSAML 3: 5 minutes)
 */
public record SpConfiguration(
    String entityId,
    URI acsUrl,
    URI sloUrl,
    NsisLevel minimumLevel,
    Set<String> tenantCvrs,
    RoleMapper roles,
    Optional<String> teamAttribute,
    Duration clockSkew) {

  public static final String ACS_PATH = "/saml/acs";
  public static final String SLO_PATH = "/saml/logout";
  public static final String METADATA_PATH = "/saml/metadata";
  public static final Duration DEFAULT_SKEW = Duration.ofMinutes(5);

  public SpConfiguration {
    if (entityId == null || entityId.isBlank()) {
      throw new IllegalArgumentException("the SP entity ID is missing");
    }
    for (String cvr : tenantCvrs) {
      if (!cvr.matches("\\d{8}")) {
        throw new IllegalArgumentException("tenant CVR '" + cvr + "' is not 8 digits");
      }
    }
    tenantCvrs = Set.copyOf(tenantCvrs);
    if (clockSkew.isNegative() || clockSkew.compareTo(DEFAULT_SKEW) > 0) {
      throw new IllegalArgumentException("clock skew must be between 0 and 5 minutes");
    }
  }

  /**
   * Reads the {@code samtalenotat.saml.*} keys (README, "Sign-on").
   *
   * @param config a MicroProfile Config lookup, e.g. {@code k -> cfg.getOptionalValue(k,
   *     String.class)}
   */
  public static SpConfiguration fromConfig(Function<String, Optional<String>> config) {
    String base =
        stripSlash(config.apply("samtalenotat.saml.sp.base-url").orElse("http://localhost:8080"));
    String entityId = config.apply("samtalenotat.saml.sp.entity-id").orElse(base + METADATA_PATH);
    String level = config.apply("samtalenotat.saml.nsis-level").orElse("Substantial");
    NsisLevel minimum =
        Arrays.stream(NsisLevel.values())
            .filter(l -> l.value().equalsIgnoreCase(level.strip()))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "samtalenotat.saml.nsis-level must be Low, Substantial or High"));
    Set<String> cvrs =
        Arrays.stream(config.apply("samtalenotat.saml.tenants").orElse("").split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
    return new SpConfiguration(
        entityId,
        URI.create(base + ACS_PATH),
        URI.create(base + SLO_PATH),
        minimum,
        cvrs,
        RoleMapper.fromConfig(config),
        config.apply("samtalenotat.saml.team-attribute"),
        DEFAULT_SKEW);
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
