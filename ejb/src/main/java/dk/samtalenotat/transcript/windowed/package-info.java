/**
 * Transcription while recording: the audio received so far is cut into overlapping windows, each
 * window is transcribed once, and the windows' segments are joined at the seams without duplicated
 * or lost words.
 */
package dk.samtalenotat.transcript.windowed;
