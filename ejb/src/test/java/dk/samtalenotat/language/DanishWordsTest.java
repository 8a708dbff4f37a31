package dk.samtalenotat.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DanishWordsTest {

  @Test
  void stemsJoinInflections() {
    assertEquals(DanishWords.stem("stillinger"), DanishWords.stem("stilling"));
    assertTrue(DanishWords.sameWord("søger", "søgte"));
    assertTrue(DanishWords.sameWord("Lægeattesten", "lægeattest"));
    assertFalse(DanishWords.sameWord("bil", "job"));
  }

  @Test
  void theDictionaryJoinsIrregularForms() {
    assumeTrue(DanishWords.dictionaryInstalled(), "hunspell-da is not installed");
    assertTrue(DanishWords.sameWord("fik", "får"));
    assertTrue(DanishWords.sameWord("sagde", "siger"));
    assertTrue(DanishWords.lemmas("gik").contains("gå"));
  }

  @Test
  void aNounOfActionIsTheVerbItNames() {
    assumeTrue(DanishWords.dictionaryInstalled(), "hunspell-da is not installed");
    assertTrue(DanishWords.sameWord("evalueringen", "evaluerer"));
    assertTrue(DanishWords.sameWord("afklaring", "afklarede"));
    assertTrue(DanishWords.sameWord("sygemeldingen", "sygemeldt"));
    // A loan noun in "-ation" and its verb in "-ere".
    assertTrue(DanishWords.sameWord("visitationen", "visiteres"));
    assertTrue(DanishWords.sameWord("operation", "opereret"));
    // Short verbs are too often the beginning of another word.
    assertFalse(DanishWords.sameWord("stilling", "stiller"));
    assertFalse(DanishWords.sameWord("regning", "regner"));
  }

  @Test
  void aStrongVerbWithAParticleGrownOnIsAVerbToTheCheckToo() {
    for (String verb : List.of("gennemgår", "foregik", "forstod", "opstår", "foreslog", "modtog")) {
      assertTrue(DanishWords.wordClasses(verb).contains(DanishWords.WordClass.VERB), verb);
    }
    for (String noun : List.of("forår", "gennemgang", "opgave", "ophold")) {
      assertFalse(DanishWords.isPrefixedStrongVerb(noun), noun);
    }
  }

  @Test
  void stopWordsFillersAndNegations() {
    assertTrue(DanishWords.isStopWord("og"));
    assertTrue(DanishWords.isStopWord("borgeren"));
    assertTrue(DanishWords.isFiller("øh"));
    assertFalse(DanishWords.isFiller("altså"));
    assertTrue(DanishWords.isFillerAside("altså"));
    assertTrue(DanishWords.isNegation("ikke"));
    assertTrue(DanishWords.isNegation("itj"));
    assertTrue(DanishWords.isNegation("aldrig"));
  }

  @Test
  void contentWordsAreNounsVerbsAndNamesApproximately() {
    assertEquals(
        List.of("truckcertifikat", "søge", "lagerjob"),
        DanishWords.contentWords(
                "Han har ikke et truckcertifikat og vil gerne søge lagerjob i marts.")
            .stream()
            .map(DanishWords.Word::text)
            .toList());
    assertFalse(DanishWords.isContentWord("fire"));
    assertFalse(DanishWords.isContentWord("tirsdag"));
    assertTrue(DanishWords.isContentWord("Vestkyst"));
  }

  @Test
  void wordsKeepHyphensAndApostrophes() {
    assertEquals(
        List.of("A-kassen", "ka'", "det"),
        DanishWords.words("A-kassen ka' det.").stream().map(DanishWords.Word::text).toList());
  }
}
