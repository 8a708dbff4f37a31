package dk.samtalenotat.web.saml;

import java.time.Instant;
import java.util.Set;

/**
 * An employee as a validated assertion describes them.
 *
 * @param userKey the stable key the application knows the user by: the lower-case professional UUID
 *     (from the {@code uuid/persistent} attribute, else the NameID)
 * @param nameId and {@code nameIdFormat} and {@code sessionIndex}: what single logout sends back
 * @param team the user's team, from the attribute {@code samtalenotat.saml.team-attribute} names
 *     (not part of OIOSAML 3; null when not configured or not sent)
 * @param roles the application roles their privileges grant for {@code cvr}
 * @param returnTo where the user was going when sign-on started
 */
public record SignedOnEmployee(
    String userKey,
    String nameId,
    String nameIdFormat,
    String sessionIndex,
    String displayName,
    String email,
    String cvr,
    String orgName,
    String team,
    NsisLevel level,
    Set<String> roles,
    Instant authenticatedAt,
    String returnTo) {}
