/**
 * The municipality administrator's settings screen: contact details and, if allowed, the case
 * system.
 */
package dk.samtalenotat.web.settings;
