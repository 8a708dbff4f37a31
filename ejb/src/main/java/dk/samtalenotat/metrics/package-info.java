/**
 * The application's metrics for operations, through WildFly's Micrometer subsystem (Prometheus
 * format on the management interface, {@code /prometheus}): what the pipeline, the journal outbox
 * and sign-on are doing. Counts and durations only, labelled by step, engine, case system or event
 * id; never a conversation, a person or a municipality's data.
 */
package dk.samtalenotat.metrics;
