/** Roles, the signed-on caller as the services see it, and the demo users of the demo profile. */
package dk.samtalenotat.security;
