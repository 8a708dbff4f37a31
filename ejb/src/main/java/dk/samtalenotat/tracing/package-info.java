/**
 * Tracing: one correlation id per action, carried through JMS, the journal outbox and the calls to
 * engines and case systems into every log line, and onto WildFly's OpenTelemetry spans.
 */
package dk.samtalenotat.tracing;
