/** The draft engine that needs no model (placeholder in this branch; replaced at merge). */
package dk.samtalenotat.draft.offline;
