package dk.samtalenotat.conversation;

import java.io.Serializable;

/** A caseworker of the same municipality who can take over a conversation. */
public record Colleague(String userKey, String name, String team) implements Serializable {}
