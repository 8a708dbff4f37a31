/** The caseworker's screens: thin backing beans that call one service method each. */
package dk.samtalenotat.web;
