/** Transcripts: timed segments from a speech engine or an imported file, and the engine port. */
package dk.samtalenotat.transcript;
