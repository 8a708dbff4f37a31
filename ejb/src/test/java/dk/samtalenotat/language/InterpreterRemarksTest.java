package dk.samtalenotat.language;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InterpreterRemarksTest {

  @Test
  void aRemarkRunsFromItsOpeningUntilTheCitizenIsReportedAgain() {
    List<String> said =
        List.of(
            "Han vil gerne arbejde med biler igen.",
            "Tolken vil lige sige for egen regning: han virker træt.",
            "Det har jeg set før.",
            "Han siger, at han sover dårligt.");
    assertArrayEquals(
        new boolean[] {false, true, true, false}, InterpreterRemarks.ownSentences(said, false));
  }

  @Test
  void theInterpreterNamingThemselfOrSpeakingOfAWordsMeaningRemarks() {
    List<String> said =
        List.of(
            "Jeg havde min egen – øh –",
            "Undskyld, tolken her.",
            "Han bruger et ord, der på tigrinya både kan betyde lager og butik.",
            "Jeg spørger ham lige.");
    assertArrayEquals(
        new boolean[] {false, true, true, true}, InterpreterRemarks.ownSentences(said, false));
    assertArrayEquals(
        new boolean[] {true, false},
        InterpreterRemarks.ownSentences(
            List.of(
                "Det ord, hun bruger, kan på somali betyde syg.",
                "Jeg kan godt lide ordet, men det betyder intet for mig."),
            false));
    assertTrue(
        InterpreterRemarks.announcesARemark(List.of("Undskyld, må jeg lige sige noget som tolk?")));
  }

  @Test
  void aMarkerAfterASentenceMakesThatSentenceTheInterpretersOwn() {
    List<String> said =
        List.of(
            "Jeg har ondt i knæet.",
            "Jeg tror, han er nervøs for sproget.",
            "Men det er min egen fornemmelse.");
    assertArrayEquals(
        new boolean[] {false, true, true}, InterpreterRemarks.ownSentences(said, false));
  }

  @Test
  void aRemarkAnnouncedAtTheEndOfASegmentGoesOnInTheNext() {
    List<String> announcing =
        List.of(
            "Øh, må jeg lige sige noget fra mig selv, som tolk?",
            "Det er ikke noget, han har sagt.");
    assertTrue(InterpreterRemarks.announcesARemark(announcing));
    assertFalse(InterpreterRemarks.announcesARemark(List.of("Jeg har ondt i knæet.")));
    assertArrayEquals(
        new boolean[] {true}, InterpreterRemarks.ownSentences(List.of("Han virker træt."), true));
  }

  @Test
  void whatARemarkSaysIsLeftWhenItsOpeningAndMarkersGo() {
    assertEquals(
        "", InterpreterRemarks.remarkIn("Øh, må jeg lige sige noget fra mig selv, som tolk?"));
    assertEquals("", InterpreterRemarks.remarkIn("Men det er min egen fornemmelse."));
    assertEquals(
        "Jeg tror, han er nervøs for sproget.",
        InterpreterRemarks.remarkIn("Jeg tror, han er nervøs for sproget."));
  }
}
