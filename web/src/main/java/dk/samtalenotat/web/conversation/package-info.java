/** Screens for the caseworker's conversations: the list, registration, and the conversation. */
package dk.samtalenotat.web.conversation;
