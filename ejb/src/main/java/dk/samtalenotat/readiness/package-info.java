/**
 * The node's readiness: the probes behind the MicroProfile Health checks of {@code
 * dk.samtalenotat.health} (database, broker, key store, engines, case systems), registered when the
 * application starts. What is costly or remote is asked at most every few seconds, whatever the
 * load balancer's polling.
 */
package dk.samtalenotat.readiness;
