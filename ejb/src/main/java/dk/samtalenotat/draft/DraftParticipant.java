package dk.samtalenotat.draft;

import dk.samtalenotat.conversation.ParticipantRole;

/** A participant as named in the note. */
public record DraftParticipant(String name, ParticipantRole role) {}
