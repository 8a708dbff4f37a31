/**
 * Journalising approved notes into the municipality's case system: the ports ({@link
 * dk.samtalenotat.journal.Journal}, {@link dk.samtalenotat.journal.CaseLookup}), the canonical
 * {@link dk.samtalenotat.journal.JournalNote}, and the transactional outbox that delivers each
 * approved note exactly once.
 */
package dk.samtalenotat.journal;
