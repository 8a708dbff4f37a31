package dk.samtalenotat.recording;

/**
 * The upload was finished: its recording is stored and transcribed from there. Observed once the
 * transaction that finished it commits.
 */
public record UploadFinished(String uploadKey) {}
