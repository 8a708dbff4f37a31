package dk.samtalenotat.users;

import dk.samtalenotat.tenant.AppUser;
import java.io.Serializable;
import java.time.Instant;

/**
 * A user of the municipality as the administrator's list shows them: who, which roles their last
 * sign-on gave, when they last signed on, and whether and why they are deactivated.
 *
 * @param deactivatedBy the name of the administrator who deactivated the user, or null when the
 *     inactivity sweep did
 * @param self whether this is the administrator looking at the list (who cannot deactivate
 *     themselves)
 */
public record UserOverview(
    String userKey,
    String displayName,
    String team,
    boolean caseworker,
    boolean administrator,
    Instant lastSeenAt,
    boolean active,
    Instant deactivatedAt,
    String deactivatedBy,
    AppUser.Deactivation deactivationReason,
    boolean self)
    implements Serializable {}
