package dk.samtalenotat.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FactTest {

  @Test
  void numberWordsKlokkenAndKronerAreNormalisedOnTheNoteSide() {
    assertEquals(
        "borger søger 4 job om ugen til kl. 10 for 250 kr",
        NoteText.normalise("Borger  søger fire job om ugen til klokken 10 for 250 kroner"));
    assertEquals(
        "15 timer og 250 kr pr. gang", NoteText.normalise("femten timer og 250 kr. pr. gang"));
  }

  @Test
  void numberWordsInsideOtherWordsStay() {
    assertEquals(
        "firewall, toget, tiden, nik og seksårig",
        NoteText.normalise("Firewall, toget, tiden, nik og seksårig"));
  }

  @Test
  void aFactMatchesItsNumberSaidAsAWordOrAsDigits() {
    Fact f = Fact.parse("job-search", "\\b4 (job|stillinger) om ugen");
    assertTrue(f.foundIn(List.of("Borger søger mindst fire job om ugen.")));
    assertTrue(f.foundIn(List.of("Borger søger 4 stillinger om ugen.")));
    assertFalse(f.foundIn(List.of("Borger søger 14 job om ugen.")));
    assertFalse(f.foundIn(List.of("Borger søger fem job om ugen.")));
  }

  @Test
  void allTermsMustStandInOneSentenceOrTwoAdjacentOnes() {
    Fact f = Fact.parse("next", "14\\. april && kl\\.? ?0?9\\b");
    assertTrue(f.foundIn(List.of("Næste samtale er den 14. april kl. 9.00.")));
    assertTrue(f.foundIn(List.of("Næste samtale er den 14. april.", "Den er klokken 9.")));
    assertFalse(
        f.foundIn(List.of("Næste samtale er den 14. april.", "Borger træner.", "Den er kl. 9.")));
    assertFalse(f.foundIn(List.of("Næste samtale er den 14. april kl. 19.")));
    assertFalse(f.foundIn(List.of()));
  }

  @Test
  void matchingIgnoresCase() {
    assertTrue(Fact.parse("org", "amu vestegnen").foundIn(List.of("Kurset hos AMU VESTEGNEN.")));
  }

  @Test
  void aFactWithoutTermsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Fact.parse("empty", " && "));
  }
}
