/** Sign-in for the screens: the form mechanism and the demo identity store of the demo profile. */
package dk.samtalenotat.web.security;
