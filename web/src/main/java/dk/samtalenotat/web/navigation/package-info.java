/**
 * Which screens each role has: one list ({@link dk.samtalenotat.web.navigation.Screens}) that the
 * header and the start page both show, so a new role or screen is added in one place.
 */
package dk.samtalenotat.web.navigation;
