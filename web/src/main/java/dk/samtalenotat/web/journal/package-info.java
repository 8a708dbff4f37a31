/** Screens around journalising: case lookup at registration, the note's way to the case system. */
package dk.samtalenotat.web.journal;
