package dk.samtalenotat.journal;

import java.io.Serializable;
import java.time.Instant;

/**
 * Proof that the note lives in the case system: kept after the note text is destroyed.
 *
 * @param system which case system ("sbsys", "momentum", "sf2900")
 * @param caseId the case it went into
 * @param remoteDocumentId the case system's id of the note
 * @param receivedAt when the case system confirmed it
 */
public record JournalReceipt(
    String system, String caseId, String remoteDocumentId, Instant receivedAt)
    implements Serializable {}
