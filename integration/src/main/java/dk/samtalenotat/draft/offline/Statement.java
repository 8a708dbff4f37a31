package dk.samtalenotat.draft.offline;

import dk.samtalenotat.draft.NoteSection;
import java.util.List;

/**
 * Something the note states, before it is written as a sentence: where it goes, who it comes from,
 * and either a clause to report ("at han har søgt 4 job", after a frame such as "Borger oplyste")
 * or a sentence of its own.
 *
 * @param frame what introduces a reported clause ("Borger oplyste, at"), or empty for a sentence of
 *     its own
 * @param text the clause (after the frame) or the whole sentence, without the final full stop
 * @param weight how much the statement says; the lightest give way when the note is too long
 * @param order position in the conversation, for the note's order within a section
 */
record Statement(
    NoteSection section,
    Kind kind,
    Party source,
    String frame,
    String text,
    List<Integer> citations,
    int weight,
    int order) {

  enum Kind {
    PURPOSE,
    PARTICIPATION,
    INFORMATION,
    CONFIRMATION,
    QUESTION,
    AGREEMENT,
    SUMMARY,
    /** A fact the caseworker's closing summary says again. */
    RESTATED,
    COMMITMENT,
    MEETING,
    RECORDING_STOPPED,
    NOT_TRANSLATED
  }

  Statement {
    citations = List.copyOf(citations);
  }

  boolean reported() {
    return !frame.isEmpty();
  }

  Statement withText(String newText) {
    return new Statement(section, kind, source, frame, newText, citations, weight, order);
  }
}
