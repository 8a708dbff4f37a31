/** The compliance officer's screens: the access log search and its export. */
package dk.samtalenotat.web.compliance;
