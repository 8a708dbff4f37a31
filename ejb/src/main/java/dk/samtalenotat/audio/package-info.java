/** Audio of conversations: recognising formats, streaming to storage, and the stored record. */
package dk.samtalenotat.audio;
