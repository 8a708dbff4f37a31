package dk.samtalenotat.recording;

import dk.samtalenotat.conversation.ConversationState;
import java.util.List;

/**
 * What the server holds of an upload, so a sender can resume: the sequence numbers received and the
 * gaps below the highest, both as ranges ({@code [{from: 0, to: 1199}]} for a recording of 1200
 * chunks sent in order, so the answer stays small however long the recording), and where the upload
 * and its conversation stand.
 *
 * @param duplicate for an answer to a chunk: it was held already and nothing was stored
 * @param transcribing for an answer to finish: the transcription was queued
 * @param windowsTranscribed how many windows were transcribed while recording; null in the answer
 *     to a chunk, which should cost no count
 */
public record UploadStatus(
    String uploadKey,
    long conversationId,
    AudioUpload.State state,
    int chunks,
    long bytes,
    List<SeqRange> received,
    List<SeqRange> missing,
    ConversationState conversationState,
    boolean duplicate,
    boolean transcribing,
    Integer windowsTranscribed) {}
