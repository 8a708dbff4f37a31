/** The administrator's screen of the municipality's users: deactivate and reactivate. */
package dk.samtalenotat.web.users;
