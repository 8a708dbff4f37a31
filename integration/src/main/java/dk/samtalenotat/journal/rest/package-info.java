/**
 * What the REST case-system adapters share: calls through the Jakarta REST client with timeouts,
 * OAuth2 tokens, and the mapping of every failure to the journal port's exceptions.
 */
package dk.samtalenotat.journal.rest;
