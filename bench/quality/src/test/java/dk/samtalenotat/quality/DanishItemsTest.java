package dk.samtalenotat.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DanishItemsTest {

  private static Set<String> values(String text) {
    return DanishItems.of(text).allValues();
  }

  @Test
  void datesInEveryWrittenAndSpokenFormGiveOneValue() {
    assertTrue(
        values("Borger opdaterer sit CV senest fredag den 16. januar 2026.").contains("d:01-16"));
    assertTrue(values("Fristen er 16.01.2026.").contains("d:01-16"));
    assertTrue(values("det bliver tirsdag den tiende marts klokken ti").contains("d:03-10"));
    assertTrue(values("siden den første november").contains("d:11-01"));
    // A date with its year also states its month.
    assertTrue(values("ledighedsydelse siden 1. december 2025").contains("m:2025-12"));
    assertTrue(values("visiteret i december 2025").contains("m:2025-12"));
    // The weekday of a date is part of the date, not a value of its own.
    assertFalse(values("fredag den 16. januar 2026").contains("wd:fri"));
    assertTrue(values("Borger har fri om fredagen.").contains("wd:fri"));
  }

  @Test
  void timesAmountsAndNumberWordsGiveOneValue() {
    assertEquals(values("kl. 9.30"), values("klokken 9:30"));
    assertTrue(values("klokken halv ti").contains("t:09:30"));
    assertTrue(values("klokken ti").contains("t:10:00"));
    assertTrue(
        values("mandag, tirsdag, torsdag og fredag kl. 7–11")
            .containsAll(Set.of("t:07:00", "t:11:00", "wd:mon", "wd:tue", "wd:thu", "wd:fri")));
    assertTrue(values("Timelønnen er 185 kr.").contains("n:185"));
    assertTrue(values("ca. 11.200 kroner om måneden").contains("n:11200"));
    assertEquals(values("Borger har søgt 4 job."), values("Borger har søgt fire job."));
    assertTrue(values("A er fireoghalvtreds").contains("n:54"));
    assertTrue(values("halvanden time").contains("n:1.5"));
    assertTrue(values("2½ år med rengøring").contains("n:2.5"));
    assertTrue(values("fire en halv time").contains("n:4.5"));
    assertTrue(values("tolv hundrede kroner").contains("n:1200"));
    // "en" and "et" are articles far more often than numbers.
    assertFalse(values("en time hver vej").contains("n:1"));
  }

  @Test
  void capitalisedWordsInsideASentenceAreNamesAndTheFirstWordIsNot() {
    StatementItems items =
        DanishItems.of("Borger var ansat som smed hos Vestkyst Stål ApS i 27 år.");
    assertEquals(Set.of("vestkyst", "stål"), items.names());
    assertEquals(
        Set.of("claus", "bendtsen"),
        DanishItems.of("Claus Bendtsen sender en beskrivelse.").names());
    assertEquals(Set.of(), DanishItems.of("- Kurset starter mandag.").names());
    assertEquals(Set.of(), DanishItems.of("Borger søger job som UX-designer.").names());
  }

  @Test
  void aNegationMarksItsClauseAndAThatClauseUnderIt() {
    StatementItems items =
        DanishItems.of("Borger oplyste, at han ikke har bil, og at han søger job som smed.");
    assertTrue(items.hasNegated("bil"));
    assertFalse(items.hasPositive("bil"));
    assertTrue(items.hasPositive("smed"));
    StatementItems promise =
        DanishItems.of("Sagsbehandler kunne ikke love, at kommunen betaler et truckcertifikat.");
    assertTrue(promise.hasNegated(DanishItems.stem("truckcertifikat")));
    StatementItems relative =
        DanishItems.of("Men det er itj noget, a er sygemeldt for, overhovedet.");
    assertFalse(relative.hasPositive(DanishItems.stem("sygemeldt")));
    StatementItems and = DanishItems.of("Borger har ikke fået noget og søger job som smed.");
    assertTrue(and.hasPositive("smed"));
    StatementItems without = DanishItems.of("Borger kan begynde gradvist uden pres.");
    assertTrue(without.hasPositive(DanishItems.stem("begynde")));
    assertTrue(without.hasNegated(DanishItems.stem("pres")));
  }

  @Test
  void wordsAreComparedByStemAndStrongVerbsByTheirInfinitive() {
    assertEquals(DanishItems.stem("sygemeldt"), DanishItems.stem("sygemelding"));
    assertEquals(DanishItems.stem("fået"), DanishItems.stem("får"));
    assertEquals(DanishItems.stem("foreslog"), DanishItems.stem("foreslår"));
    // A compound says its head; the head does not say the compound.
    assertTrue(
        StatementItems.sameWord(DanishItems.stem("svejsekurset"), DanishItems.stem("kurset")));
    assertFalse(
        StatementItems.sameWord(DanishItems.stem("plan"), DanishItems.stem("fastholdelsesplan")));
  }

  @Test
  void aQuestionStatesNothing() {
    StatementItems items = DanishItems.of("Skal jeg selv betale for kurset? Nej.");
    assertFalse(items.hasWord(DanishItems.stem("betale")));
  }
}
