/**
 * How this installation runs, the demo or production, read once at start; outside the demo the
 * start is refused while any setting would make it unsafe.
 */
package dk.samtalenotat.installation;
