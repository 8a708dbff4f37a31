package dk.samtalenotat.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samtalenotat.draft.NoteSection;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownNoteTest {

  static final String NOTE =
      String.join(
          "\n",
          "# Titel",
          "Jobsamtale – Jens Holm",
          "",
          "## Samtaletype / Samtaleform / Deltagere",
          "Samtaletype: Jobsamtale.",
          "Samtaleform: Fremmøde, tirsdag den 13. januar 2026 kl. 9.30.",
          "Deltagere: Jens Holm (borger) og Lene Kjær (sagsbehandler).",
          "",
          "## Formål",
          "Formålet var at gennemgå borgers jobsøgning.",
          "",
          "## Borgerens situation",
          "Borger er 54 år og har været ledig siden 1. november 2025.",
          "",
          "## Aftaler",
          "- Borger søger mindst 2 job om ugen.",
          "",
          "## Næste skridt og opfølgning",
          "Næste jobsamtale er tirsdag den 10. marts 2026 kl. 10.00.",
          "");

  @Test
  void headingsGiveSectionsAndTheHeaderComesFirstAsTheCheckReadsIt() {
    MarkdownNote note = MarkdownNote.parse(NOTE);
    assertEquals("Jobsamtale – Jens Holm", note.title());
    assertEquals(3, note.header().size());
    assertTrue(note.header().get(2).startsWith("Deltagere:"));
    // The title (labelled), the three header lines, then the four sentences of the sections.
    assertEquals(8, note.sentences().size());
    assertEquals("Titel: Jobsamtale – Jens Holm", note.sentences().get(0).text());
    assertEquals(note.header().get(2), note.sentences().get(3).text());
    assertEquals(NoteSection.FORMAAL, note.sentences().get(4).section());
    assertEquals(NoteSection.AFTALER, note.sentences().get(6).section());
    // As pasted: the bullet stays, and no citations (the check reads the whole transcript).
    assertEquals("- Borger søger mindst 2 job om ugen.", note.sentences().get(6).text());
    assertEquals(List.of(), note.sentences().get(6).citations());
  }

  @Test
  void aPlantedErrorIsTheLineThatHoldsItsText() {
    MarkdownNote note = MarkdownNote.parse(NOTE);
    assertEquals(6, note.sentenceHolding("mindst 2 job om ugen", null));
    assertEquals(
        5,
        note.sentenceHolding("Borger er 54 år og har været ledig siden 1. november 2025.", null));
    // In the header too: an error planted in the participants or the date is counted.
    assertEquals(3, note.sentenceHolding("Lene Kjær", null));
    assertEquals(2, note.sentenceHolding("tirsdag den 13. januar", null));
    // Not in the note: no line, and the caller counts it as not flagged.
    assertEquals(-1, note.sentenceHolding("truckcertifikat", null));
  }

  @Test
  void textInSeveralLinesIsTheLineTheCorrectedNoteChanged() {
    MarkdownNote planted = MarkdownNote.parse(NOTE.replace("mindst 2 job", "mindst 3 job"));
    MarkdownNote corrected = MarkdownNote.parse(NOTE);
    // "Borger" begins two lines; only the planted one differs from the corrected note.
    assertEquals(6, planted.sentenceHolding("Borger", corrected));
    // Without a corrected note to tell them apart: the first.
    assertEquals(5, planted.sentenceHolding("Borger", null));
  }

  @Test
  void aHeadingThatIsNoSectionIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MarkdownNote.parse("## Formål\nx\n## Diverse\ny"));
    assertTrue(e.getMessage().contains("Diverse"), e.getMessage());
  }
}
