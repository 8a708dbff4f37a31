/** The REST API (Jakarta REST under /api): the compliance officer's exports for now. */
package dk.samtalenotat.web.api;
