/** The administrator's template screens: the list per conversation type and the editor. */
package dk.samtalenotat.web.template;
