package dk.samtalenotat.operator;

import dk.samtalenotat.tenant.Tenant;
import java.io.Serializable;
import java.time.Instant;

/**
 * A municipality as the operator's list shows it: who and in what state, never anything of its
 * citizens or conversations.
 *
 * @param caseSystem the case system its settings name ({@code none} when none)
 */
public record MunicipalityRow(
    String cvr,
    String name,
    Tenant.Status status,
    Instant createdAt,
    Instant statusChangedAt,
    int settingsVersion,
    String caseSystem)
    implements Serializable {}
