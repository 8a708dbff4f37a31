package dk.samtalenotat.quality;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrongStatementTest {

  private static final List<SentenceFact> FACTS =
      List.of(
          new SentenceFact("f1", "Borger har været ledig siden 1. november 2025."),
          new SentenceFact("f2", "Borger har søgt 4 job den seneste måned."),
          new SentenceFact("f3", "Der blev ikke aftalt virksomhedspraktik; det afventer kurset."),
          new SentenceFact(
              "f4",
              "Borger arbejder mandag, tirsdag, torsdag og fredag kl. 7–11; onsdag er fri til"
                  + " genoptræning."),
          new SentenceFact("f5", "Borger er orienteret om, at kurset er gratis for ham."),
          new SentenceFact(
              "f6",
              "Bisidderen oplyste, at borger har fået konstateret astma; hun sender papiret."),
          new SentenceFact("f7", "Mentor oplyste at have været sygemeldt med stress i 2024."));

  private static WrongStatement wrong(String text) {
    return new WrongStatement("w", text, FACTS);
  }

  @Test
  void theUncorrectedValueIsWhatMakesTheStatement() {
    WrongStatement october = wrong("Borger har været ledig siden 1. oktober 2025.");
    assertSame(FACTS.get(0), october.counterpart());
    assertFalse(october.foundIn(List.of("Borger har været ledig siden 1. november 2025.")));
    assertTrue(october.foundIn(List.of("Borger har været ledig siden 1. oktober 2025.")));
    // A note that copies the self-correction with both values makes it too.
    WrongStatement five = wrong("Borger har søgt 5 job den seneste måned.");
    assertTrue(five.foundIn(List.of("Borger har søgt fem – nej, fire job den seneste måned.")));
    assertFalse(five.foundIn(List.of("Borger har søgt 4 job den seneste måned.")));
  }

  @Test
  void aFlippedPolarityIsWhatMakesTheStatement() {
    WrongStatement agreed = wrong("Der er aftalt virksomhedspraktik.");
    assertFalse(
        agreed.foundIn(List.of("Der blev ikke aftalt virksomhedspraktik; det afventer kurset.")));
    assertFalse(
        agreed.foundIn(
            List.of(
                "Virksomhedspraktik blev drøftet, men det blev besluttet at vente med praktik.")));
    assertTrue(agreed.foundIn(List.of("Det blev aftalt, at borger starter i virksomhedspraktik.")));
  }

  @Test
  void sameWordsWithAnotherMeaningCountOnlyWhereTheFactIsNotStated() {
    WrongStatement wednesday = wrong("Borger arbejder om onsdagen.");
    assertFalse(
        wednesday.foundIn(
            List.of(
                "Borger arbejder mandag, tirsdag, torsdag og fredag kl. 7–11; onsdag er fri til"
                    + " genoptræning.")));
    assertFalse(
        wednesday.foundIn(
            List.of(
                "- Borger arbejder mandag, tirsdag, torsdag og fredag kl. 7–11.",
                "- Onsdag er fri.")));
    assertTrue(wednesday.foundIn(List.of("Borger arbejder også om onsdagen.")));
  }

  @Test
  void aStatementNoFactIsCloseToIsToldByWhatNoFactHolds() {
    WrongStatement pays = wrong("Borger skal selv betale for kurset.");
    assertFalse(pays.foundIn(List.of("Borger er orienteret om, at kurset er gratis for ham.")));
    assertFalse(
        pays.foundIn(
            List.of("Sagsbehandler oplyste, at borger ikke selv skal betale for kurset.")));
    assertTrue(pays.foundIn(List.of("Borger skal selv betale for kurset.")));
    WrongStatement debt = wrong("Borger har gæld på ca. 40.000 kr. til Skat.");
    assertFalse(debt.foundIn(List.of("Borger har søgt 4 job den seneste måned.")));
    assertTrue(
        debt.foundIn(List.of("Borger oplyste, at hun har en gæld til Skat på 40.000 kroner.")));
  }

  @Test
  void whereWordsCannotTellThemApartWhoItIsAboutDoes() {
    WrongStatement said = wrong("Borger oplyste, at hun har fået konstateret astma.");
    assertFalse(said.foundIn(List.of("Bisidderen oplyste, at borger har fået konstateret astma.")));
    assertTrue(said.foundIn(List.of("Borger oplyste, at borger har fået konstateret astma.")));
    WrongStatement stress = wrong("Borger har været sygemeldt med stress i 2024.");
    assertFalse(
        stress.foundIn(List.of("Mentor oplyste at have været sygemeldt med stress i 2024.")));
    assertTrue(
        stress.foundIn(
            List.of("Sagsbehandler oplyste, at borger har været sygemeldt med stress i 2024.")));
    assertTrue(stress.foundIn(List.of("Borger har været sygemeldt med stress i 2024.")));
    WrongStatement mentor = wrong("Mentor har været sygemeldt med stress i 2024.");
    assertFalse(
        mentor.foundIn(
            List.of("Mentor oplyste, at borger har været sygemeldt med stress i 2024.")));
  }
}
