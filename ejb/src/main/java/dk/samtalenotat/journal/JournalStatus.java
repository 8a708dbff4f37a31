package dk.samtalenotat.journal;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where a conversation's note stands on its way to the case system, for its screen.
 *
 * @param caseSystemConfigured whether the municipality journalises automatically at all
 * @param status the latest outbox entry's status, null when none was written
 * @param failure why it failed, when it did
 * @param caseReference the case it goes to
 * @param attempts tries so far
 * @param receipt the stored receipt, once there is one
 * @param notePdfAt when the note was last downloaded as a PDF
 */
public record JournalStatus(
    boolean caseSystemConfigured,
    OutboxEntry.Status status,
    JournalFailure failure,
    String caseReference,
    int attempts,
    JournalReceipt receipt,
    Instant notePdfAt)
    implements Serializable {}
