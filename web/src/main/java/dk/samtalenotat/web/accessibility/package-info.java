/** The accessibility statement (tilgængelighedserklæring) that every page's footer links to. */
package dk.samtalenotat.web.accessibility;
