/** The administrator's retention screen: settings within the caps, and what is due for deletion. */
package dk.samtalenotat.web.retention;
