/**
 * The demo profile: demo users and Danish sample conversations, only when samtalenotat.demo=true.
 */
package dk.samtalenotat.demo;
