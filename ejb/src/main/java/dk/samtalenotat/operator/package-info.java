/**
 * The installation operator's work (driftsansvarlig): the municipalities on the installation, their
 * onboarding, suspension and resumption, and the security events that belong to no municipality.
 * Nothing here reads a conversation, a note, an access log entry or a citizen.
 */
package dk.samtalenotat.operator;
