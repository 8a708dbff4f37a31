package dk.samtalenotat.recording;

/** A chunk of the upload was stored; observed once the transaction that stored it commits. */
public record ChunkStored(String uploadKey) {}
