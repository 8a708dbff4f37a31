package dk.samtalenotat.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"jeg er ", "Æ er nu ", "hun fylder ", "han er blevet ", "og borgeren er jo "})
  void aPersonAndAVerbJustBeforeTheNumberSayAnAge(String before) {
    assertTrue(Ages.saidBefore("Ja, " + before), before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"det er ", "vi har ", "jeg arbejder ", "jeg er her ", "klokken er "})
  void otherWordsBeforeANumberSayNoAge(String before) {
    assertFalse(Ages.saidBefore("Ja, " + before), before);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "jeg er 54.|jeg er 54 år.",
        "Æ er 61 nu, og det mærker man.|Æ er 61 år nu, og det mærker man.",
        "hun fylder 30 og vil videre|hun fylder 30 år og vil videre",
        "jeg er 54|jeg er 54 år"
      })
  void anAgeSaidAloneGetsItsYears(String said, String written) {
    assertEquals(written, Ages.withYears(said));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jeg er 50 procent sygemeldt.",
        "jeg er 30 timer om ugen i praktik.",
        "jeg er 8 på fredag.",
        "jeg er 37,5 timer.",
        "det er 54.",
        "jeg er 54 år."
      })
  void aNumberWithAUnitOrAChildsNumberIsLeftAlone(String said) {
    assertEquals(said, Ages.withYears(said));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Jeg fylder | til marts.",
        "hun bliver | i næste måned",
        "han fylder snart | nu",
        "Borger fylder | på lørdag"
      })
  void anAgeAPersonTurnsLaterIsNoAgeNow(String before, String after) {
    assertTrue(Ages.turnsLater(before + " ", " " + after), before + " _ " + after);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Jeg er | nu.",
        "hun fylder | i dag",
        "han fylder | og vil videre",
        "hun bliver | i dag",
        "han bliver | år i dag"
      })
  void anAgeSaidOfNowIsNoAgeTurnedLater(String before, String after) {
    assertFalse(Ages.turnsLater(before + " ", " " + after), before + " _ " + after);
  }
}
