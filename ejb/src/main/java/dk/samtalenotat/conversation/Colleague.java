package dk.samtalenotat.conversation;

/** A caseworker of the same municipality who can take over a conversation. */
public record Colleague(String userKey, String name, String team) {}
