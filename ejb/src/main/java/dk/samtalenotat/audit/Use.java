package dk.samtalenotat.audit;

import java.time.Instant;

/** One use of a citizen's data as the citizen may learn of it: when, what and why, never who. */
public record Use(Instant occurredAt, AccessAction action, Purpose purpose) {}
