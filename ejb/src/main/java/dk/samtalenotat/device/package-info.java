/**
 * Credentials of dictation devices and meeting systems: a caseworker registers a device and gets a
 * bearer token once, which lets the device send recordings to that caseworker's own conversations
 * through the ingest API until it expires or is revoked.
 */
package dk.samtalenotat.device;
