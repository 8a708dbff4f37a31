package dk.samtalenotat.draft;

/**
 * A transcript segment as a draft engine sees it.
 *
 * @param index the segment's position in the transcript, starting at 1; citations refer to it
 * @param speakerRole the participant role the speaker label was matched to, or null
 */
public record DraftSegment(
    int index,
    long startMillis,
    long endMillis,
    String speaker,
    dk.samtalenotat.conversation.ParticipantRole speakerRole,
    String language,
    String text) {}
