/**
 * Benefit figures for the national scaling programme: per team and month, aggregates of the
 * metadata conversations record as they go (never content, never a citizen), for team leads and
 * administrators.
 */
package dk.samtalenotat.benefit;
