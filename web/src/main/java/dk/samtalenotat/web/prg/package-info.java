/**
 * Post-redirect-get for every screen: a postback that succeeded answers with a redirect to the
 * screen's own address (its view parameters, such as {@code ?id=}, kept), so a reload or a bookmark
 * shows the same screen; one that failed is shown at once, at an address that still names it.
 */
package dk.samtalenotat.web.prg;
