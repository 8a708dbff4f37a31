package dk.samtalenotat.recording;

import dk.samtalenotat.conversation.ConversationState;
import java.util.List;

/**
 * What the server holds of an upload, so a sender can resume: the sequence numbers received, the
 * gaps below the highest, and where the upload and its conversation stand.
 *
 * @param duplicate for an answer to a chunk: it was held already and nothing was stored
 * @param transcribing for an answer to finish: the transcription was queued
 */
public record UploadStatus(
    String uploadKey,
    long conversationId,
    AudioUpload.State state,
    int chunks,
    long bytes,
    List<Integer> received,
    List<Integer> missing,
    ConversationState conversationState,
    boolean duplicate,
    boolean transcribing,
    int windowsTranscribed) {}
