/**
 * Users that leave: the municipality's administrator deactivates and reactivates its employees, and
 * a nightly sweep deactivates those not seen at sign-on for a configured period; a deactivated user
 * cannot sign on, and their sessions and devices stop working.
 */
package dk.samtalenotat.users;
