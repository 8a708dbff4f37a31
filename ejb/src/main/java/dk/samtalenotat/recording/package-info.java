/**
 * Recordings that arrive in chunks (the browser's recording screen, dictation devices): idempotent
 * chunk intake with sequence numbers and checksums, encryption as the chunks arrive, and the join
 * into one stored recording when the upload finishes.
 */
package dk.samtalenotat.recording;
