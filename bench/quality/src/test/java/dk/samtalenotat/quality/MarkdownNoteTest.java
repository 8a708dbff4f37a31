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
  void headingsGiveSectionsAndTheHeaderStaysApart() {
    MarkdownNote note = MarkdownNote.parse(NOTE);
    assertEquals("Jobsamtale – Jens Holm", note.title());
    assertEquals(3, note.header().size());
    assertTrue(note.header().get(2).startsWith("Deltagere:"));
    assertEquals(4, note.sentences().size());
    assertEquals(NoteSection.FORMAAL, note.sentences().get(0).section());
    assertEquals(NoteSection.AFTALER, note.sentences().get(2).section());
    // As pasted: the bullet stays, and no citations (the check reads the whole transcript).
    assertEquals("- Borger søger mindst 2 job om ugen.", note.sentences().get(2).text());
    assertEquals(List.of(), note.sentences().get(2).citations());
  }

  @Test
  void aPlantedErrorIsTheSentenceThatHoldsItsText() {
    MarkdownNote note = MarkdownNote.parse(NOTE);
    assertEquals(2, note.sentenceHolding("mindst 2 job om ugen"));
    assertEquals(
        1, note.sentenceHolding("Borger er 54 år og har været ledig siden 1. november 2025."));
    assertThrows(IllegalArgumentException.class, () -> note.sentenceHolding("truckcertifikat"));
    // Text of the header is not a sentence of the draft.
    assertThrows(IllegalArgumentException.class, () -> note.sentenceHolding("Lene Kjær"));
    // Text in two sentences is not one planted line.
    assertThrows(IllegalArgumentException.class, () -> note.sentenceHolding("Borger"));
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
