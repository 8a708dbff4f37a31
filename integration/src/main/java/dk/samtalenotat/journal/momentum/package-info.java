/**
 * Adapter for KMD Momentum-style systems: REST, OAuth2 client credentials plus an API key, notes in
 * the citizen's journal.
 */
package dk.samtalenotat.journal.momentum;
