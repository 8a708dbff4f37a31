/**
 * The capacity benchmark's simulated people: a browser without JavaScript, the sign-on through the
 * development IdP, the screens' forms, what a caseworker does on them, and the figures kept.
 */
package dk.samtalenotat.it.capacity;
