/**
 * An SBSYS-shaped case system kept in memory: the REST protocol the SBSYS adapter speaks (OAuth2
 * password grant, case search by CPR or number, journal note create and search). The tests' fake
 * SBSYS serves it from the JDK's HTTP server, the demo's case system from a servlet; neither is
 * ever part of the EAR.
 */
package dk.samtalenotat.demosbsys;
