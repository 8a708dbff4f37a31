package dk.samtalenotat.template;

import dk.samtalenotat.conversation.ConversationType;
import java.time.Instant;

/**
 * A conversation type's current template, for the administrator's list.
 *
 * @param versionNo 0 while the standard template applies
 * @param changedAt null for the standard template
 */
public record TemplateOverview(
    ConversationType type,
    int versionNo,
    Tone tone,
    NoteLength length,
    boolean bindingAgreements,
    Instant changedAt,
    String changedBy) {}
