/** Conversations between a caseworker and a citizen: registration, participants, life cycle. */
package dk.samtalenotat.conversation;
