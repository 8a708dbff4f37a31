/**
 * The pipeline: transcription and drafting as jobs on persistent queues, each step idempotent,
 * retried with back-off, and visible on the conversation when it fails.
 */
package dk.samtalenotat.pipeline;
