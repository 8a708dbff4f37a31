package dk.samtalenotat.journal.config;

import dk.samtalenotat.journal.CaseLookup;
import dk.samtalenotat.journal.Journal;

/** An adapter that both journalises and looks cases up in one case system. */
public interface CaseSystemAdapter extends Journal, CaseLookup {

  /** False for a system that only receives notes (SF2900 distribution). */
  default boolean looksUpCases() {
    return true;
  }

  /** A system that looks cases up checks the note's case against the citizen before sending. */
  @Override
  default boolean looksUpCitizen() {
    return looksUpCases();
  }
}
