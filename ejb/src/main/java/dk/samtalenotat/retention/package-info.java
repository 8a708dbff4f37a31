/**
 * Retention: what is destroyed when (per tenant, within caps), the sweeps that do it in small
 * idempotent batches on a persistent timer, the immediate deletions on pipeline and approval
 * events, and the deletion evidence each destruction leaves.
 */
package dk.samtalenotat.retention;
