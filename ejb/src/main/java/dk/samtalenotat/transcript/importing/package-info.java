/** Imports transcripts from WebVTT, SRT and plain text files into timed segments. */
package dk.samtalenotat.transcript.importing;
