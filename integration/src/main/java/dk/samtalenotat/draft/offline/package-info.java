/** The draft engine that needs no model: rule-based, deterministic, from Danish cue words. */
package dk.samtalenotat.draft.offline;
