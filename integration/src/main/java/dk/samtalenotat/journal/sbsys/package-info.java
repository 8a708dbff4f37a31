/** Adapter for SBSYS-style case systems: REST, OAuth2 password grant, HTML journal notes. */
package dk.samtalenotat.journal.sbsys;
