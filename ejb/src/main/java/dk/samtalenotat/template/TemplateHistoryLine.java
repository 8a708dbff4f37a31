package dk.samtalenotat.template;

import java.io.Serializable;
import java.time.Instant;

/** A version in a template's history; version 0 is the standard template (no time, no author). */
public record TemplateHistoryLine(
    int versionNo, Tone tone, NoteLength length, int sections, Instant createdAt, String createdBy)
    implements Serializable {}
