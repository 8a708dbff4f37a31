/** Draft journal notes: versions, the engine port, and the note layout every engine shares. */
package dk.samtalenotat.draft;
