/**
 * The screen where caseworkers register their dictation devices and administrators oversee them.
 */
package dk.samtalenotat.web.device;
