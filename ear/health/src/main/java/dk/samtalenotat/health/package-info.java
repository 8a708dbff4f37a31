/**
 * The application's readiness checks for MicroProfile Health (management interface, {@code
 * /health/ready}). They live in a library of the EAR because WildFly registers the health checks of
 * a top-level deployment's bean archives only, not those of an EAR's modules (WFLY-12835); the EJB
 * module, which knows the database, broker, key store and remote systems, registers a {@link
 * dk.samtalenotat.health.Probe} per check in {@link dk.samtalenotat.health.Probes} when it starts.
 */
package dk.samtalenotat.health;
