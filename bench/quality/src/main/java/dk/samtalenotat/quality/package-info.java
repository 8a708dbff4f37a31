/**
 * The draft quality harness: Danish sample conversations with the facts a correct note holds and
 * the statements it must not hold, drafts with planted errors, and the scoring of the draft engines
 * and the unsupported-fact check against them.
 */
package dk.samtalenotat.quality;
