/**
 * Decoding recordings (WAV, MP3, M4A/AAC, Ogg/Opus, WebM/Opus) to the 16 kHz mono PCM that
 * in-process speech engines need, with the ffmpeg installed on the machine.
 */
package dk.samtalenotat.transcript.decoding;
