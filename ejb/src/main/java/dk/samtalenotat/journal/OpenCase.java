package dk.samtalenotat.journal;

import java.io.Serializable;

/**
 * A case in the case system that a note can go to.
 *
 * @param reference what the adapter needs to journalise into it (id or UUID)
 * @param number the case number the caseworker knows (sagsnummer), may equal the reference
 * @param title the case title
 * @param status the case system's own status text
 */
public record OpenCase(String reference, String number, String title, String status)
    implements Serializable {}
